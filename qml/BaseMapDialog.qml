// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs

// Chooses the base map: a raster file (GeoTIFF, MBTiles, GeoPackage, a GDAL
// WMS/WMTS description, an elevation model) or a tile service's URL
// template with the credit its terms ask for; or removes it.
Dialog {
    id: dialog
    // The base map shown now, to start from.
    property string source: ""
    property string attribution: ""
    signal chosen(string source, string attribution)

    title: qsTr("Base map")
    modal: true
    width: 560
    standardButtons: Dialog.Cancel
    onAboutToShow: {
        sourceField.text = dialog.source
        attributionField.text = dialog.attribution
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            Layout.fillWidth: true
            text: qsTr("A raster file, or a tile URL template such as https://tile.example.org/{z}/{x}/{y}.png. "
                       + "Tiles are fetched only while a tile service is the base map, and kept for offline use.")
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: sourceField
                objectName: "baseMapSource"
                Layout.fillWidth: true
                placeholderText: qsTr("File or https://…/{z}/{x}/{y}.png")
                selectByMouse: true
            }
            Button {
                text: qsTr("File…")
                onClicked: fileDialog.open()
            }
        }
        TextField {
            id: attributionField
            objectName: "baseMapAttribution"
            Layout.fillWidth: true
            placeholderText: qsTr("Credit shown on the map, e.g. © OpenStreetMap contributors")
            selectByMouse: true
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "removeBaseMap"
                text: qsTr("Remove base map")
                enabled: dialog.source !== ""
                onClicked: {
                    dialog.chosen("", "")
                    dialog.close()
                }
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                objectName: "addBaseMap"
                text: qsTr("Use as base map")
                highlighted: true
                enabled: sourceField.text.trim() !== ""
                onClicked: {
                    dialog.chosen(sourceField.text.trim(), attributionField.text.trim())
                    dialog.close()
                }
            }
        }
    }

    FileDialog {
        id: fileDialog
        objectName: "baseMapFileDialog"
        title: qsTr("Open a raster")
        nameFilters: [qsTr("Rasters (*.tif *.tiff *.mbtiles *.gpkg *.xml *.vrt *.jp2 *.png *.jpg)"), qsTr("All files (*)")]
        // A file: URL; the base map layer takes those as paths.
        onAccepted: sourceField.text = String(selectedFile)
    }
}
