// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "geo/Wkb.h"
#include "model/Incident.h"
#include "store/ClaimRow.h"

namespace conflictmap {

// How an incident's own fields are read, for every backend: 'Row' has
// text, real, integer, optionalInteger, isNull and blob of its current row,
// in the order of the columns listed here (the geometry as WKB).
namespace IncidentColumns {
// From "incidents i"; a backend writes the geometry column its way (%1).
inline const char *const kColumns = "i.id, i.type, i.title, i.description, i.date, i.lon, i.lat, i.precision, i.region,"
                                    " i.status, i.fatalities, i.equipment, i.quantity, i.created, i.updated, i.extra,"
                                    " i.import_dataset, i.import_id, %1, i.created_by, i.updated_by, i.version,"
                                    " i.date_until, i.fatalities_low, i.fatalities_high";

// The last day an incident covers: its range's end, or its date's last day.
inline QDate lastDay(const Incident &incident)
{
    return incident.dateUntil ? incident.dateUntil->last() : incident.date->last();
}

template <typename Row>
Incident readIncident(const Row &s)
{
    Incident incident;
    incident.id = s.integer(0);
    incident.type = s.text(1);
    incident.title = s.text(2);
    incident.description = s.text(3);
    incident.date = ClaimRow::readDate(s.text(4));
    incident.lon = s.real(5);
    incident.lat = s.real(6);
    incident.precision = parseVocabulary<LocationPrecision>(s.text(7)).value_or(LocationPrecision::Near);
    incident.region = s.text(8);
    incident.status = parseVocabulary<IncidentStatus>(s.text(9)).value_or(IncidentStatus::Reported);
    incident.fatalities = s.optionalInteger(10);
    incident.equipment = s.text(11);
    incident.quantity = s.optionalInteger(12);
    incident.created = s.text(13);
    incident.updated = s.text(14);
    incident.extra = s.text(15);
    incident.importDataset = s.text(16);
    incident.importId = s.text(17);
    if (!s.isNull(18))
        if (Result<Geometry> shape = Wkb::read(s.blob(18)))
            incident.shape = std::move(shape.value());
    incident.createdBy = s.text(19);
    incident.updatedBy = s.text(20);
    incident.version = s.integer(21);
    incident.dateUntil = ClaimRow::readDate(s.text(22));
    incident.fatalitiesLow = s.optionalInteger(23);
    incident.fatalitiesHigh = s.optionalInteger(24);
    return incident;
}
} // namespace IncidentColumns

} // namespace conflictmap
