// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "io/ControlImport.h"

#include "geo/GeometryEngine.h"
#include "geo/GeometryRepair.h"
#include "io/VectorDataset.h"
#include "store/IncidentStore.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <map>

namespace conflictmap::ControlImport {

namespace {
QString counted(qint64 n, const char *noun)
{
    return QStringLiteral("%1 %2%3").arg(n).arg(QLatin1String(noun), n == 1 ? "" : "s");
}
} // namespace

std::optional<QDate> parseDay(const QString &text, QString *why)
{
    static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = form.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid()) {
        *why = QStringLiteral("'%1' is not a day in the form YYYY-MM-DD").arg(text.left(40));
        return std::nullopt;
    }
    return date;
}

QString Summary::text() const
{
    return QStringLiteral("%1, %2 of %3 (%4): %5 added, %6 updated, %7 unchanged%8")
        .arg(counted(features, "feature"), counted(versions, "version"), party,
            claimedBy.isEmpty() ? QStringLiteral("assessed") : QStringLiteral("claimed by ") + claimedBy)
        .arg(added)
        .arg(updated)
        .arg(unchanged)
        .arg(repaired ? QStringLiteral(", %1 repaired").arg(repaired) : QString());
}

Result<Summary> run(IncidentStore &store, const QString &path, const Options &options)
{
    using R = Result<Summary>;
    auto file = VectorDataset::open(path);
    if (!file)
        return R::failure(file.problem());
    Summary summary;
    summary.party = options.party.trimmed();
    summary.claimedBy = options.claimedBy.trimmed();
    const QString dataset = options.dataset.isEmpty() ? QFileInfo(path).fileName() : options.dataset;
    std::map<QDate, std::vector<Geometry>> days;
    GeometryEngine engine;
    auto read = file.value()->read([&](const VectorFeature &f) -> Result<void> {
        ++summary.features;
        auto failed = [&](const QString &what) {
            return Result<void>::failure(QStringLiteral("%1: feature %2: %3").arg(path).arg(f.number).arg(what));
        };
        if (!f.geometry)
            return failed(f.geometryError.isEmpty() ? QStringLiteral("it has no geometry") : f.geometryError);
        if (!f.geometry->isAreal())
            return failed(QStringLiteral("an area must be a Polygon or MultiPolygon, not a %1").arg(f.geometry->typeName()));
        Geometry area = *f.geometry;
        if (auto problem = engine.problem(area)) {
            if (!options.repair || !problem->location)
                return failed(problem->reason + (problem->location ? QStringLiteral(" (--repair makes it valid)") : QString()));
            auto valid = GeometryRepair::of(area);
            if (!valid)
                return failed(valid.error());
            area = std::move(valid->geometry);
            ++summary.repaired;
        }
        QDate date;
        if (options.date) {
            date = *options.date;
        } else {
            const JsonValue *value = f.properties.member(options.dateField.toStdString());
            if (!value)
                return failed(QStringLiteral("there is no field '%1'").arg(options.dateField));
            const QString text = QString::fromStdString(value->text);
            QString why;
            // An ISO time gives its day.
            const auto day = parseDay(text.left(10), &why);
            if (!day || (text.size() > 10 && text.at(10) != QLatin1Char('T') && text.at(10) != QLatin1Char(' ')))
                return failed(
                    QStringLiteral("%1: '%2' is not a day in the form YYYY-MM-DD").arg(options.dateField, text.left(40)));
            date = *day;
        }
        days[date].push_back(std::move(area));
        return {};
    });
    if (!read)
        return R::failure(read.problem());
    if (summary.features == 0)
        return R::failure(QStringLiteral("%1: no features").arg(path));
    summary.versions = qint64(days.size());
    auto written = store.writeAll([&]() -> Result<void> {
        for (auto &[date, areas] : days) {
            auto failed = [&](const QString &what) {
                return Result<void>::failure(QStringLiteral("%1: %2: %3").arg(path, date.toString(Qt::ISODate), what));
            };
            ControlRecord record;
            record.party = summary.party;
            record.claimedBy = summary.claimedBy;
            record.date = date;
            record.importDataset = dataset;
            record.importId = QStringList{summary.party, summary.claimedBy, date.toString(Qt::ISODate)}.join(QChar(0x1f));
            if (areas.size() == 1) {
                record.area = std::move(areas.front());
            } else {
                auto merged = engine.unionOf(areas);
                if (!merged)
                    return failed(merged.error());
                record.area = std::move(merged.value());
            }
            auto outcome = store.control().import(record);
            if (!outcome)
                return failed(outcome.error());
            (*outcome == ControlStore::ImportOutcome::Added            ? summary.added
                    : *outcome == ControlStore::ImportOutcome::Updated ? summary.updated
                                                                       : summary.unchanged)++;
        }
        return {};
    });
    if (!written)
        return R::failure(written.problem());
    return summary;
}

} // namespace conflictmap::ControlImport
