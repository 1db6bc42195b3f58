// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ConflictMap

// The map's layers, top first as they are stacked: each shown or hidden,
// with its opacity, and what went wrong with it. Under a base map the
// boundary fills give way as the user chooses.
Pane {
    id: panel
    required property MapView map
    // Opacity of the boundary fills while a base map is shown.
    property real fillsOverBaseMap: 0.3
    padding: 8
    background: Rectangle { color: "#f4ffffff"; border.color: "#9aa3ad"; radius: 4 }

    ColumnLayout {
        anchors.fill: parent
        spacing: 2
        Label { text: qsTr("Layers"); font.bold: true }
        Repeater {
            // Top first, as a stack reads.
            model: panel.map.layers.slice().reverse()
            delegate: ColumnLayout {
                id: row
                required property MapLayer modelData
                objectName: "layerRow"
                Layout.fillWidth: true
                spacing: 0
                visible: row.modelData.title !== ""
                RowLayout {
                    Layout.fillWidth: true
                    CheckBox {
                        objectName: "layerVisible"
                        checked: row.modelData.visible
                        onToggled: row.modelData.visible = checked
                    }
                    Label {
                        text: row.modelData.title
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    BusyIndicator {
                        running: row.modelData.loading
                        visible: running
                        Layout.preferredWidth: 18
                        Layout.preferredHeight: 18
                    }
                    Slider {
                        objectName: "layerOpacity"
                        from: 0
                        to: 1
                        value: row.modelData.opacity
                        enabled: row.modelData.visible
                        onMoved: row.modelData.opacity = value
                        Layout.preferredWidth: 90
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Opacity %1 %").arg(Math.round(value * 100))
                    }
                }
                Label {
                    visible: text !== ""
                    text: row.modelData.errorString
                    textFormat: Text.PlainText
                    color: "#b03020"
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.leftMargin: 32
                }
            }
        }
        RowLayout {
            Layout.topMargin: 6
            Label { text: qsTr("Boundary fills over a base map") }
            ComboBox {
                objectName: "fillsOverBaseMap"
                textRole: "text"
                valueRole: "value"
                model: [{ text: qsTr("translucent"), value: 0.3 }, { text: qsTr("faint"), value: 0.12 },
                        { text: qsTr("off"), value: 0 }, { text: qsTr("opaque"), value: 1 }]
                Component.onCompleted: currentIndex = indexOfValue(panel.fillsOverBaseMap)
                onActivated: panel.fillsOverBaseMap = currentValue
            }
        }
        Item { Layout.fillHeight: true }
    }
}
