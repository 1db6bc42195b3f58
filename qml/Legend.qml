// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ConflictMap

// What the symbols mean.
Pane {
    padding: 8
    background: Rectangle { color: "#e8ffffff"; border.color: "#9aa3ad"; radius: 4 }

    ColumnLayout {
        spacing: 3
        Label { text: qsTr("Status"); font.bold: true }
        Repeater {
            model: IncidentStyle.statuses
            delegate: RowLayout {
                id: statusRow
                required property string modelData
                spacing: 6
                Rectangle { width: 12; height: 12; radius: 6; color: IncidentStyle.statusColors[statusRow.modelData] }
                Label { text: statusRow.modelData }
            }
        }
        Label { text: qsTr("Type"); font.bold: true; Layout.topMargin: 4 }
        Repeater {
            model: IncidentStyle.families
            delegate: RowLayout {
                id: familyRow
                required property string modelData
                spacing: 6
                MarkerSymbol { family: familyRow.modelData; color: IncidentStyle.statusColors.reported; width: 18; height: 18 }
                Label { text: IncidentStyle.familyLabels[familyRow.modelData] }
            }
        }
        Label { text: qsTr("Where"); font.bold: true; Layout.topMargin: 4 }
        RowLayout {
            spacing: 6
            MarkerSymbol { precision: "near"; family: "clash"; color: IncidentStyle.statusColors.reported; width: 18; height: 18 }
            Label { text: qsTr("near: circle of uncertainty") }
        }
        RowLayout {
            spacing: 6
            MarkerSymbol { precision: "region"; color: IncidentStyle.statusColors.reported; width: 18; height: 18 }
            Label { text: qsTr("only the region known: unit hatched") }
        }
    }
}
