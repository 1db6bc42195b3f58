import QtQuick
import QtQuick.Controls
import ConflictMap

// Zoom buttons for a map.
Column {
    id: controls
    required property MapView map
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
}
