// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A short message at the foot of the map ("Saved.", "Exported 8
// incidents."), gone after a few seconds; while a long job runs, its
// progress instead.
Pane {
    id: bar

    // Set to show a message; cleared when it has been shown long enough.
    property string text: ""
    // A job in progress: its label and progress in [0, 1].
    property bool busy: false
    property string busyText: ""
    property real progress: 0
    property alias timeout: expiry.interval

    visible: text !== "" || busy
    padding: 6
    background: Rectangle { color: "#e8ffffff"; radius: 3 }

    onTextChanged: if (text !== "") expiry.restart()

    Timer {
        id: expiry
        interval: 5000
        onTriggered: bar.text = ""
    }

    RowLayout {
        spacing: 8
        Label {
            objectName: "noticeText"
            text: bar.busy ? bar.busyText : bar.text
            textFormat: Text.PlainText
        }
        ProgressBar {
            objectName: "noticeProgress"
            visible: bar.busy
            value: bar.progress
            Layout.preferredWidth: 160
        }
    }
}
