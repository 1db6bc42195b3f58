// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ConflictMap

// Territorial control: the day shown (a slider from the first version to
// the last, ticked at each version), what is drawn (each series with its
// colour, solid when assessed and hatched when claimed, its area and the
// date of the version in force), each party's colour, and compare mode
// with the area gained, lost and the net change.
Pane {
    id: panel
    required property ControlLayer control
    padding: 8
    background: Rectangle { color: "#f4ffffff"; border.color: "#9aa3ad"; radius: 4 }

    function km2(value) {
        return qsTr("%1 km²").arg(Math.round(value).toLocaleString(Qt.locale(), "f", 0))
    }

    // A small sample of how an area is drawn: solid, hatched (\) or cross-hatched.
    component Swatch: Rectangle {
        id: swatch
        property color tint: "gray"
        property bool hatched: false
        property bool crossed: false
        width: 22
        height: 14
        clip: true
        color: hatched ? "transparent" : Qt.rgba(tint.r, tint.g, tint.b, 0.45)
        border.color: tint
        border.width: hatched ? 1 : 2
        Repeater {
            model: swatch.hatched ? 7 : 0
            delegate: Rectangle {
                required property int index
                x: index * 5 - 6
                y: -6
                width: 2
                height: 28
                rotation: -45
                color: swatch.tint
            }
        }
        Repeater {
            model: swatch.crossed ? 7 : 0
            delegate: Rectangle {
                required property int index
                x: index * 5 - 6
                y: -6
                width: 2
                height: 28
                rotation: 45
                color: swatch.tint
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Territorial control")
                font.bold: true
                Layout.fillWidth: true
            }
            Switch {
                objectName: "compareSwitch"
                text: qsTr("Compare")
                checked: panel.control.compare
                onToggled: panel.control.compare = checked
            }
        }

        // --- the situation on a day ---
        Label {
            objectName: "controlDate"
            visible: !panel.control.compare
            text: qsTr("Control on: %1").arg(panel.control.shownDate)
            font.family: "monospace"
            font.bold: true
        }
        Item {
            Layout.fillWidth: true
            implicitHeight: dateSlider.implicitHeight + 4
            visible: !panel.control.compare && panel.control.dayCount > 1
            Slider {
                id: dateSlider
                objectName: "controlDateSlider"
                anchors.left: parent.left
                anchors.right: parent.right
                from: 0
                to: Math.max(1, panel.control.dayCount - 1)
                stepSize: 1
                snapMode: Slider.SnapAlways
                value: panel.control.dayOf(panel.control.shownDate)
                onMoved: panel.control.date = panel.control.dateAt(Math.round(value))
            }
            // A tick at every version date.
            Repeater {
                model: panel.control.versionDates
                delegate: Rectangle {
                    required property string modelData
                    width: 2
                    height: 6
                    color: "#5f6670"
                    y: parent.height - height
                    x: dateSlider.leftPadding + dateSlider.handle.width / 2 - 1
                       + (dateSlider.availableWidth - dateSlider.handle.width) * panel.control.dayOf(modelData) / Math.max(1, panel.control.dayCount - 1)
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: !panel.control.compare && panel.control.dayCount > 1
            Label { text: panel.control.firstDate; opacity: 0.7; font.pixelSize: 11 }
            Item { Layout.fillWidth: true }
            Label { text: panel.control.lastDate; opacity: 0.7; font.pixelSize: 11 }
        }
        Label {
            visible: !panel.control.compare && panel.control.visibleSeries.length === 0
            text: qsTr("No control recorded on this day.")
            opacity: 0.7
        }
        Repeater {
            model: panel.control.compare ? [] : panel.control.visibleSeries
            delegate: RowLayout {
                id: row
                required property var modelData
                objectName: "controlSeriesRow"
                Layout.fillWidth: true
                spacing: 6
                Swatch {
                    tint: row.modelData.color
                    hatched: !row.modelData.assessed
                }
                Label {
                    Layout.fillWidth: true
                    text: row.modelData.assessed ? qsTr("%1, assessed").arg(row.modelData.party)
                                                 : qsTr("%1, claimed by %2").arg(row.modelData.party).arg(row.modelData.claimedBy)
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                }
                Label {
                    text: panel.km2(row.modelData.areaKm2)
                    font.family: "monospace"
                }
                Label {
                    text: row.modelData.date
                    font.family: "monospace"
                    opacity: 0.7
                    ToolTip.visible: dateHover.hovered
                    ToolTip.text: qsTr("The version in force: recorded on %1").arg(row.modelData.date)
                    HoverHandler { id: dateHover }
                }
            }
        }

        // --- compare ---
        ComboBox {
            objectName: "compareSeries"
            visible: panel.control.compare
            Layout.fillWidth: true
            model: panel.control.series
            textRole: "label"
            displayText: panel.control.changeSeries
            onActivated: index => {
                panel.control.compareParty = panel.control.series[index].party
                panel.control.compareClaimedBy = panel.control.series[index].claimedBy
            }
        }
        RowLayout {
            visible: panel.control.compare
            Layout.fillWidth: true
            Label { text: qsTr("From") }
            ComboBox {
                objectName: "compareFrom"
                Layout.fillWidth: true
                model: panel.control.versionDates
                displayText: panel.control.changeFrom
                onActivated: panel.control.compareFrom = currentText
            }
            Label { text: qsTr("to") }
            ComboBox {
                objectName: "compareTo"
                Layout.fillWidth: true
                model: panel.control.versionDates
                displayText: panel.control.changeTo
                onActivated: panel.control.compareTo = currentText
            }
        }
        GridLayout {
            visible: panel.control.compare && panel.control.changeReady
            columns: 3
            columnSpacing: 6
            rowSpacing: 2
            Swatch { tint: panel.control.gainedColor }
            Label { text: qsTr("gained") }
            Label { objectName: "gainedKm2"; text: "+" + panel.km2(panel.control.gainedKm2); font.family: "monospace" }
            Swatch { tint: panel.control.lostColor; hatched: true; crossed: true }
            Label { text: qsTr("lost") }
            Label { objectName: "lostKm2"; text: "−" + panel.km2(panel.control.lostKm2); font.family: "monospace" }
            Item { width: 22; height: 14 }
            Label { text: qsTr("net"); font.bold: true }
            Label {
                objectName: "netKm2"
                text: (panel.control.netKm2 < 0 ? "−" : "+") + panel.km2(Math.abs(panel.control.netKm2))
                font.family: "monospace"
                font.bold: true
            }
        }

        // --- party colours ---
        Label {
            text: qsTr("Party colours")
            font.bold: true
            Layout.topMargin: 4
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            Repeater {
                model: panel.control.parties
                delegate: RowLayout {
                    id: party
                    required property var modelData
                    spacing: 4
                    Button {
                        objectName: "partyColor"
                        implicitWidth: 26
                        implicitHeight: 20
                        padding: 0
                        background: Rectangle { color: party.modelData.color; border.color: "#30343a"; radius: 2 }
                        onClicked: choices.open()
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Colour of %1").arg(party.modelData.name)
                        Popup {
                            id: choices
                            y: parent.height + 2
                            padding: 4
                            Grid {
                                columns: 6
                                spacing: 3
                                Repeater {
                                    model: panel.control.palette
                                    delegate: Rectangle {
                                        required property string modelData
                                        width: 20
                                        height: 20
                                        color: modelData
                                        border.color: modelData === party.modelData.color ? "black" : "#9aa3ad"
                                        border.width: modelData === party.modelData.color ? 2 : 1
                                        TapHandler {
                                            onTapped: {
                                                panel.control.setPartyColor(party.modelData.name, parent.modelData)
                                                choices.close()
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    Label { text: party.modelData.name; textFormat: Text.PlainText }
                }
            }
        }
        Label {
            visible: text !== ""
            Layout.fillWidth: true
            text: panel.control.errorString
            textFormat: Text.PlainText
            color: "#b03020"
            wrapMode: Text.Wrap
        }
    }
}
