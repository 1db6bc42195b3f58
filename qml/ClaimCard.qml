// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ConflictMap

// One claim with its source, as IncidentDetails.claimInfo gives it: who
// says it and how, the quote in its original language (right to left for
// Arabic), the translation, the source. All text plain; the link opens
// only if it is http or https.
Frame {
    id: card
    required property var modelData
    // Opens the link.
    required property IncidentDetails links
    // "Read the source" was asked for.
    signal sourceRequested(int sourceId)
    Layout.fillWidth: true
    ColumnLayout {
        width: parent.width
        spacing: 2
        Label {
            Layout.fillWidth: true
            text: "%1 — %2".arg(card.modelData.claimant || qsTr("the source")).arg(card.modelData.stance)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.bold: true
        }
        Label {
            objectName: "claimQuote"
            Layout.fillWidth: true
            visible: text !== ""
            text: card.modelData.quote
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.italic: true
        }
        // The quote was looked up in the source's text and is not there.
        Label {
            objectName: "quoteNotFound"
            visible: card.modelData.quoteNotFound === true
            text: qsTr("⚠ not found in the source")
            color: "#b3261e"
            font.pixelSize: 11
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: card.modelData.translation
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            opacity: 0.8
        }
        // The Admiralty grade: the source's reliability, the claim's credibility.
        Label {
            objectName: "claimGrade"
            Layout.fillWidth: true
            visible: text !== ""
            text: card.modelData.grade ? qsTr("Grade %1").arg(card.modelData.grade) : ""
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: 11
        }
        Label {
            objectName: "sourceTitle"
            Layout.fillWidth: true
            text: card.modelData.sourceTitle
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
        }
        Label {
            text: [card.modelData.publisher, card.modelData.language, card.modelData.published].filter(Boolean).join(" · ")
            textFormat: Text.PlainText
            opacity: 0.7
            font.pixelSize: 11
        }
        // Who put the claim in the database, and when.
        Label {
            objectName: "claimRecorded"
            visible: text !== ""
            text: card.modelData.recorded || ""
            textFormat: Text.PlainText
            opacity: 0.7
            font.pixelSize: 11
        }
        Button {
            objectName: "readSource"
            visible: card.modelData.readable === true
            text: qsTr("Read the source")
            onClicked: card.sourceRequested(card.modelData.sourceId)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Its stored text, with this quote and the places it names")
        }
        Button {
            visible: card.modelData.url !== ""
            enabled: card.modelData.urlOpenable
            text: card.modelData.urlOpenable ? qsTr("Open source") : qsTr("Link not opened (not http/https)")
            onClicked: card.links.openUrl(card.modelData.url)
            ToolTip.visible: hovered
            ToolTip.text: card.modelData.url
        }
    }
}
