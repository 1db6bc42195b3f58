// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import ConflictMap

// Zoom buttons for a map, and buttons that take it to the incidents.
Column {
    id: controls
    required property MapView map
    required property MapNavigator navigator
    property int selectedIncident: -1
    spacing: 4

    RoundButton {
        objectName: "zoomIn"
        text: "+"
        font.pixelSize: 18
        enabled: controls.map.zoomLevel < controls.map.maximumZoomLevel
        onClicked: controls.map.zoomIn()
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Zoom in (+)")
    }
    RoundButton {
        objectName: "zoomOut"
        text: "−"
        font.pixelSize: 18
        enabled: controls.map.zoomLevel > controls.map.minimumZoomLevel
        onClicked: controls.map.zoomOut()
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Zoom out (−)")
    }
    RoundButton {
        objectName: "zoomToAll"
        text: "⤢"
        font.pixelSize: 16
        onClicked: controls.navigator.zoomToAll()
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Zoom to all the incidents the filters show")
    }
    RoundButton {
        objectName: "zoomToSelection"
        text: "◎"
        font.pixelSize: 16
        enabled: controls.selectedIncident > 0
        onClicked: controls.navigator.zoomToIncident(controls.selectedIncident)
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Zoom to the selected incident")
    }
}
