// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ConflictMap

// The selected incident: every field, how precisely its position is known,
// and every claim with its source. All text plain; links open only if http(s).
Pane {
    id: panel
    required property IncidentDetails details
    signal closed()
    // A claim's source is to be read.
    signal sourceRequested(int sourceId)
    // The claim whose grade boxes are open, or -1.
    property int regradingClaim: -1
    visible: details.valid
    padding: 12
    background: Rectangle { color: "#f8ffffff"; border.color: "#9aa3ad"; radius: 4 }

    implicitHeight: content.implicitHeight + topPadding + bottomPadding

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            id: content
            width: parent.width
            spacing: 4
            RowLayout {
                Layout.fillWidth: true
                Label {
                    objectName: "incidentTitle"
                    Layout.fillWidth: true
                    text: panel.details.title
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.bold: true
                    font.pixelSize: 15
                }
                ToolButton { text: "✕"; onClicked: panel.closed() }
            }
            Label { text: panel.details.type + " · " + panel.details.status; textFormat: Text.PlainText; opacity: 0.75 }
            Label { text: panel.details.date; textFormat: Text.PlainText }
            Label {
                objectName: "incidentLocation"
                Layout.fillWidth: true
                text: panel.details.location
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
            }
            Label { visible: text !== ""; text: panel.details.actors; textFormat: Text.PlainText; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Label { visible: text !== ""; text: panel.details.deployment; textFormat: Text.PlainText }
            Label {
                visible: text !== ""
                Layout.fillWidth: true
                text: panel.details.description
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                opacity: 0.85
            }
            // What an import kept beyond our fields (unit, superior, notes…).
            GridLayout {
                objectName: "extraProperties"
                visible: panel.details.extra.length > 0
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 8
                rowSpacing: 2
                Repeater {
                    model: panel.details.extra
                    delegate: Label {
                        required property var modelData
                        required property int index
                        Layout.row: index
                        Layout.column: 0
                        Layout.alignment: Qt.AlignTop
                        text: modelData.name
                        textFormat: Text.PlainText
                        opacity: 0.7
                    }
                }
                Repeater {
                    model: panel.details.extra
                    delegate: Label {
                        required property var modelData
                        required property int index
                        objectName: "extraValue"
                        Layout.row: index
                        Layout.column: 1
                        Layout.fillWidth: true
                        text: modelData.value
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                    }
                }
            }
            Label { text: qsTr("Claims and sources"); font.bold: true; Layout.topMargin: 6 }
            Repeater {
                model: panel.details.claims
                delegate: ClaimCard {
                    links: panel.details
                    onSourceRequested: id => panel.sourceRequested(id)
                    regrading: panel.regradingClaim === modelData.claimId
                    onRegradeToggled: open => panel.regradingClaim = open ? modelData.claimId : -1
                }
            }
            Label { text: qsTr("History"); font.bold: true; Layout.topMargin: 6 }
            Label {
                objectName: "authorship"
                text: panel.details.authorship
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                opacity: 0.75
                Layout.fillWidth: true
            }
            Label {
                objectName: "restoreError"
                visible: text !== ""
                text: panel.details.restoreError
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: "#b03020"
                Layout.fillWidth: true
            }
            Repeater {
                model: panel.details.history
                delegate: ColumnLayout {
                    id: entry
                    required property var modelData
                    objectName: "historyEntry"
                    spacing: 0
                    Layout.fillWidth: true
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            text: entry.modelData.at + " · " + (entry.modelData.by || qsTr("another program"))
                                  + " — " + entry.modelData.what
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            font.pixelSize: 11
                            Layout.fillWidth: true
                        }
                        // The incident as this change left it, as a new change.
                        ToolButton {
                            objectName: "restoreButton"
                            visible: entry.modelData.restorable
                            text: qsTr("Restore")
                            font.pixelSize: 11
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Make the incident what this change left it (a new change; Undo takes it back)")
                            onClicked: panel.details.restore(entry.modelData.id)
                        }
                    }
                    // The reason on a line of its own: it keeps its own direction.
                    Label {
                        visible: text !== ""
                        text: entry.modelData.reason
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.pixelSize: 11
                        font.italic: true
                        opacity: 0.8
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
