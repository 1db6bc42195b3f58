// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import ConflictMap

// "Go to place": a field listing, as one types, the places and admin units
// named like the text in any script or spelling, each with its country,
// admin unit and population. Down and Up move through the list, Enter or a
// click chooses, Escape closes the list (and, when it is closed, clears the
// field).
TextField {
    id: field

    // Names are shown in this language (hy, az, ru…), else the local one.
    property alias language: places.language
    // A gazetteer file; empty: the bundled regional one.
    property alias gazetteer: places.gazetteer
    property alias limit: places.limit
    readonly property alias results: places
    // The list stays shut after Escape until the text changes.
    property bool dismissed: false

    // 'place' as PlaceSearchModel.get gives it: geonameid, kind, name,
    // names, lon, lat, country, admin_unit {code, name}, population…
    signal placeChosen(var place)

    placeholderText: qsTr("Go to place…")
    onTextEdited: {
        dismissed = false
        list.currentIndex = 0
    }

    function choose(row: int) {
        if (row < 0 || row >= places.count)
            return
        dismissed = true
        placeChosen(places.get(row))
    }

    Keys.onDownPressed: {
        dismissed = false
        list.incrementCurrentIndex()
    }
    Keys.onUpPressed: list.decrementCurrentIndex()
    Keys.onReturnPressed: choose(list.currentIndex)
    Keys.onEnterPressed: choose(list.currentIndex)
    // Escape is the field's while it has something to close or clear, not
    // the window's shortcut (which deselects the incident).
    Keys.onShortcutOverride: event => event.accepted = event.key === Qt.Key_Escape && (popup.visible || text.length > 0)
    Keys.onEscapePressed: event => {
        if (popup.visible)
            dismissed = true
        else if (text.length > 0)
            clear()
        else
            event.accepted = false
    }

    PlaceSearchModel {
        id: places
        query: field.text
    }

    Popup {
        id: popup
        objectName: "placeResults"
        y: field.height
        width: Math.max(field.width, 360)
        padding: 1
        // Shown while the field has the keyboard and something is found;
        // the field keeps the keyboard, so the list never takes it away.
        visible: field.activeFocus && !field.dismissed && places.count > 0
        closePolicy: Popup.NoAutoClose
        contentHeight: Math.min(list.contentHeight, 360)

        ListView {
            id: list
            objectName: "placeList"
            anchors.fill: parent
            model: places
            clip: true
            keyNavigationWraps: true
            highlightMoveDuration: 0

            delegate: ItemDelegate {
                id: row
                required property int index
                required property string name
                required property string country
                required property string adminName
                required property string kind
                required property double population

                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                focusPolicy: Qt.NoFocus
                onClicked: field.choose(index)

                contentItem: Column {
                    spacing: 1
                    // Names come from GeoNames: plain text, laid out in their
                    // own direction (Arabic and Persian right to left).
                    Text {
                        width: parent.width
                        text: row.name
                        textFormat: Text.PlainText
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Text {
                        width: parent.width
                        // The admin unit's name in directional isolates, so
                        // a right-to-left name keeps its place in the line.
                        text: (row.kind === "admin_unit" ? qsTr("admin unit") + " · " : "")
                              + (row.adminName !== "" && row.kind !== "admin_unit" ? "\u2068" + row.adminName + "\u2069, " : "")
                              + row.country
                              + (row.population > 0 ? " · " + qsTr("pop. %1").arg(Number(row.population).toLocaleString(Qt.locale(), "f", 0)) : "")
                        textFormat: Text.PlainText
                        color: "#55606b"
                        font.pixelSize: 12
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }
}
