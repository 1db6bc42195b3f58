// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ConflictMap

// The program's version and licence, and the credits the bundled data
// require (Natural Earth, GeoNames CC BY 4.0, OpenStreetMap ODbL).
Dialog {
    id: dialog

    title: qsTr("About conflictmap")
    modal: true
    standardButtons: Dialog.Close
    width: Math.min(640, parent ? parent.width - 48 : 640)
    height: Math.min(560, parent ? parent.height - 48 : 560)

    AboutInfo {
        id: info
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            objectName: "aboutVersion"
            text: qsTr("conflictmap %1").arg(info.version)
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            text: info.licence
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: info.libraries
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            opacity: 0.7
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            TextArea {
                objectName: "aboutAttribution"
                text: info.attribution
                textFormat: TextEdit.PlainText
                readOnly: true
                wrapMode: TextEdit.Wrap
                selectByMouse: true
            }
        }
    }
}
