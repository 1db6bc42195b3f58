// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ConflictMap

// Incidents per admin unit among those shown; a unit zooms the map to it
// and filters to it; the switch draws the counts as a choropleth.
Pane {
    id: panel
    required property RegionCountModel counts
    required property BoundaryMapLayer boundaryLayer
    required property IncidentQuery query
    property alias choropleth: choroplethSwitch.checked
    padding: 8
    background: Rectangle { color: "#f4ffffff"; border.color: "#9aa3ad"; radius: 4 }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4
        RowLayout {
            Label { text: qsTr("Incidents by region"); font.bold: true; Layout.fillWidth: true }
            Switch {
                id: choroplethSwitch
                objectName: "choroplethSwitch"
                text: qsTr("Map")
            }
        }
        // The choropleth's key, in the map's shades.
        RowLayout {
            objectName: "choroplethKey"
            visible: panel.choropleth && panel.counts.shadeKey.length > 0
            spacing: 2
            Label { text: qsTr("incidents per unit:"); opacity: 0.8; Layout.rightMargin: 4 }
            Repeater {
                model: panel.counts.shadeKey
                delegate: Rectangle {
                    required property var modelData
                    width: 30
                    height: 18
                    color: modelData.color
                    border.color: "#9aa3ad"
                    Label { anchors.centerIn: parent; text: parent.modelData.count; font.pixelSize: 11 }
                }
            }
        }
        Button {
            visible: panel.query.region !== ""
            text: qsTr("Show all regions")
            onClicked: panel.query.region = ""
        }
        ListView {
            objectName: "regionCounts"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.counts
            delegate: ItemDelegate {
                id: row
                required property string code
                required property string name
                required property int incidents
                width: ListView.view.width
                onClicked: {
                    panel.boundaryLayer.fitViewToRegion(code)
                    panel.query.region = code
                }
                contentItem: RowLayout {
                    Label { text: row.code; font.family: "monospace"; Layout.preferredWidth: 64 }
                    Label { text: row.name; textFormat: Text.PlainText; Layout.fillWidth: true; elide: Text.ElideRight }
                    Label { text: row.incidents; font.bold: true }
                }
            }
        }
    }
}
