// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Names and code of a region (the one hovered, else the one selected).
Pane {
    id: panel
    property var region: ({})
    visible: region.code !== undefined
    padding: 10
    background: Rectangle { color: "#e8ffffff"; border.color: "#9aa3ad"; radius: 4 }

    GridLayout {
        columns: 2
        columnSpacing: 8
        rowSpacing: 2

        Label {
            objectName: "regionName"
            Layout.columnSpan: 2
            text: panel.region.name ?? ""
            textFormat: Text.PlainText
            font.bold: true
            font.pixelSize: 15
        }
        Label {
            Layout.columnSpan: 2
            // The area is geodesic (on the WGS 84 ellipsoid), whatever the map's projection.
            text: [panel.region.code, panel.region.kind,
                   panel.region.areaKm2 > 0 ? qsTr("%1 km²").arg(Math.round(panel.region.areaKm2).toLocaleString(Qt.locale(), "f", 0)) : ""]
                  .filter(Boolean).join(" · ")
            textFormat: Text.PlainText
            opacity: 0.75
        }
        Label { text: "en"; opacity: 0.6; visible: !!panel.region.nameEn }
        Label { text: panel.region.nameEn ?? ""; textFormat: Text.PlainText; visible: !!panel.region.nameEn }
        Label { text: qsTr("local"); opacity: 0.6; visible: !!panel.region.nameLocal }
        Label { text: panel.region.nameLocal ?? ""; textFormat: Text.PlainText; visible: !!panel.region.nameLocal }
        Label { text: "ar"; opacity: 0.6; visible: !!panel.region.nameAr }
        Label { text: panel.region.nameAr ?? ""; textFormat: Text.PlainText; visible: !!panel.region.nameAr }
        Label { text: "ru"; opacity: 0.6; visible: !!panel.region.nameRu }
        Label { text: panel.region.nameRu ?? ""; textFormat: Text.PlainText; visible: !!panel.region.nameRu }
    }
}
