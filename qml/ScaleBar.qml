// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import ConflictMap

// A scale bar: a round ground distance at the map's centre.
Item {
    id: bar
    required property MapView map
    implicitWidth: Math.max(model.width, label.implicitWidth) + 8
    implicitHeight: label.implicitHeight + 10

    ScaleBarModel {
        id: model
        map: bar.map
        maximumWidth: 140
    }
    Rectangle {
        anchors.fill: parent
        color: "#c0ffffff"
        radius: 3
    }
    Text {
        id: label
        x: 4
        text: model.text
        textFormat: Text.PlainText
        font.pixelSize: 11
    }
    Rectangle {
        objectName: "scaleBarLine"
        x: 4
        y: parent.height - 6
        width: model.width
        height: 2
        color: "#222"
    }
}
