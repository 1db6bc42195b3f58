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
    // Why the last change of grade was refused.
    property string gradeError: ""
    // The grade boxes are open. Kept by the panel: a change of grade reloads
    // the details, and with them this card.
    property bool regrading: false
    signal regradeToggled(bool open)
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
        // The Admiralty grade: the source's reliability, the claim's
        // credibility; "Grade…" changes them.
        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "claimGrade"
                Layout.fillWidth: true
                text: card.modelData.grade ? qsTr("Grade %1").arg(card.modelData.grade) : qsTr("Not graded")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: 11
                opacity: card.modelData.grade ? 1 : 0.6
            }
            ToolButton {
                objectName: "regradeButton"
                text: qsTr("Grade…")
                checkable: true
                checked: card.regrading
                onToggled: card.regradeToggled(checked)
                font.pixelSize: 11
                ToolTip.visible: hovered
                ToolTip.text: qsTr("How reliable the source is (A–F) and how credible this claim (1–6)")
            }
        }
        RowLayout {
            objectName: "gradeEditor"
            Layout.fillWidth: true
            visible: card.regrading
            ComboBox {
                objectName: "reliabilityChoice"
                Layout.fillWidth: true
                model: [qsTr("source not graded"), qsTr("A: completely reliable"), qsTr("B: usually reliable"),
                    qsTr("C: fairly reliable"), qsTr("D: not usually reliable"), qsTr("E: unreliable"),
                    qsTr("F: cannot be judged")]
                currentIndex: card.modelData.reliability ? "ABCDEF".indexOf(card.modelData.reliability) + 1 : 0
                onActivated: index => card.gradeError = card.links.setReliability(card.modelData.sourceId,
                                                                                  index === 0 ? "" : "ABCDEF".charAt(index - 1))
            }
            ComboBox {
                objectName: "credibilityChoice"
                Layout.fillWidth: true
                model: [qsTr("claim not graded"), qsTr("1: confirmed"), qsTr("2: probably true"), qsTr("3: possibly true"),
                    qsTr("4: doubtful"), qsTr("5: improbable"), qsTr("6: cannot be judged")]
                currentIndex: card.modelData.credibility
                onActivated: index => card.gradeError = card.links.setCredibility(card.modelData.claimId, index)
            }
        }
        Label {
            objectName: "gradeError"
            Layout.fillWidth: true
            visible: text !== ""
            text: card.gradeError
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: "#b3261e"
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
