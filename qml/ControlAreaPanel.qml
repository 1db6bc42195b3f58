// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ConflictMap

// The control area clicked on the map: whose it is, by whose word, the
// version's date, its area and note, and the claims it rests on. All text
// plain (a quote in Arabic reads right to left); links open only if http(s).
Pane {
    id: panel
    // ControlLayer.selectedArea.
    property var area: ({})
    // Opens a claim's link (only http and https).
    required property IncidentDetails links
    signal closed()
    padding: 10
    background: Rectangle { color: "#f8ffffff"; border.color: "#9aa3ad"; radius: 4 }
    implicitHeight: content.implicitHeight + topPadding + bottomPadding

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            id: content
            width: parent.width
            spacing: 3
            RowLayout {
                Layout.fillWidth: true
                Rectangle {
                    width: 14
                    height: 14
                    color: panel.area.color ?? "gray"
                    border.color: "#30343a"
                }
                Label {
                    objectName: "areaParty"
                    Layout.fillWidth: true
                    text: panel.area.party ?? ""
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.bold: true
                    font.pixelSize: 15
                }
                ToolButton { text: "✕"; onClicked: panel.closed() }
            }
            Label {
                objectName: "areaClaimant"
                Layout.fillWidth: true
                text: panel.area.assessed ? qsTr("Control as the analyst assesses it") : qsTr("Control claimed by %1").arg(panel.area.claimedBy ?? "")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
            }
            Label {
                text: qsTr("Version of %1 · %2 km²").arg(panel.area.date ?? "").arg(Math.round(panel.area.areaKm2 ?? 0).toLocaleString(Qt.locale(), "f", 0))
                textFormat: Text.PlainText
                opacity: 0.8
            }
            Label {
                objectName: "areaNote"
                visible: text !== ""
                Layout.fillWidth: true
                text: panel.area.note ?? ""
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
            }
            Label {
                visible: (panel.area.claims ?? []).length > 0
                text: qsTr("Claims and sources")
                font.bold: true
                Layout.topMargin: 4
            }
            Repeater {
                model: panel.area.claims ?? []
                delegate: ClaimCard {
                    links: panel.links
                }
            }
        }
    }
}
