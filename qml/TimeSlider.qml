// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ConflictMap

// The time window shown: a range over the span of the data with a histogram
// of incidents per day or week behind it, and playback that moves the
// window forward through time.
Pane {
    id: bar
    required property IncidentTimeline timeline
    required property IncidentQuery query
    padding: 6
    visible: timeline.days > 1

    function apply() {
        query.since = range.first.value > 0 ? timeline.dateAt(Math.round(range.first.value)) : ""
        query.until = range.second.value < timeline.days - 1 ? timeline.dateAt(Math.round(range.second.value)) : ""
    }

    Timer {
        id: playback
        interval: 700
        repeat: true
        onTriggered: {
            const width = range.second.value - range.first.value
            if (range.second.value >= bar.timeline.days - 1) {
                stop()
                return
            }
            const step = bar.timeline.binDays
            range.setValues(range.first.value + step, Math.min(bar.timeline.days - 1, range.first.value + step + width))
            bar.apply()
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 8
        Button {
            objectName: "playButton"
            text: playback.running ? qsTr("Pause") : qsTr("Play")
            onClicked: playback.running ? playback.stop() : playback.start()
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Item {
                // Incidents per bin, drawn behind the range.
                Layout.fillWidth: true
                Layout.preferredHeight: 28
                Row {
                    anchors.fill: parent
                    anchors.leftMargin: range.leftPadding + 8
                    anchors.rightMargin: range.rightPadding + 8
                    Repeater {
                        model: bar.timeline.bins
                        delegate: Item {
                            required property int modelData
                            width: parent.width / Math.max(1, bar.timeline.bins.length)
                            height: parent.height
                            Rectangle {
                                anchors.bottom: parent.bottom
                                width: Math.max(1, parent.width - 1)
                                height: bar.timeline.maximum > 0 ? parent.height * parent.modelData / bar.timeline.maximum : 0
                                color: "#7f98b0"
                            }
                        }
                    }
                }
            }
            RangeSlider {
                id: range
                objectName: "timeRange"
                Layout.fillWidth: true
                from: 0
                to: Math.max(1, bar.timeline.days - 1)
                stepSize: 1
                first.value: 0
                second.value: to
                first.onMoved: bar.apply()
                second.onMoved: bar.apply()
            }
        }
        Label {
            objectName: "timeWindow"
            text: "%1 – %2".arg(bar.timeline.dateAt(Math.round(range.first.value))).arg(bar.timeline.dateAt(Math.round(range.second.value)))
            font.family: "monospace"
        }
        Button {
            text: qsTr("All")
            onClicked: {
                playback.stop()
                range.setValues(0, range.to)
                bar.apply()
            }
        }
    }
}
