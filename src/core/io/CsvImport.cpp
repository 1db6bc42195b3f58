// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "io/CsvImport.h"

#include "geo/BoundaryLayer.h"
#include "io/CsvReader.h"
#include "io/ReadAhead.h"
#include "store/IncidentStore.h"

#include <QFile>

#include <algorithm>

namespace conflictmap {

QString CsvRecord::operator[](const char *name) const
{
    const int i = m_columns.value(QLatin1String(name), -1);
    return i >= 0 && i < m_fields.size() ? m_fields[i].trimmed() : QString();
}

QString CsvRecord::problem(const char *column, const QString &why) const
{
    return QStringLiteral("column %1 (%2): %3")
        .arg(m_columns.value(QLatin1String(column), -1) + 1)
        .arg(QLatin1String(column), why);
}

QJsonObject CsvRecord::unmapped(const std::vector<const char *> &mapped) const
{
    QJsonObject extra;
    for (auto column = m_columns.cbegin(); column != m_columns.cend(); ++column) {
        if (column.value() >= m_fields.size()
            || std::any_of(mapped.begin(), mapped.end(), [&](const char *m) { return column.key() == QLatin1String(m); }))
            continue;
        if (const QString field = m_fields[column.value()].trimmed(); !field.isEmpty())
            extra.insert(column.key(), field);
    }
    return extra;
}

Result<void> CsvImport::readPoint(const CsvRecord &record, Incident &incident)
{
    for (const auto &[column, out] : {std::pair{"latitude", &incident.lat}, std::pair{"longitude", &incident.lon}}) {
        bool ok = false;
        *out = record[column].toDouble(&ok);
        if (!ok)
            return Result<void>::failure(
                record.problem(column, QStringLiteral("'%1' is not a number").arg(record[column].left(40))));
    }
    return {};
}

void CsvImport::place(Incident &incident, LocationPrecision precision, const BoundaryLayer *layer)
{
    incident.precision = precision;
    if (precision != LocationPrecision::Region && precision != LocationPrecision::Country)
        return;
    const Region *region = layer ? layer->regionAt(QPointF(incident.lon, incident.lat)) : nullptr;
    const QString unit = !region ? QString() : precision == LocationPrecision::Region ? region->code : region->country;
    if (unit.isEmpty()) {
        incident.precision = LocationPrecision::Near;
        return;
    }
    incident.region = unit;
}

QStringList CsvImport::namesIn(const QString &text)
{
    QStringList names;
    for (const QString &name : text.split(QLatin1Char(';')))
        if (!name.trimmed().isEmpty() && !names.contains(name.trimmed()))
            names << name.trimmed();
    return names;
}

Result<std::optional<qint64>> CsvImport::count(const CsvRecord &record, const char *column)
{
    using R = Result<std::optional<qint64>>;
    const QString text = record[column];
    if (text.isEmpty())
        return std::optional<qint64>();
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0)
        return R::failure(record.problem(column, QStringLiteral("'%1' is not a count").arg(text.left(40))));
    return std::optional<qint64>(value);
}

std::vector<Source> CsvImport::sourcesNamed(const QStringList &names)
{
    std::vector<Source> sources;
    for (const QString &name : names) {
        Source source;
        source.title = name;
        source.publisher = name;
        sources.push_back(source);
    }
    return sources;
}

void CsvImport::addReportingSources(Incident &incident, const std::vector<Source> &sources)
{
    for (const Source &source : sources) {
        Claim claim;
        claim.source = source;
        claim.stance = Stance::Reports;
        incident.claims.push_back(claim);
    }
}

