// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FilterOptions.h"

#include "CliContext.h"

#include "geo/BoundaryLayer.h"
#include "model/PartialDate.h"
#include "model/Vocabulary.h"
#include "store/IncidentStore.h"

#include <QRegularExpression>

#include <cmath>

namespace conflictmap::cli {

namespace {
Result<QDate> day(const QString &option, const QString &text, bool last)
{
    QString why;
    auto date = PartialDate::parse(text, &why);
    if (!date)
        return Result<QDate>::failure(QStringLiteral("--%1: %2").arg(option, why));
    return last ? date->last() : date->first();
}

Result<QRectF> bbox(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    double v[4];
    bool ok = parts.size() == 4;
    for (int i = 0; ok && i < 4; ++i) {
        v[i] = parts[i].trimmed().toDouble(&ok);
        ok = ok && std::isfinite(v[i]);
    }
    if (!ok)
        return Result<QRectF>::failure(QStringLiteral("--bbox: '%1' is not W,S,E,N in degrees").arg(text.left(60)));
    if (std::abs(v[0]) > 180 || std::abs(v[2]) > 180 || std::abs(v[1]) > 90 || std::abs(v[3]) > 90)
        return Result<QRectF>::failure(QStringLiteral("--bbox: '%1' is outside [-180, 180] × [-90, 90]").arg(text.left(60)));
    if (v[1] > v[3])
        return Result<QRectF>::failure(QStringLiteral("--bbox: south %1 is north of north %2").arg(v[1]).arg(v[3]));
    // A rect from (west, south) to (east, north); west > east crosses the antimeridian.
    return QRectF(v[0], v[1], v[2] - v[0], v[3] - v[1]);
}
} // namespace

void FilterOptions::addTo(CliContext &context, QCommandLineParser &parser)
{
    context.addOptions(parser,
        {
            {QStringLiteral("region"), QStringLiteral("Admin unit (AZ-FUZ), or a country (AM) for all its units."),
                QStringLiteral("code")},
            {QStringLiteral("type"), QStringLiteral("Incident type."), QStringLiteral("type")},
            {QStringLiteral("status"), QStringLiteral("Status."), QStringLiteral("status")},
            {QStringLiteral("since"), QStringLiteral("Incidents whose date reaches this date or later."), QStringLiteral("date")},
            {QStringLiteral("until"), QStringLiteral("Incidents whose date starts on this date or earlier."),
                QStringLiteral("date")},
            {QStringLiteral("bbox"), QStringLiteral("Within W,S,E,N (degrees)."), QStringLiteral("w,s,e,n")},
            {QStringLiteral("text"), QStringLiteral("Full-text search over titles, descriptions, claims and quotes."),
                QStringLiteral("query")},
            {QStringLiteral("reliability"),
                QStringLiteral("Incidents with a claim from a source graded this reliable or better (A best, F worst)."),
                QStringLiteral("A-F")},
            {QStringLiteral("credibility"),
                QStringLiteral("Incidents with a claim graded this credible or better (1 best, 6 worst)."),
                QStringLiteral("1-6")},
        });
}

Result<IncidentFilter> FilterOptions::read(CliContext &context, const QCommandLineParser &parser)
{
    using R = Result<IncidentFilter>;
    IncidentFilter filter;
    filter.region = parser.value(QStringLiteral("region"));
    filter.type = parser.value(QStringLiteral("type"));
    filter.status = parser.value(QStringLiteral("status"));
    filter.text = parser.value(QStringLiteral("text"));
    filter.reliability = parser.value(QStringLiteral("reliability")).toUpper();
    static const QRegularExpression grade(QStringLiteral("^[A-F]$"));
    if (parser.isSet(QStringLiteral("reliability")) && !grade.match(filter.reliability).hasMatch())
        return R::failure(QStringLiteral("--reliability: '%1' is not A (completely reliable) to F (cannot be judged)")
                              .arg(parser.value(QStringLiteral("reliability")).left(20)));
    if (parser.isSet(QStringLiteral("credibility"))) {
        bool ok = false;
        filter.credibility = parser.value(QStringLiteral("credibility")).toInt(&ok);
        if (!ok || filter.credibility < 1 || filter.credibility > 6)
            return R::failure(QStringLiteral("--credibility: '%1' is not 1 (confirmed) to 6 (cannot be judged)")
                                  .arg(parser.value(QStringLiteral("credibility")).left(20)));
    }
    if (!filter.status.isEmpty() && !parseVocabulary<IncidentStatus>(filter.status))
        return R::failure(QStringLiteral("--status: '%1' is not one of %2")
                              .arg(filter.status.left(40), vocabularyNames<IncidentStatus>().join(QStringLiteral(", "))));
    if (parser.isSet(QStringLiteral("since"))) {
        auto since = day(QStringLiteral("since"), parser.value(QStringLiteral("since")), false);
        if (!since)
            return R::failure(since.problem());
        filter.since = since.value();
    }
    if (parser.isSet(QStringLiteral("until"))) {
        auto until = day(QStringLiteral("until"), parser.value(QStringLiteral("until")), true);
        if (!until)
            return R::failure(until.problem());
        filter.until = until.value();
    }
    if (parser.isSet(QStringLiteral("bbox"))) {
        auto box = bbox(parser.value(QStringLiteral("bbox")));
        if (!box)
            return R::failure(box.problem());
        filter.bbox = box.value();
    }
    IncidentStore *store = context.store();
    if (!store)
        return R::failure(context.openError());
    if (!filter.type.isEmpty() && !store->incidentType(filter.type))
        return R::failure(
            QStringLiteral("--type: '%1' is not an incident type (see conflictmap-cli types)").arg(filter.type.left(60)));
    if (!filter.region.isEmpty()) {
        const QString known = store->layer()->unitOrCountryCode(filter.region);
        if (!known.isEmpty()) {
            filter.region = known;
        } else {
            // Incidents placed with another layer keep their codes: such a
            // code is no typo.
            IncidentFilter stored;
            stored.region = filter.region;
            const auto found = store->scan(stored, [](const IncidentRow &) { return false; });
            if (!found)
                return R::failure(found.problem());
            if (found.value() == 0)
                return R::failure(QStringLiteral("--region: unknown region or country code '%1'").arg(filter.region.left(40)));
        }
    }
    return filter;
}

} // namespace conflictmap::cli
