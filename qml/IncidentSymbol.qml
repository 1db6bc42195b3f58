import QtQuick

// One incident symbol: the shape by type family, the colour by status. For
// "near" points a translucent circle shows the uncertainty; region-level
// records are dashed badges, never a precise-looking dot.
Item {
    id: symbol
    property string family: "other"
    property string status: "reported"
    property string precision: "exact"
    property real uncertaintyRadius: 0
    property int incidentCount: 1
    property bool selected: false
    readonly property color color: IncidentStyle.statusColors[status] ?? "#555555"
    readonly property bool area: precision === "region" || precision === "country"
    width: 18
    height: 18

    Rectangle {
        // Uncertainty of a "near" position, to scale.
        visible: symbol.precision === "near" && symbol.incidentCount === 1
        anchors.centerIn: parent
        width: Math.max(2 * symbol.uncertaintyRadius, 18)
        height: width
        radius: width / 2
        color: Qt.rgba(symbol.color.r, symbol.color.g, symbol.color.b, 0.15)
        border.color: Qt.rgba(symbol.color.r, symbol.color.g, symbol.color.b, 0.6)
        border.width: 1
    }
    Rectangle {
        // The shape: circle = clash, square = territory, diamond = movement,
        // rounded square = diplomatic; badges for region-level records.
        anchors.centerIn: parent
        width: symbol.incidentCount > 1 ? 26 : (symbol.area ? 20 : 14)
        height: width
        rotation: symbol.family === "movement" && symbol.incidentCount === 1 ? 45 : 0
        radius: symbol.incidentCount > 1 || symbol.family === "clash" ? width / 2
              : symbol.family === "diplomatic" ? 4 : symbol.area ? 3 : 0
        color: symbol.incidentCount > 1 ? "#37474f" : symbol.area ? "white" : symbol.color
        border.color: symbol.selected ? "black" : (symbol.area && symbol.incidentCount === 1 ? symbol.color : "white")
        border.width: symbol.selected ? 3 : 2
        Text {
            anchors.centerIn: parent
            rotation: -parent.rotation
            visible: symbol.incidentCount > 1 || symbol.area
            text: symbol.incidentCount > 1 ? symbol.incidentCount : (symbol.precision === "country" ? "C" : "R")
            textFormat: Text.PlainText
            color: symbol.area && symbol.incidentCount === 1 ? symbol.color : "white"
            font.pixelSize: 10
            font.bold: true
        }
    }
}