namespace {
// Reads the file's records one at a time into 'visit' (index from 1),
// stopping at the first problem: "FILE: line N, column C (NAME): why".
Result<void> forEachRecord(const QString &path, const CsvImport::Format &format, const BoundaryLayer *layer,
    const std::function<Result<void>(Result<Incident> record, qint64 index)> &visit)
{
    using R = Result<void>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(QStringLiteral("%1: %2").arg(path, file.errorString()));
    CsvReader csv(file.readAll());
    auto headerRead = csv.next();
    if (!headerRead)
        return R::failure(QStringLiteral("%1: %2").arg(path, headerRead.error()));
    if (!headerRead.value())
        return R::failure(QStringLiteral("%1: empty file, not %2").arg(path, format.name));
    const QStringList header = *headerRead.value();
    QHash<QString, int> columns;
    for (int i = 0; i < header.size(); ++i)
        columns.insert(header[i].trimmed().toLower(), i);
    for (const char *required : format.required)
        if (!columns.contains(QLatin1String(required)))
            return R::failure(
                QStringLiteral("%1: line 1: no column %2 (not %3?)").arg(path, QLatin1String(required), format.name));
    // Parsed ahead on a thread of its own while the caller stores.
    struct Read {
        Result<Incident> incident;
        qint64 index;
        qint64 line;
    };
    return ReadAhead<Read>::run(
        [&](const ReadAhead<Read>::Hand &hand) -> R {
            qint64 index = 0;
            while (true) {
                auto record = csv.next();
                if (!record)
                    return R::failure(QStringLiteral("%1: %2").arg(path, record.error()));
                if (!record.value())
                    return {};
                const QStringList &fields = *record.value();
                if (fields.size() == 1 && fields.front().trimmed().isEmpty())
                    continue; // a blank line
                if (fields.size() != header.size())
                    return R::failure(QStringLiteral("%1: line %2: %3 fields where the header has %4")
                                          .arg(path)
                                          .arg(csv.line())
                                          .arg(fields.size())
                                          .arg(header.size()));
                if (!hand({format.read(CsvRecord(columns, fields), layer), ++index, csv.line()}))
                    return {};
            }
        },
        [&](Read &&read) -> R {
            if (auto visited = visit(std::move(read.incident), read.index); !visited)
                return R::failure(QStringLiteral("%1: line %2, %3").arg(path).arg(read.line).arg(visited.error()));
            return {};
        });
}
} // namespace

Result<ImportSummary> CsvImport::fromFile(IncidentStore &store, const QString &path, const Format &format)
{
    ImportOptions options;
    options.dataset = format.dataset;
    const qint64 sourcesBefore = qint64(store.sources().size());
    ImportSession session(store, options);
    QString failure;
    auto written = store.addAll([&]() -> Result<void> {
        auto read = forEachRecord(path, format, store.layer(), [&](Result<Incident> record, qint64 index) -> Result<void> {
            auto added = session.add(std::move(record), index);
            if (!added)
                return Result<void>::failure(added.problem());
            ++session.summary().features;
            return {};
        });
        if (!read)
            failure = read.error();
        return read;
    });
    if (!written)
        return Result<ImportSummary>::failure(failure.isEmpty() ? QStringLiteral("%1: %2").arg(path, written.error()) : failure);
    ImportSummary summary = session.summary();
    summary.sources = qint64(store.sources().size()) - sourcesBefore;
    return summary;
}

Result<std::vector<Incident>> CsvImport::readFile(const QString &path, const Format &format, const BoundaryLayer *layer)
{
    std::vector<Incident> records;
    auto read = forEachRecord(path, format, layer, [&](Result<Incident> record, qint64) -> Result<void> {
        if (!record)
            return Result<void>::failure(record.problem());
        // The unit of a point, as the store finds it when the record is added.
        Incident &incident = record.value();
        if (incident.region.isEmpty() && layer)
            if (const Region *region = layer->regionAt(QPointF(incident.lon, incident.lat)))
                incident.region = region->code;
        records.push_back(std::move(incident));
        return {};
    });
    if (!read)
        return Result<std::vector<Incident>>::failure(read.problem());
    return records;
}

} // namespace conflictmap
