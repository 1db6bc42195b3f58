// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ConflictMap

// Adding or editing an incident: every field, the error of each next to
// it, and the claim with its source. The position comes from a click on the
// map (or typed); the checks are the core's.
Pane {
    id: form
    required property IncidentEditor editor
    signal cancelled()
    padding: 10
    background: Rectangle { color: "#fbffffff"; border.color: "#9aa3ad"; radius: 4 }

    component FieldError: Label {
        property string field
        visible: text !== ""
        text: form.editor.fieldErrors[field] ?? ""
        textFormat: Text.PlainText
        color: "#b03020"
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        font.pixelSize: 11
    }
    component FormField: TextField {
        property string field
        objectName: field + "Field"
        Layout.fillWidth: true
        text: form.editor[field]
        onTextEdited: form.editor[field] = text
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: parent.width
            spacing: 3

            Label {
                text: form.editor.incidentId > 0 ? qsTr("Edit incident") : qsTr("New incident")
                font.bold: true
                font.pixelSize: 15
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                opacity: 0.75
                objectName: "positionSummary"
                text: form.editor.hasShape
                      ? qsTr("%1, drawn on the map (a click on the map makes it a point again)").arg(form.editor.shapeText)
                      : form.editor.latitude === ""
                      ? qsTr("Click the map to place it, or choose region precision and give the region.")
                      : qsTr("At %1, %2 — %3").arg(Number(form.editor.latitude).toFixed(5)).arg(Number(form.editor.longitude).toFixed(5)).arg(form.editor.regionFound)
                textFormat: Text.PlainText
            }
            Label { text: qsTr("Type") }
            ComboBox {
                objectName: "typeField"
                Layout.fillWidth: true
                model: form.editor.types
                textRole: "label"
                valueRole: "name"
                currentIndex: count > 0 ? Math.max(0, indexOfValue(form.editor.type)) : -1
                onActivated: index => form.editor.type = valueAt(index)
            }
            FieldError { field: "type" }
            Label { text: qsTr("Title") }
            FormField { field: "title" }
            FieldError { field: "title" }
            Label { text: qsTr("Date (YYYY, YYYY-MM or YYYY-MM-DD)") }
            RowLayout {
                Layout.fillWidth: true
                FormField { field: "date"; placeholderText: "2022-10-03" }
                Label { text: qsTr("to") }
                FormField { field: "until"; placeholderText: qsTr("(a period's end)") }
            }
            FieldError { field: "date" }
            FieldError { field: "until" }
            RowLayout {
                Layout.fillWidth: true
                ColumnLayout {
                    Label { text: qsTr("Status") }
                    ComboBox {
                        objectName: "statusField"
                        model: IncidentStyle.statuses
                        currentIndex: count > 0 ? Math.max(0, find(form.editor.status)) : -1
                        onActivated: form.editor.status = currentText
                    }
                }
                ColumnLayout {
                    Label { text: qsTr("Precision") }
                    ComboBox {
                        objectName: "precisionField"
                        model: ["exact", "near", "region", "country"]
                        currentIndex: count > 0 ? Math.max(0, find(form.editor.precision)) : -1
                        onActivated: form.editor.precision = currentText
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: (form.editor.precision === "exact" || form.editor.precision === "near") && !form.editor.hasShape
                FormField { field: "latitude"; placeholderText: qsTr("latitude") }
                FormField { field: "longitude"; placeholderText: qsTr("longitude") }
            }
            FieldError { field: "latitude" }
            FieldError { field: "longitude" }
            Label {
                objectName: "positionWarning"
                visible: text !== ""
                Layout.fillWidth: true
                text: form.editor.positionWarning
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: "#a05a00"
                font.pixelSize: 11
            }
            FormField {
                field: "region"
                visible: form.editor.precision === "region" || form.editor.precision === "country"
                placeholderText: qsTr("region code (AZ-FUZ) or country (AM)")
            }
            FieldError { field: "region" }
            Label { text: qsTr("Actors") }
            Repeater {
                model: form.editor.actors
                delegate: ColumnLayout {
                    id: actorRow
                    required property int index
                    required property string name
                    required property string side
                    required property string type
                    Layout.fillWidth: true
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        TextField {
                            objectName: "actorName" + actorRow.index
                            Layout.fillWidth: true
                            placeholderText: qsTr("name")
                            text: actorRow.name
                            onTextEdited: form.editor.actors.setName(actorRow.index, text)
                        }
                        ToolButton {
                            objectName: "removeActor" + actorRow.index
                            text: "✕"
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Remove this actor")
                            onClicked: form.editor.actors.remove(actorRow.index)
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        ComboBox {
                            objectName: "actorSide" + actorRow.index
                            model: form.editor.actors.sideChoices
                            textRole: "text"
                            valueRole: "value"
                            currentIndex: count > 0 ? Math.max(0, indexOfValue(actorRow.side)) : -1
                            onActivated: index => form.editor.actors.setSide(actorRow.index, valueAt(index))
                        }
                        ComboBox {
                            objectName: "actorType" + actorRow.index
                            Layout.fillWidth: true
                            model: form.editor.actors.typeChoices
                            textRole: "text"
                            valueRole: "value"
                            currentIndex: count > 0 ? Math.max(0, indexOfValue(actorRow.type)) : -1
                            onActivated: index => form.editor.actors.setType(actorRow.index, valueAt(index))
                        }
                    }
                }
            }
            Button {
                objectName: "addActorButton"
                text: qsTr("Add actor")
                onClicked: form.editor.actors.append()
            }
            FieldError { field: "actors" }
            Label { text: qsTr("Description") }
            FormField { field: "description" }
            RowLayout {
                Layout.fillWidth: true
                FormField { field: "equipment"; placeholderText: qsTr("equipment") }
                FormField { field: "quantity"; placeholderText: qsTr("quantity"); Layout.preferredWidth: 70 }
                FormField { field: "fatalities"; placeholderText: qsTr("fatalities"); Layout.preferredWidth: 70 }
            }
            RowLayout {
                Layout.fillWidth: true
                Label { text: qsTr("Fatality estimates from") }
                FormField { field: "fatalitiesLow"; placeholderText: qsTr("low"); Layout.preferredWidth: 60 }
                Label { text: qsTr("to") }
                FormField { field: "fatalitiesHigh"; placeholderText: qsTr("high"); Layout.preferredWidth: 60 }
            }
            FieldError { field: "quantity" }
            FieldError { field: "fatalities" }
            FieldError { field: "fatalitiesLow" }
            FieldError { field: "fatalitiesHigh" }

            Label {
                text: form.editor.incidentId <= 0 ? qsTr("Claim and its source") : qsTr("Claims")
                font.bold: true
                Layout.topMargin: 6
            }
            // An incident being edited: its claims, each changed or removed
            // at once (Undo takes it back).
            Repeater {
                model: form.editor.incidentId > 0 ? form.editor.claims : []
                delegate: RowLayout {
                    id: claimRow
                    required property var modelData
                    required property int index
                    objectName: "claimRow"
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        text: claimRow.modelData.claimant + " " + claimRow.modelData.stance + " — " + claimRow.modelData.source
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        font.bold: form.editor.claimIndex === claimRow.index
                    }
                    ToolButton {
                        objectName: "editClaim"
                        text: qsTr("Edit")
                        onClicked: form.editor.editClaim(claimRow.index)
                    }
                    ToolButton {
                        objectName: "removeClaim"
                        text: qsTr("Remove")
                        onClicked: form.editor.removeClaim(claimRow.index)
                    }
                }
            }
            Label {
                visible: form.editor.incidentId > 0
                text: form.editor.claimIndex >= 0 ? qsTr("Change the claim") : qsTr("Add a claim")
                opacity: 0.75
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 3
                ComboBox {
                    objectName: "sourceChoice"
                    Layout.fillWidth: true
                    textRole: "title"
                    valueRole: "id"
                    model: form.editor.sources
                    currentIndex: count > 0 ? Math.max(0, indexOfValue(form.editor.sourceId)) : -1
                    onActivated: index => form.editor.sourceId = valueAt(index)
                }
                ColumnLayout {
                    visible: form.editor.sourceId <= 0
                    Layout.fillWidth: true
                    spacing: 3
                    FormField { field: "sourceTitle"; placeholderText: qsTr("source title, in its language") }
                    FieldError { field: "sourceTitle" }
                    FormField { field: "sourceUrl"; placeholderText: qsTr("url (none for print or broadcast)") }
                    FieldError { field: "sourceUrl" }
                    RowLayout {
                        Layout.fillWidth: true
                        FormField { field: "sourcePublisher"; placeholderText: qsTr("publisher") }
                        FormField { field: "sourceLanguage"; placeholderText: qsTr("lang (ar)"); Layout.preferredWidth: 70 }
                        FormField { field: "sourcePublished"; placeholderText: qsTr("published"); Layout.preferredWidth: 90 }
                    }
                    FieldError { field: "sourceLanguage" }
                    FieldError { field: "sourcePublished" }
                }
                RowLayout {
                    Layout.fillWidth: true
                    FormField { field: "claimant"; placeholderText: qsTr("claimed by (if not the source)") }
                    ComboBox {
                        objectName: "stanceField"
                        model: ["reports", "claims", "denies"]
                        currentIndex: count > 0 ? Math.max(0, find(form.editor.stance)) : -1
                        onActivated: form.editor.stance = currentText
                    }
                }
                FormField { field: "quote"; placeholderText: qsTr("quote, in its original language") }
                FormField { field: "translation"; placeholderText: qsTr("translation (optional)") }
                FieldError { field: "source" }
                RowLayout {
                    visible: form.editor.incidentId > 0
                    Button {
                        objectName: "saveClaimButton"
                        text: form.editor.claimIndex >= 0 ? qsTr("Save claim") : qsTr("Add claim")
                        onClicked: form.editor.saveClaim()
                    }
                    Button {
                        visible: form.editor.claimIndex >= 0
                        text: qsTr("New claim")
                        onClicked: form.editor.newClaim()
                    }
                }
            }
            Label {
                objectName: "formError"
                Layout.fillWidth: true
                visible: text !== "" && Object.keys(form.editor.fieldErrors).length > 0
                text: form.editor.errorString
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: "#b03020"
            }
            // Someone else saved this incident since the form was filled:
            // nothing was written; the user takes theirs or saves over it.
            Rectangle {
                objectName: "conflict"
                Layout.fillWidth: true
                visible: form.editor.conflict !== ""
                implicitHeight: conflictColumn.implicitHeight + 16
                color: "#fff4e0"
                border.color: "#d08a20"
                radius: 4
                ColumnLayout {
                    id: conflictColumn
                    anchors.fill: parent
                    anchors.margins: 8
                    Label {
                        Layout.fillWidth: true
                        text: form.editor.conflict
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                    }
                    RowLayout {
                        Button {
                            objectName: "reloadButton"
                            text: qsTr("Reload theirs")
                            onClicked: form.editor.reload()
                        }
                        Button {
                            objectName: "saveOverButton"
                            text: qsTr("Save mine over theirs")
                            onClicked: form.editor.saveOver()
                        }
                    }
                }
            }
            Label { text: qsTr("Reason for this change"); font.bold: true; Layout.topMargin: 6 }
            FormField { field: "reason"; placeholderText: qsTr("optional; kept in the history with the change") }
            RowLayout {
                Layout.topMargin: 6
                Button {
                    objectName: "saveButton"
                    text: qsTr("Save")
                    highlighted: true
                    onClicked: form.editor.save()
                }
                Button {
                    text: qsTr("Cancel")
                    onClicked: form.cancelled()
                }
            }
        }
    }
}
