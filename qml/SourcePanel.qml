// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ConflictMap

// A source as its reader sees it: its text (right to left where it is),
// the quotes of the claims resting on it highlighted, and the places it
// names; choosing a place shows it in the text, and "New incident here"
// starts an incident there with the sentence as the claim's quote. All
// text plain.
Pane {
    id: panel
    required property SourceReader reader
    required property IncidentEditor editor
    // The form was filled for a new incident.
    signal incidentStarted()
    // A claim's incident was chosen.
    signal incidentChosen(int id)
    signal closed()
    // The place chosen in the list (or -1), and which of its occurrences
    // in the text is shown: choosing it again shows the next.
    property int chosen: -1
    property int occurrence: 0
    readonly property var shown: chosen >= 0 && chosen < reader.places.length
                                 ? reader.places[chosen].occurrences[occurrence] : undefined
    padding: 10
    background: Rectangle { color: "#fbffffff"; border.color: "#9aa3ad"; radius: 4 }

    // Brings the text at 'start' into view.
    function showInText(start) {
        const at = sourceText.positionToRectangle(start)
        textView.contentY = Math.max(0, Math.min(at.y - textView.height / 3, textView.contentHeight - textView.height))
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "sourceViewerTitle"
                Layout.fillWidth: true
                text: panel.reader.title
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.bold: true
                font.pixelSize: 15
            }
            ToolButton { objectName: "closeSource"; text: "✕"; onClicked: panel.closed() }
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: panel.reader.details
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            opacity: 0.75
            font.pixelSize: 11
        }
        Label {
            objectName: "sourceHash"
            Layout.fillWidth: true
            visible: panel.reader.sha256 !== ""
            text: qsTr("SHA-256 %1").arg(panel.reader.sha256)
            textFormat: Text.PlainText
            elide: Text.ElideMiddle
            opacity: 0.6
            font.pixelSize: 10
        }

        Label {
            text: panel.reader.places.length > 0 ? qsTr("Places in this text (%1)").arg(panel.reader.places.length)
                                                 : qsTr("No places found in this text")
            font.bold: true
        }
        ListView {
            id: placeList
            objectName: "placesInText"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 150)
            clip: true
            model: panel.reader.places
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: placeRow
                objectName: "placeRow"
                required property var modelData
                required property int index
                width: ListView.view.width
                highlighted: panel.chosen === index
                padding: 4
                onClicked: {
                    panel.occurrence = panel.chosen === index ? (panel.occurrence + 1) % modelData.count : 0
                    panel.chosen = index
                    panel.showInText(panel.shown.start)
                }
                contentItem: RowLayout {
                    spacing: 6
                    Label {
                        Layout.fillWidth: true
                        // Isolated, so an Arabic name does not reorder the line.
                        text: "\u2068%1\u2069 → %2 · %3 · %4 %".arg(placeRow.modelData.text).arg(placeRow.modelData.name)
                            .arg(placeRow.modelData.kind).arg(placeRow.modelData.confidence)
                            + (placeRow.modelData.count > 1
                               ? (placeRow.highlighted ? qsTr(" · %1 of %2").arg(panel.occurrence + 1).arg(placeRow.modelData.count)
                                                       : qsTr(" · ×%1").arg(placeRow.modelData.count))
                               : "")
                            + (placeRow.modelData.ambiguous ? qsTr(" · ambiguous") : "")
                            + (placeRow.modelData.match === "phonetic" ? qsTr(" · spelled otherwise") : "")
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        color: placeRow.highlighted ? "white" : palette.text
                    }
                    Button {
                        objectName: "startIncident"
                        visible: placeRow.highlighted
                        text: qsTr("New incident here")
                        onClicked: {
                            if (panel.reader.startIncident(placeRow.index, panel.occurrence, panel.editor))
                                panel.incidentStarted()
                        }
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Position %1, this sentence as the quote, this source as the claim's").arg(
                                          placeRow.modelData.precision === "near" ? qsTr("near %1").arg(placeRow.modelData.name)
                                                                                  : qsTr("in %1 (%2)").arg(placeRow.modelData.code)
                                                                                    .arg(placeRow.modelData.precision))
                    }
                }
            }
        }

        Label {
            visible: panel.reader.citations.length > 0
            text: qsTr("Claims resting on it (%1)").arg(panel.reader.citations.length)
            font.bold: true
        }
        Repeater {
            model: panel.reader.citations
            delegate: ItemDelegate {
                id: citationRow
                objectName: "citationRow"
                required property var modelData
                Layout.fillWidth: true
                padding: 2
                onClicked: panel.incidentChosen(modelData.incidentId)
                contentItem: Label {
                    text: "%1 — %2".arg(citationRow.modelData.claimant || qsTr("the source")).arg(citationRow.modelData.incidentTitle)
                          + (citationRow.modelData.found ? "" : qsTr(" · ⚠ quote not found in the source"))
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: citationRow.modelData.found ? palette.text : "#b3261e"
                }
            }
        }

        Label { text: qsTr("Text"); font.bold: true; visible: panel.reader.text !== "" }
        Label {
            visible: panel.reader.valid && panel.reader.text === ""
            text: qsTr("This source has no text to read (an image, or only a title).")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            opacity: 0.75
        }
        Flickable {
            id: textView
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: panel.reader.text !== ""
            clip: true
            contentWidth: width
            contentHeight: sourceText.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            TextEdit {
                id: sourceText
                objectName: "sourceText"
                width: textView.width - 12
                text: panel.reader.text
                textFormat: TextEdit.PlainText
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.Wrap
                color: palette.text
                font.pixelSize: 14
                SourceHighlighter {
                    objectName: "sourceHighlighter"
                    document: sourceText.textDocument
                    ranges: panel.reader.highlights
                    chosenStart: panel.shown ? panel.shown.start : 0
                    chosenLength: panel.shown ? panel.shown.length : 0
                }
            }
        }
    }
}
