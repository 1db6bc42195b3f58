// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtPositioning
import QtQuick.Dialogs
import ConflictMap

ApplicationWindow {
    id: window

    // Set by main.cpp.
    required property IncidentDatabase database
    // The world's countries beneath the boundary layer, and the region's
    // lakes and rivers over it; empty for none.
    property string groundSource: ""
    property string lakesSource: ""
    property string riversSource: ""
    // The gazetteer the places layer draws and "Go to place" searches.
    property string placesSource: ""
    property string displayCrs: "EPSG:3857"
    property string labelLanguage: "en"
    // False when the view is given on the command line (--view).
    property bool restoreView: true
    // The base map and its credit: the one chosen last, unless main.cpp
    // gives one (--basemap) for this run.
    property string baseMapSource: baseMapMemory.source
    property string baseMapAttribution: baseMapMemory.attribution

    width: 1280
    height: 800
    visible: true
    title: qsTr("conflictmap")

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            // Tight: every control fits in one row of a 1280-pixel window.
            spacing: 2

            Label {
                text: "conflictmap"
                font.bold: true
            }
            ToolButton {
                id: addButton
                objectName: "addButton"
                text: qsTr("Add incident")
                enabled: window.database.isOpen
                onClicked: {
                    editor.clear()
                    window.editing = true
                }
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Ctrl+N, then click the map")
            }
            ToolButton {
                id: drawButton
                objectName: "drawButton"
                text: qsTr("Draw")
                enabled: window.database.isOpen && !window.editing
                onClicked: drawMenu.open()
                ToolTip.visible: hovered && !drawMenu.visible
                ToolTip.text: qsTr("Draw an area of control, or a line for an incident")
                Menu {
                    id: drawMenu
                    y: drawButton.height
                    MenuItem {
                        objectName: "drawAreaItem"
                        text: qsTr("Area of control…")
                        onTriggered: window.startDrawing(ShapeSketch.Area)
                    }
                    MenuItem {
                        objectName: "drawLineItem"
                        text: qsTr("Line or movement of an incident…")
                        onTriggered: window.startDrawing(ShapeSketch.Line)
                    }
                }
            }
            ToolButton {
                objectName: "editButton"
                text: qsTr("Edit")
                enabled: window.selectedIncident > 0 && !window.editing
                onClicked: window.editing = editor.load(window.selectedIncident)
            }
            ToolButton {
                objectName: "deleteButton"
                text: qsTr("Delete")
                enabled: window.selectedIncident > 0 && !window.editing
                onClicked: confirmDelete.open()
            }
            ToolButton {
                objectName: "undoButton"
                text: qsTr("Undo")
                enabled: window.database.canUndo
                onClicked: window.database.undo()
                ToolTip.visible: hovered && enabled
                ToolTip.text: window.database.undoText + " (Ctrl+Z)"
            }
            ToolButton {
                objectName: "redoButton"
                text: qsTr("Redo")
                enabled: window.database.canRedo
                onClicked: window.database.redo()
                ToolTip.visible: hovered && enabled
                ToolTip.text: window.database.redoText + " (Ctrl+Shift+Z)"
            }
            ToolButton {
                id: regionsButton
                objectName: "regionsButton"
                text: qsTr("Regions")
                checkable: true
            }
            ToolButton {
                id: controlButton
                objectName: "controlButton"
                text: qsTr("Control")
                checkable: true
                checked: true
                visible: controlLayer.hasData
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Territorial control: the day shown, its legend, compare two days")
            }
            ToolButton {
                id: layersButton
                objectName: "layersButton"
                text: qsTr("Layers")
                checkable: true
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Show, hide and fade the map's layers")
            }
            ToolButton {
                objectName: "baseMapButton"
                text: qsTr("Base map…")
                onClicked: baseMapDialog.open()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Imagery, a scanned map, an elevation model or a tile service beneath the layers")
            }
            ToolButton {
                text: qsTr("Layer…")
                onClicked: layerDialog.open()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Show another boundary layer")
            }
            ToolButton {
                objectName: "addSourceButton"
                text: qsTr("Source…")
                enabled: window.database.isOpen
                onClicked: sourceDialog.open()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Add a source from a file (text, HTML, PDF or image), kept byte for byte, and read it")
            }
            ToolButton {
                objectName: "importButton"
                text: qsTr("Import…")
                enabled: window.database.isOpen && !window.database.busy
                onClicked: importDialog.open()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Incidents from a GeoJSON, KML, GeoPackage, Shapefile or other vector file (importing it again updates what changed)")
            }
            ToolButton {
                objectName: "exportButton"
                text: qsTr("Export…")
                enabled: window.database.isOpen && !window.database.busy
                onClicked: exportDialog.open()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("The incidents the filters show, as GeoJSON")
            }
            ToolButton {
                objectName: "mapImageButton"
                text: qsTr("Map image…")
                enabled: window.database.isOpen
                onClicked: mapImageDialog.open()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("The view as a map for a briefing (PNG, PDF or SVG): legend, scale, sources, credits")
            }
            ToolButton {
                objectName: "aboutButton"
                text: qsTr("About")
                onClicked: aboutDialog.open()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Version, licence and the credits of the bundled data")
            }
            Label {
                objectName: "databaseSummary"
                text: window.database.isOpen ? IncidentStyle.incidents(window.database.incidentCount) + " · " + IncidentStyle.sources(window.database.sourceCount) : qsTr("no database: %1").arg(window.database.errorString)
                textFormat: Text.PlainText
                color: window.database.isOpen ? palette.windowText : "#b03020"
            }
            Label {
                text: boundaryLayer.ready ? qsTr("%1 regions · %2").arg(window.database.boundaries.regionCount).arg(map.crsName) : ""
                opacity: 0.7
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            ComboBox {
                id: languageBox
                objectName: "labelLanguage"
                textRole: "text"
                valueRole: "value"
                model: [{
                        "text": "English",
                        "value": "en"
                    }, {
                        "text": qsTr("Local"),
                        "value": "local"
                    }, {
                        "text": "العربية",
                        "value": "ar"
                    }, {
                        "text": "Русский",
                        "value": "ru"
                    }]
                currentIndex: count > 0 ? indexOfValue(window.labelLanguage) : -1
                onActivated: window.labelLanguage = currentValue
                ToolTip.visible: hovered
                ToolTip.text: qsTr("The language of the map's labels")
            }
            ComboBox {
                objectName: "projection"
                textRole: "text"
                valueRole: "value"
                readonly property var standard: [{
                        "text": "Web Mercator",
                        "value": "EPSG:3857"
                    }, {
                        "text": "UTM 38N",
                        "value": "EPSG:32638"
                    }, {
                        "text": "WGS 84 lon/lat",
                        "value": "EPSG:4326"
                    }]
                // A CRS given on the command line is listed as itself.
                model: standard.some(entry => entry.value === window.displayCrs) ? standard : standard.concat([{
                            "text": window.displayCrs,
                            "value": window.displayCrs
                        }])
                currentIndex: count > 0 ? indexOfValue(window.displayCrs) : -1 // again once the model is in
                onActivated: window.displayCrs = currentValue
                ToolTip.visible: hovered
                ToolTip.text: qsTr("The map's projection")
            }
        }
    }

    // Which incident is selected, in the list and on the map alike.
    property int selectedIncident: -1
    // The form is open: a click on the map places the incident.
    property bool editing: false

    // The drawing tools: an area of control, or a line for an incident.
    ShapeSketch {
        id: sketch
        objectName: "sketch"
    }
    ControlAreaForm {
        id: areaForm
        objectName: "areaForm"
        database: window.database
    }
    readonly property bool drawing: sketch.active || sketch.finished
    function startDrawing(kind) {
        window.selectedIncident = -1
        controlLayer.clearSelection()
        if (kind === ShapeSketch.Area && areaForm.date === "")
            areaForm.date = controlLayer.shownDate !== "" ? controlLayer.shownDate : new Date().toISOString().slice(0, 10)
        sketch.begin(kind)
    }
    // A line handed to the incident form stays drawn while the form is open.
    onEditingChanged: if (!editing && sketch.finished) sketch.cancel()

    IncidentEditor {
        id: editor
        database: window.database
        onSaved: id => {
            window.editing = false
            window.selectedIncident = id
            notice.text = qsTr("Saved.")
        }
    }

    FileDialog {
        id: exportDialog
        objectName: "exportDialog"
        title: qsTr("Export incidents as GeoJSON")
        fileMode: FileDialog.SaveFile
        acceptLabel: qsTr("Export")
        defaultSuffix: "geojson"
        nameFilters: [qsTr("GeoJSON (*.geojson *.json)")]
        onAccepted: window.database.exportGeoJson(selectedFile, query, incidents.count)
    }
    Connections {
        target: window.database
        function onExportFinished(error, features) {
            notice.text = error === "" ? qsTr("Exported %1.").arg(IncidentStyle.incidents(features)) : error
        }
    }

    MapImageExport {
        id: mapImage
        database: window.database
        query: query
        map: map
        control: controlLayer
    }
    FileDialog {
        id: mapImageDialog
        objectName: "mapImageDialog"
        title: qsTr("Export map image")
        fileMode: FileDialog.SaveFile
        acceptLabel: qsTr("Export")
        defaultSuffix: "png"
        nameFilters: [qsTr("PNG image (*.png)"), qsTr("PDF document (*.pdf)"), qsTr("SVG drawing (*.svg)")]
        onAccepted: notice.text = mapImage.write(selectedFile, "") ? qsTr("Map image written: %1.").arg(IncidentStyle.incidents(mapImage.shown())) : mapImage.errorString
    }

    // The source being read, and its panel open.
    property bool readingSource: false
    SourceReader {
        id: sourceReader
        database: window.database
        language: window.labelLanguage
    }
    // A file chosen in the dialog or dropped on the window, as a new source.
    function addSourceFile(url) {
        if (sourceReader.addFromFile(url)) {
            window.readSource(sourceReader.sourceId)
            notice.text = qsTr("Source added: %1").arg(sourceReader.title)
        } else {
            notice.text = sourceReader.errorString
        }
    }
    function readSource(id) {
        sourcePanel.chosen = -1
        sourceReader.sourceId = id
        window.readingSource = true
    }
    FileDialog {
        id: sourceDialog
        objectName: "sourceDialog"
        title: qsTr("Add a source from a file")
        fileMode: FileDialog.OpenFile
        acceptLabel: qsTr("Add")
        nameFilters: [qsTr("Articles and documents (*.txt *.text *.html *.htm *.xhtml *.pdf *.png *.jpg *.jpeg *.webp)"),
            qsTr("All files (*)")]
        onAccepted: window.addSourceFile(selectedFile)
    }

    FileDialog {
        id: importDialog
        objectName: "importDialog"
        title: qsTr("Import incidents")
        fileMode: FileDialog.OpenFile
        acceptLabel: qsTr("Import")
        nameFilters: [qsTr("Vector files (*.geojson *.json *.kml *.kmz *.gpkg *.shp *.gpx *.fgb *.gml)"),
            qsTr("GeoJSON (*.geojson *.json)"), qsTr("KML and KMZ (*.kml *.kmz)"), qsTr("GeoPackage (*.gpkg)"),
            qsTr("Shapefile (*.shp)"), qsTr("GPX (*.gpx)"), qsTr("All files (*)")]
        onAccepted: window.database.importIncidents(selectedFile)
    }
    Connections {
        target: window.database
        function onImportFinished(error, summary) {
            notice.text = error === "" ? summary : error
        }
    }

    FileDialog {
        id: layerDialog
        objectName: "layerDialog"
        title: qsTr("Open a boundary layer (any GDAL vector format)")
        nameFilters: [qsTr("Vector data (*.gpkg *.geojson *.json *.shp *.kml *.gml *.fgb *.sqlite)"), qsTr("All files (*)")]
        onAccepted: window.database.boundaries.source = selectedFile
    }

    BaseMapMemory {
        id: baseMapMemory
    }
    BaseMapDialog {
        id: baseMapDialog
        objectName: "baseMapDialog"
        anchors.centerIn: parent
        source: window.baseMapSource
        attribution: window.baseMapAttribution
        onChosen: (source, attribution) => {
            baseMapMemory.source = source
            baseMapMemory.attribution = attribution
            window.baseMapSource = source
            window.baseMapAttribution = attribution
        }
    }
    // A base map that cannot be drawn says so; the map goes on without it.
    Connections {
        target: baseMap
        function onErrorStringChanged() {
            if (baseMap.errorString !== "")
                notice.text = baseMap.errorString
        }
    }

    AboutDialog {
        id: aboutDialog
        objectName: "aboutDialog"
        anchors.centerIn: parent
    }

    Dialog {
        id: confirmDelete
        objectName: "confirmDelete"
        anchors.centerIn: parent
        modal: true
        title: qsTr("Delete this incident?")
        standardButtons: Dialog.Yes | Dialog.No
        width: 420
        Label {
            anchors.left: parent.left
            anchors.right: parent.right
            text: details.title
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
        }
        // The version the user saw when asked: a colleague's change while
        // the question is open is not deleted unseen.
        property real version: 0
        onAboutToShow: version = details.version
        onAccepted: {
            const error = window.database.deleteIncident(window.selectedIncident, version)
            if (error === "")
                window.selectedIncident = -1
            else
                notice.text = error
        }
    }

    Shortcut {
        sequence: "Ctrl+N"
        onActivated: addButton.clicked()
    }
    Shortcut {
        sequence: "Delete"
        enabled: window.selectedIncident > 0 && !window.editing && !window.drawing
        onActivated: confirmDelete.open()
    }
    Shortcut {
        sequence: "Ctrl+Z"
        enabled: window.database.canUndo
        onActivated: window.database.undo()
    }
    Shortcut {
        sequences: ["Ctrl+Shift+Z", "Ctrl+Y"]
        enabled: window.database.canRedo
        onActivated: window.database.redo()
    }

    // What is shown: the list, the map and the export all follow it.
    IncidentQuery {
        id: query
        area: incidentList.inViewOnly ? map.visibleRegion : QtPositioning.shape()
    }
    IncidentListModel {
        id: incidents
        database: window.database
        query: query
    }
    MapNavigator {
        id: navigator
        map: map
        boundaryLayer: boundaryLayer
        incidents: incidents
        // The incident panel covers the map's left side.
        readonly property real covered: incidentPanel.visible ? incidentPanel.x + incidentPanel.width : 0
        clearArea: Qt.rect(covered, 0, map.width - covered, map.height)
    }
    ViewMemory {
        map: map
        navigator: navigator
        key: window.database.name
        restore: window.restoreView
    }
    // A selected incident is always in view, wherever it was chosen.
    onSelectedIncidentChanged: if (selectedIncident > 0) Qt.callLater(navigator.bringIntoView, selectedIncident)
    RegionCountModel {
        id: regionCounts
        incidents: incidents
        boundaryLayer: boundaryLayer
    }
    IncidentTimeline {
        id: timeline
        database: window.database
    }
    IncidentDetails {
        id: details
        database: window.database
        incidentId: window.selectedIncident
    }

    Shortcut {
        sequence: "Ctrl+F"
        onActivated: incidentList.focusSearch()
    }
    Shortcut {
        sequence: "Ctrl+G"
        onActivated: goToPlace.forceActiveFocus()
    }
    Shortcut {
        sequence: "Escape"
        enabled: !window.drawing // the drawing tool's own Escape cancels the drawing
        onActivated: window.editing ? window.editing = false : window.selectedIncident = -1
    }

    // An article dropped on the window is added as a source and opened.
    DropArea {
        objectName: "sourceDrop"
        anchors.fill: parent
        enabled: window.database.isOpen
        onDropped: drop => {
            if (drop.hasUrls) {
                drop.acceptProposedAction()
                window.addSourceFile(drop.urls[0])
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.preferredWidth: 340
            Layout.maximumWidth: 340
            Layout.fillHeight: true
            spacing: 0
            IncidentList {
                id: incidentList
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: !window.editing
                incidents: incidents
                query: query
                selectedIncident: window.selectedIncident
                onIncidentChosen: id => window.selectedIncident = id
            }
            Legend {
                Layout.fillWidth: true
                visible: !window.editing
            }
            // The form takes the list's place, so the whole map stays free
            // for placing the incident.
            IncidentForm {
                objectName: "incidentForm"
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: window.editing
                editor: editor
                onCancelled: window.editing = false
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
        Item {
            id: mapArea
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true

            MapView {
                id: map
                objectName: "map"
                anchors.fill: parent
                focus: true
                crs: window.displayCrs
                onClicked: coordinate => {
                    // A cluster of one spot spreads, any other zooms in to
                    // split; a symbol selects its incident.
                    const marker = markers.markerAt(map.fromCoordinate(coordinate, false))
                    if (window.editing) {
                        editor.placeAt(coordinate) // a point, in place of a line drawn
                        if (sketch.finished)
                            sketch.cancel()
                    }
                    else if (marker.incidentCount > 1 && !markers.spread(marker.incidentId))
                        map.zoomAround(Qt.point(marker.x, marker.y), 2)
                    else if (marker.incidentCount === 1)
                        window.selectedIncident = marker.incidentId
                    else {
                        // No symbol here: an incident's line or area, else the control area, if any.
                        const at = map.fromCoordinate(coordinate, false)
                        const shape = shapes.shapeAt(at)
                        if (shape.incidentId !== undefined)
                            window.selectedIncident = shape.incidentId
                        else
                            controlLayer.selectAt(at)
                    }
                }
                // The Armenia–Azerbaijan border: Vayots Dzor and Syunik to Fuzuli.
                visibleRegion: QtPositioning.rectangle(QtPositioning.coordinate(40.6, 44.6), QtPositioning.coordinate(38.8, 47.6))

                // The layers, bottom to top.
                BaseMapLayer {
                    id: baseMap
                    objectName: "baseMap"
                    title: source !== "" ? qsTr("Base map") : ""
                    source: window.baseMapSource
                    userAttribution: window.baseMapAttribution
                }
                PolygonLayer {
                    objectName: "groundLayer"
                    title: qsTr("Countries of the world")
                    // The base map is the ground when there is one: no source, rather
                    // than hidden, so the layer list's switch stays the user's.
                    source: baseMap.visible && baseMap.source !== "" ? "" : window.groundSource
                    outlineColor: "#a7afb8"
                    attribution: source !== "" ? qsTr("Made with Natural Earth") : ""
                }
                BoundaryMapLayer {
                    id: boundaryLayer
                    objectName: "boundaryLayer"
                    boundaries: window.database.boundaries
                    labelLanguage: window.labelLanguage
                    tintedRegions: incidents.areaRegions
                    regionShades: regionsPanel.visible && regionsPanel.choropleth ? regionCounts.shades : ({})
                    fillOpacity: baseMap.visible && baseMap.source !== "" ? layersPanel.fillsOverBaseMap : 1
                }
                // Over the units' fills: in this region the Araks is the border.
                PolygonLayer {
                    objectName: "lakesLayer"
                    title: qsTr("Lakes")
                    source: window.lakesSource
                    fillColor: "#b4d0e6"
                    outlineColor: "#8fb8da"
                    attribution: source !== "" ? qsTr("Rivers and lakes © OpenStreetMap contributors (ODbL)") : ""
                }
                PolygonLayer {
                    objectName: "riversLayer"
                    title: qsTr("Rivers")
                    source: window.riversSource
                    fillColor: "#8fb8da"
                    // Riverbanks, mostly narrower than a pixel: the outline keeps them seen.
                    outlineColor: "#8fb8da"
                    attribution: source !== "" ? qsTr("Rivers and lakes © OpenStreetMap contributors (ODbL)") : ""
                }
                // Over the units and waters, under the names and the incidents.
                ControlLayer {
                    id: controlLayer
                    objectName: "controlLayer"
                    database: window.database
                }
                PlacesLayer {
                    id: placesLayer
                    objectName: "placesLayer"
                    source: window.placesSource
                    labelLanguage: window.labelLanguage
                    regionLabels: boundaryLayer.labels
                    attribution: source !== "" ? qsTr("Places © GeoNames (CC BY 4.0)") : ""
                    Repeater {
                        model: placesLayer.labels
                        delegate: Item {
                            id: place
                            required property string label
                            required property real labelX
                            required property real labelY
                            required property real dotX
                            required property real dotY
                            required property real dotSize
                            required property bool capital
                            Rectangle {
                                x: place.dotX - width / 2
                                y: place.dotY - height / 2
                                width: place.dotSize
                                height: place.dotSize
                                radius: place.capital ? 1 : width / 2
                                color: place.capital ? "#5a1a1a" : "#30343a"
                                border.color: "white"
                                border.width: 1
                            }
                            Text {
                                objectName: "placeLabel"
                                x: place.labelX - width / 2
                                y: place.labelY - height / 2
                                text: place.label
                                textFormat: Text.PlainText
                                font: placesLayer.labels.font
                                color: "#30343a"
                                style: Text.Outline
                                styleColor: "#f4f6f8"
                            }
                        }
                    }
                }
                Repeater {
                    model: boundaryLayer.labels
                    // Above the symbols (z 1): a badge or cluster never hides a
                    // unit's name, and shows around the outlined text.
                    delegate: Text {
                        required property string label
                        required property real labelX
                        required property real labelY
                        objectName: "regionLabel"
                        z: 2
                        // Faded with their layer (hidden, it places none).
                        opacity: boundaryLayer.opacity
                        x: labelX - width / 2
                        y: labelY - height / 2
                        text: label
                        textFormat: Text.PlainText
                        font: boundaryLayer.labels.font
                        color: "#1d232b"
                        style: Text.Outline
                        styleColor: "#f4f6f8"
                    }
                }

                // The place "Go to place" took the map to.
                MapAnchor {
                    objectName: "chosenPlace"
                    z: 3
                    coordinate: goToPlace.chosen && goToPlace.chosen.kind === "place"
                        ? QtPositioning.coordinate(goToPlace.chosen.lat, goToPlace.chosen.lon) : QtPositioning.coordinate()
                    Rectangle {
                        x: -width / 2
                        y: -height / 2
                        width: 26
                        height: 26
                        radius: 13
                        color: "transparent"
                        border.color: "#d02020"
                        border.width: 3
                    }
                }

                // The position being entered: drag it to move it.
                MapAnchor {
                    z: 3
                    // A line or area being edited is drawn by the sketch, not as a point.
                    coordinate: window.editing && editor.latitude !== "" && !editor.hasShape
                        ? QtPositioning.coordinate(Number(editor.latitude), Number(editor.longitude)) : QtPositioning.coordinate()
                    Rectangle {
                        id: placed
                        objectName: "placedPoint"
                        visible: !dragger.active
                        x: -width / 2
                        y: -height / 2
                        width: 18
                        height: 18
                        radius: 9
                        color: "#ffd400"
                        border.color: "black"
                        border.width: 2
                        DragHandler {
                            id: dragger
                            target: null
                            onActiveChanged: {
                                if (!active)
                                    editor.placeAt(map.toCoordinate(placed.mapToItem(map, centroid.position.x, centroid.position.y)))
                            }
                        }
                    }
                }

                // Incidents' lines and areas, just beneath their symbols.
                IncidentShapeLayer {
                    id: shapes
                    objectName: "incidentShapeLayer"
                    z: 1
                    incidents: incidents
                    selectedIncident: window.selectedIncident
                    statusColors: IncidentStyle.statusColors
                }
                IncidentLayer {
                    id: markers
                    objectName: "incidentLayer"
                    z: 1
                    labels: boundaryLayer.labels
                    incidents: incidents
                    selectedIncident: window.selectedIncident
                    statusColors: IncidentStyle.statusColors
                    readonly property var hovered: map.cursorCoordinate.isValid
                        ? markers.markerAt(map.fromCoordinate(map.cursorCoordinate, false)) : ({})
                    ToolTip.visible: hovered.incidentCount !== undefined
                    ToolTip.text: hovered.incidentCount > 1 ? qsTr("%1 incidents: click to zoom in").arg(hovered.incidentCount)
                                                            : (hovered.title ?? "")
                }
            }

            SketchOverlay {
                objectName: "sketchOverlay"
                anchors.fill: map
                map: map
                sketch: sketch
            }

            PlaceSearchField {
                id: goToPlace
                objectName: "goToPlace"
                // The last place chosen, marked on the map until the field is cleared.
                property var chosen: null
                anchors.left: parent.left
                anchors.top: parent.top
                anchors.margins: 12
                width: Math.min(320, parent.width - 120)
                language: window.labelLanguage
                gazetteer: window.placesSource
                placeholderText: qsTr("Go to place… (Ctrl+G)")
                onPlaceChosen: place => {
                    chosen = place
                    navigator.goToPlace(place)
                }
                onTextChanged: if (text === "") chosen = null
            }

            MapControls {
                id: mapControls
                map: map
                navigator: navigator
                selectedIncident: window.selectedIncident
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 12
            }

            RegionPanel {
                region: Object.keys(boundaryLayer.hoveredRegion).length > 0 ? boundaryLayer.hoveredRegion : boundaryLayer.selectedRegion
                anchors.left: parent.left
                anchors.top: goToPlace.bottom
                anchors.margins: 12
                anchors.topMargin: 8
                visible: region.code !== undefined && !details.valid && controlAreaPanel.area.id === undefined && !window.drawing
            }

            DrawingPanel {
                id: drawingPanel
                objectName: "drawingPanel"
                sketch: sketch
                form: areaForm
                anchors.left: parent.left
                anchors.top: goToPlace.bottom
                anchors.margins: 12
                anchors.topMargin: 8
                width: Math.min(380, parent.width * 0.45)
                visible: window.drawing && !window.editing
                onAreaSaved: date => {
                    sketch.cancel()
                    controlButton.checked = true
                    controlLayer.date = date
                }
                onLineReady: {
                    editor.clear()
                    editor.useSketch(sketch)
                    window.editing = true
                }
            }

            ControlAreaPanel {
                id: controlAreaPanel
                objectName: "controlAreaPanel"
                area: controlLayer.selectedArea
                links: details
                anchors.left: parent.left
                anchors.top: goToPlace.bottom
                anchors.margins: 12
                anchors.topMargin: 8
                height: Math.min(implicitHeight, parent.height - 100)
                width: Math.min(380, parent.width * 0.4)
                visible: area.id !== undefined && !details.valid && !window.editing && !window.drawing
                onClosed: controlLayer.clearSelection()
            }

            IncidentPanel {
                id: incidentPanel
                objectName: "incidentPanel"
                details: details
                anchors.left: parent.left
                anchors.top: goToPlace.bottom
                anchors.margins: 12
                anchors.topMargin: 8
                // As tall as its content, at most the map's height.
                height: Math.min(implicitHeight, parent.height - 100)
                width: Math.min(420, parent.width * 0.45)
                onClosed: window.selectedIncident = -1
                onSourceRequested: id => window.readSource(id)
                visible: details.valid && !window.editing && !window.drawing
            }

            SourcePanel {
                id: sourcePanel
                objectName: "sourcePanel"
                reader: sourceReader
                editor: editor
                visible: window.readingSource && sourceReader.valid && !window.drawing
                anchors.right: mapControls.left
                anchors.top: parent.top
                anchors.bottom: coordinate.top
                anchors.margins: 12
                anchors.rightMargin: 8
                width: Math.min(480, parent.width * 0.5)
                onClosed: {
                    window.readingSource = false
                    sourceReader.sourceId = -1 // a closed viewer reads nothing at each change
                }
                onIncidentChosen: id => window.selectedIncident = id
                onIncidentStarted: {
                    window.selectedIncident = -1
                    window.editing = true
                    notice.text = qsTr("Complete the incident (title, date, type) and save it.")
                }
            }

            NoticeBar {
                id: notice
                objectName: "notice"
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.bottom: parent.bottom
                anchors.bottomMargin: 12
                busy: window.database.busy
                busyText: window.database.jobText
                progress: window.database.progress
            }

            LayersPanel {
                id: layersPanel
                objectName: "layersPanel"
                visible: layersButton.checked
                map: map
                anchors.right: mapControls.left
                anchors.top: parent.top
                anchors.margins: 12
                anchors.rightMargin: 8
                width: 340
            }

            RegionsPanel {
                id: regionsPanel
                objectName: "regionsPanel"
                visible: regionsButton.checked
                counts: regionCounts
                boundaryLayer: boundaryLayer
                query: query
                // Left of the map's buttons, whatever their width.
                anchors.right: mapControls.left
                anchors.top: parent.top
                anchors.margins: 12
                anchors.rightMargin: 8
                width: 300
                height: Math.min(420, parent.height - 100)
            }

            ControlPanel {
                id: controlPanel
                objectName: "controlPanel"
                control: controlLayer
                visible: controlButton.checked && controlLayer.hasData && controlLayer.visible
                anchors.right: parent.right
                anchors.bottom: coordinate.top
                anchors.margins: 12
                anchors.bottomMargin: 6
                width: 380
            }

            ScaleBar {
                map: map
                anchors.left: parent.left
                anchors.bottom: parent.bottom
                anchors.margins: 12
            }

            Label {
                id: coordinate
                objectName: "cursorCoordinate"
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: 12
                padding: 4
                background: Rectangle {
                    color: "#d0ffffff"
                    radius: 3
                }
                text: map.cursorCoordinate.isValid ? "%1, %2".arg(map.cursorCoordinate.latitude.toFixed(5)).arg(map.cursorCoordinate.longitude.toFixed(5)) : " "
                font.family: "monospace"
            }

            // Who the visible layers' data is from, as their licences ask.
            Label {
                objectName: "mapAttribution"
                anchors.right: coordinate.left
                anchors.bottom: parent.bottom
                anchors.margins: 12
                anchors.rightMargin: 6
                width: Math.min(implicitWidth, parent.width * 0.6)
                visible: text !== ""
                padding: 4
                background: Rectangle { color: "#d0ffffff"; radius: 3 }
                text: map.attributions.join(" · ")
                textFormat: Text.PlainText
                elide: Text.ElideLeft
                font.pixelSize: 11
            }

            BusyIndicator {
                anchors.centerIn: parent
                running: map.loading || window.database.boundaries.status === Boundaries.Loading
                visible: running
            }

            // The server went away: said at the top of the map until the
            // connection is made again (the app keeps trying).
            Label {
                objectName: "connectionProblem"
                anchors.top: parent.top
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.topMargin: 48
                width: Math.min(parent.width - 48, 640)
                visible: text !== ""
                text: window.database.connectionProblem
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                padding: 10
                background: Rectangle {
                    color: "#fff4e0"
                    border.color: "#d08a20"
                    radius: 4
                }
            }

            Label {
                objectName: "mapError"
                anchors.centerIn: parent
                width: Math.min(parent.width - 48, 640)
                visible: text !== ""
                text: map.errorString !== "" ? map.errorString : window.database.boundaries.errorString
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                padding: 12
                background: Rectangle {
                    color: "#fff3f0"
                    border.color: "#c0392b"
                    radius: 4
                }
            }
        }
        TimeSlider {
            objectName: "timeSlider"
            Layout.fillWidth: true
            timeline: timeline
            query: query
        }
        }
    }
}
