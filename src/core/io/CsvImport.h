// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "io/ImportSession.h"
#include "model/Incident.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace conflictmap {

class BoundaryLayer;
class IncidentStore;

// One record of an event dataset's CSV file, its fields by column name
// (names matched in lower case: EVENT_DATE is event_date).
class CsvRecord {
public:
    CsvRecord(const QHash<QString, int> &columns, const QStringList &fields) : m_columns(columns), m_fields(fields) { }
    // The field, trimmed; empty when the file has no such column.
    QString operator[](const char *name) const;
    // "column 7 (latitude): why": a problem with a field.
    QString problem(const char *column, const QString &why) const;
    // Every non-empty field whose column is not in 'mapped', under its
    // lower-case column name: what the dataset says that has no field here.
    QJsonObject unmapped(const std::vector<const char *> &mapped) const;

private:
    const QHash<QString, int> &m_columns; // by name in lower case
    const QStringList &m_fields;
};

// Importing an event dataset's CSV file, all or nothing: the header must
// name the required columns; each record becomes an incident of 'dataset'
// (its id the import id, so a later file updates); a problem names the
// file, line and column, and nothing is written.
namespace CsvImport {
struct Format {
    QString dataset; // the import dataset, e.g. "acled"
    QString name; // for messages: "an ACLED export"
    std::vector<const char *> required;
    std::function<Result<Incident>(const CsvRecord &record, const BoundaryLayer *layer)> read;
};
Result<ImportSummary> fromFile(IncidentStore &store, const QString &path, const Format &format);
// Reads every record of the file as an incident, storing nothing (to
// compare a dataset with the database): the same checks and problems.
Result<std::vector<Incident>> readFile(const QString &path, const Format &format, const BoundaryLayer *layer);

// The point of a record with latitude and longitude columns, or which is
// not a number.
Result<void> readPoint(const CsvRecord &record, Incident &incident);
// A point's precision as a dataset codes it, placed honestly: a region or
// country precision takes the unit (or country) holding the point, and is
// near when the boundary layer has none there.
void place(Incident &incident, LocationPrecision precision, const BoundaryLayer *layer);
// The names in a field that lists several ("A; B"), trimmed, empty ones left out.
QStringList namesIn(const QString &text);
// A count column: empty is none; else a whole number >= 0 or the problem.
Result<std::optional<qint64>> count(const CsvRecord &record, const char *column);
// Sources known only by name (the name also their publisher's).
std::vector<Source> sourcesNamed(const QStringList &names);
// Each a source reporting the incident (one stored under the same title
// and publisher is reused by the import).
void addReportingSources(Incident &incident, const std::vector<Source> &sources);
} // namespace CsvImport

} // namespace conflictmap
