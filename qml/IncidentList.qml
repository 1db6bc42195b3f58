// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ConflictMap

// The incidents that pass the filters, oldest first, with the filters.
Pane {
    id: panel
    required property IncidentListModel incidents
    required property IncidentQuery query
    property int selectedIncident: -1
    readonly property bool inViewOnly: inView.checked
    signal incidentChosen(int incidentId)
    padding: 0

    function focusSearch() {
        search.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        TextField {
            id: search
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.margins: 8
            Layout.bottomMargin: 0
            placeholderText: qsTr("Search titles, claims, quotes… (Ctrl+F)")
            onTextChanged: panel.query.text = text
        }
        RowLayout {
            Layout.leftMargin: 8
            Layout.rightMargin: 8
            ComboBox {
                objectName: "statusFilter"
                Layout.fillWidth: true
                model: IncidentStyle.statusChoices
                onActivated: panel.query.status = currentIndex === 0 ? "" : currentText
            }
            ComboBox {
                objectName: "typeFilter"
                Layout.fillWidth: true
                model: panel.incidents.typeChoices
                displayText: currentIndex <= 0 ? qsTr("any type") : currentText
                onActivated: panel.query.type = currentIndex <= 0 ? "" : currentText
            }
            TextField {
                objectName: "regionFilter"
                Layout.preferredWidth: 90
                placeholderText: qsTr("region")
                onEditingFinished: panel.query.region = text.trim()
            }
        }
        // A claim graded at least this well: the source's reliability, the claim's credibility.
        RowLayout {
            Layout.leftMargin: 8
            Layout.rightMargin: 8
            ComboBox {
                objectName: "reliabilityFilter"
                Layout.fillWidth: true
                model: [qsTr("any reliability"), qsTr("A: completely reliable"), qsTr("B or better: usually reliable"),
                    qsTr("C or better: fairly reliable"), qsTr("D or better"), qsTr("E or better")]
                onActivated: panel.query.reliability = currentIndex === 0 ? "" : "ABCDE".charAt(currentIndex - 1)
            }
            ComboBox {
                objectName: "credibilityFilter"
                Layout.fillWidth: true
                model: [qsTr("any credibility"), qsTr("1: confirmed"), qsTr("2 or better: probably true"),
                    qsTr("3 or better: possibly true"), qsTr("4 or better"), qsTr("5 or better")]
                onActivated: panel.query.credibility = currentIndex
            }
        }
        RowLayout {
            Layout.leftMargin: 8
            Layout.rightMargin: 8
            Label {
                objectName: "incidentCount"
                Layout.fillWidth: true
                // While a large database loads, the rows shown are the previous answer's.
                text: panel.incidents.loading ? qsTr("loading… (%1 shown)").arg(panel.incidents.count)
                                              : IncidentStyle.incidents(panel.incidents.count)
                opacity: 0.7
            }
            CheckBox {
                objectName: "newestFirst"
                text: qsTr("newest first")
                onToggled: panel.incidents.newestFirst = checked
            }
            CheckBox {
                id: inView
                objectName: "inViewOnly"
                text: qsTr("only in view")
            }
        }
        ListView {
            id: list
            objectName: "incidentList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.incidents
            currentIndex: count > 0 ? panel.incidents.rowOf(panel.selectedIncident) : -1
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: row
                required property int index
                required property int incidentId
                required property string title
                required property string date
                required property string status
                required property string region
                required property string precision
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                onClicked: panel.incidentChosen(incidentId)
                contentItem: RowLayout {
                    spacing: 8
                    Rectangle {
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: 4
                        width: 10; height: 10; radius: 5
                        color: IncidentStyle.statusColors[row.status] ?? "#555"
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 1
                        Label {
                            Layout.fillWidth: true
                            text: row.title
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                        }
                        Label {
                            text: "%1 · %2 · %3".arg(row.date).arg(row.region || "—").arg(row.precision)
                            textFormat: Text.PlainText
                            opacity: 0.65
                            font.pixelSize: 11
                        }
                    }
                }
            }
        }
    }
}
