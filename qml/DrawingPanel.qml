// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ConflictMap

// The drawing tools' panel: how to draw, the shape's size as it grows,
// why it cannot be finished yet; for an area, whose control it is, on which
// day, assessed or claimed by whom, on which source; for a line, the way
// on to the incident form.
Pane {
    id: panel
    required property ShapeSketch sketch
    required property ControlAreaForm form
    readonly property bool area: sketch.kind === ShapeSketch.Area
    signal areaSaved(string date)
    signal lineReady()
    padding: 8
    background: Rectangle { color: "#f6ffffff"; border.color: "#9aa3ad"; radius: 4 }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        Label {
            text: panel.area ? qsTr("Drawing an area of control") : qsTr("Drawing a line (a front, a road, a movement)")
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            visible: panel.sketch.active
            wrapMode: Text.Wrap
            font.pixelSize: 11
            opacity: 0.8
            text: panel.area
                  ? qsTr("Click to add corners; drag a corner to move it, elsewhere to pan. Backspace removes the last, Enter or a double click finishes, Esc cancels.")
                  : qsTr("Click to add points in the direction of movement; drag a point to move it. Backspace removes the last, Enter or a double click finishes, Esc cancels.")
        }
        Label {
            objectName: "sketchMeasure"
            readonly property int count: panel.sketch.vertexCount
            readonly property bool valid: !panel.sketch.problemLocation.isValid
            text: panel.area
                  ? (count === 1 ? qsTr("1 corner") : qsTr("%1 corners").arg(count))
                    + (valid && count >= 3 ? qsTr(", %1 km²").arg(panel.sketch.areaKm2.toFixed(1)) : "")
                  : (count === 1 ? qsTr("1 point") : qsTr("%1 points").arg(count))
                    + (count >= 2 ? qsTr(", %1 km").arg(panel.sketch.lengthKm.toFixed(1)) : "")
        }
        Label {
            objectName: "sketchProblem"
            Layout.fillWidth: true
            visible: panel.sketch.active && panel.sketch.problem !== ""
            text: panel.sketch.problem
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: panel.sketch.problemLocation.isValid ? "#b03020" : "#5f6670"
        }

        GridLayout {
            visible: panel.area
            columns: 2
            columnSpacing: 6
            rowSpacing: 3
            Layout.fillWidth: true
            Label { text: qsTr("Party") }
            ComboBox {
                objectName: "partyField"
                Layout.fillWidth: true
                editable: true
                model: panel.form.parties
                editText: panel.form.party
                onEditTextChanged: panel.form.party = editText
            }
            Label { text: qsTr("Day") }
            TextField {
                objectName: "dayField"
                Layout.fillWidth: true
                placeholderText: "YYYY-MM-DD"
                text: panel.form.date
                onTextEdited: panel.form.date = text
            }
            Label { text: qsTr("Claimed by") }
            TextField {
                objectName: "claimedByField"
                Layout.fillWidth: true
                placeholderText: qsTr("empty: your own assessment")
                text: panel.form.claimedBy
                onTextEdited: panel.form.claimedBy = text
            }
            Label { text: qsTr("Source") }
            ComboBox {
                objectName: "areaSourceField"
                Layout.fillWidth: true
                model: panel.form.sources
                textRole: "title"
                valueRole: "id"
                currentIndex: Math.max(0, indexOfValue(panel.form.sourceId))
                onActivated: index => panel.form.sourceId = valueAt(index)
            }
            Label { text: qsTr("Quote"); visible: panel.form.sourceId > 0 }
            TextField {
                objectName: "areaQuoteField"
                visible: panel.form.sourceId > 0
                Layout.fillWidth: true
                placeholderText: qsTr("the source's words, in its language")
                text: panel.form.quote
                onTextEdited: panel.form.quote = text
            }
            Label { text: qsTr("Note") }
            TextField {
                Layout.fillWidth: true
                text: panel.form.note
                onTextEdited: panel.form.note = text
            }
        }
        Label {
            objectName: "areaFormError"
            Layout.fillWidth: true
            visible: text !== ""
            text: panel.form.errorString
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: "#b03020"
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            Button {
                objectName: "copyPreviousButton"
                visible: panel.area && panel.form.parties.length > 0
                text: qsTr("Start from the previous version")
                onClicked: panel.form.copyPrevious(panel.sketch)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("The party's area in force on this day (of this claimant, or your assessment), to edit")
            }
            Button {
                objectName: "finishButton"
                visible: panel.sketch.active
                text: qsTr("Finish")
                enabled: panel.sketch.problem === ""
                onClicked: panel.sketch.finish()
            }
            Button {
                objectName: "saveAreaButton"
                visible: panel.area && panel.sketch.finished
                text: qsTr("Save")
                highlighted: true
                onClicked: if (panel.form.save(panel.sketch)) panel.areaSaved(panel.form.date)
            }
            Button {
                objectName: "useLineButton"
                visible: !panel.area && panel.sketch.finished
                text: qsTr("Add as an incident…")
                highlighted: true
                onClicked: panel.lineReady()
            }
            Button {
                objectName: "cancelDrawingButton"
                text: qsTr("Cancel")
                onClicked: panel.sketch.cancel()
            }
        }
    }
}
