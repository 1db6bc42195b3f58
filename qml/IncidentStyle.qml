// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma Singleton
import QtQuick

// The colours and symbols incidents are drawn with, on the map, in the list
// and in the legend alike.
QtObject {
    readonly property var statusColors: ({
        reported: "#2c6fbb",
        claimed: "#e08a00",
        disputed: "#8a3ab9",
        confirmed: "#c0392b",
        denied: "#7f8c8d"
    })
    readonly property var statuses: ["reported", "claimed", "disputed", "confirmed", "denied"]
    readonly property var statusChoices: [qsTr("any status"), "reported", "claimed", "disputed", "confirmed", "denied"]
    // Symbol per type family: the shape says what kind of event it is.
    readonly property var familyLabels: ({
        clash: qsTr("Clash, strike, shelling"),
        territory: qsTr("Territory taken or left"),
        movement: qsTr("Movement, deployment"),
        diplomatic: qsTr("Diplomatic contact, statement"),
        other: qsTr("Other")
    })
    readonly property var families: ["clash", "territory", "movement", "diplomatic", "other"]

    // "1 incident", "8 incidents": counts as words, singular where one.
    function incidents(count: int): string {
        return count === 1 ? qsTr("1 incident") : qsTr("%1 incidents").arg(count)
    }
    function sources(count: int): string {
        return count === 1 ? qsTr("1 source") : qsTr("%1 sources").arg(count)
    }
}
