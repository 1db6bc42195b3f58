// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/RecordValidation.h"

#include "geo/BoundaryLayer.h"
#include "geo/GeometryEngine.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace conflictmap {

namespace {
using Check = Result<void>;

Check fail(const QString &field, const QString &why)
{
    return Check::failure(Error::invalid(field, why));
}

Check checkCoordinate(const char *field, double value, double limit)
{
    if (!std::isfinite(value))
        return fail(QLatin1String(field), QStringLiteral("%1 is not a finite number").arg(RecordValidation::formatNumber(value)));
    if (std::abs(value) > limit)
        return fail(QLatin1String(field),
            QStringLiteral("%1 is outside [%2, %3]").arg(RecordValidation::formatNumber(value)).arg(-limit).arg(limit));
    return {};
}

// The latest calendar day anywhere on Earth (UTC+14): an event east of the
// analyst may already carry tomorrow's date there.
QDate latestToday()
{
    return QDateTime::currentDateTimeUtc().addSecs(14 * 3600).date();
}

// A partial date is in the future only when all of its span is: the
// current month and year are fine.
Check checkNotFuture(const char *field, const std::optional<PartialDate> &date)
{
    if (date && date->first() > latestToday())
        return fail(QLatin1String(field), QStringLiteral("%1 is in the future").arg(date->toString()));
    return {};
}

// The representative point of a country: the middle of its units' extent
// when that is inside the country (so it differs from any one unit's point),
// else the point of its largest unit.
std::optional<QPointF> countryPoint(const BoundaryLayer &layer, const QString &country, QString *code)
{
    const Region *largest = nullptr;
    double largestArea = -1;
    QRectF extent;
    for (const Region &region : layer.regions()) {
        if (region.country.compare(country, Qt::CaseInsensitive) != 0)
            continue;
        extent = extent.isNull() ? region.bounds : extent.united(region.bounds);
        double area = 0;
        for (const Polygon &polygon : region.geometry)
            area += areaOf(polygon);
        if (area > largestArea) {
            largestArea = area;
            largest = &region;
        }
    }
    if (!largest)
        return std::nullopt;
    *code = largest->country;
    const Region *middle = layer.regionAt(extent.center());
    if (middle && middle->country == largest->country)
        return extent.center();
    return largest->labelPoint;
}
// Whether two boxes share a point; unlike QRectF::intersects, a box of no
// width or height (a point, a meridian line) counts.
bool boxesMeet(const QRectF &a, const QRectF &b)
{
    return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom() && b.top() <= a.bottom();
}

// A line, an area or several points: checked, oriented as it is exported,
// shown at its representative point, and placed in every unit it touches.
Check placeShape(Incident &incident, const BoundaryLayer &layer)
{
    if (incident.precision == LocationPrecision::Region || incident.precision == LocationPrecision::Country)
        return fail(QStringLiteral("precision"),
            QStringLiteral("%1 precision is for a position known only by its unit; a line or area gives its own (exact or near)")
                .arg(toString(incident.precision)));
    Geometry &shape = *incident.shape;
    GeometryEngine engine;
    if (auto problem = engine.problem(shape))
        return fail(QStringLiteral("geometry"), problem->reason);
    shape.orientByRightHandRule();
    const QPointF point = shape.representativePoint();
    incident.lon = point.x();
    incident.lat = point.y();
    // Candidates by their boxes, then measured; a unit met only along its
    // edge (no length or area inside) is not touched, nor one whose share
    // is rounding noise along a shared border.
    const QRectF box = shape.bounds();
    std::vector<RegionShare> shares;
    double total = 0;
    for (const Region &region : layer.regions()) {
        if (!boxesMeet(box, region.bounds))
            continue;
        const double inside = engine.overlap(shape, region.geometry);
        if (inside > 0) {
            shares.push_back({region.code, inside});
            total += inside;
        }
    }
    for (RegionShare &share : shares)
        share.share /= total;
    shares.erase(std::remove_if(shares.begin(), shares.end(), [](const RegionShare &s) { return s.share < 1e-9; }), shares.end());
    std::stable_sort(shares.begin(), shares.end(), [](const RegionShare &a, const RegionShare &b) { return a.share > b.share; });
    if (!incident.region.isEmpty()) {
        const auto given = std::find_if(shares.begin(), shares.end(),
            [&](const RegionShare &s) { return s.region.compare(incident.region, Qt::CaseInsensitive) == 0; });
        if (given == shares.end()) {
            QStringList touched;
            for (const RegionShare &share : shares)
                touched << share.region;
            return fail(QStringLiteral("region"),
                QStringLiteral("the %1 does not touch %2%3")
                    .arg(shape.isAreal()       ? QStringLiteral("area")
                            : shape.isLineal() ? QStringLiteral("line")
                                               : QStringLiteral("points"),
                        incident.region.left(40),
                        touched.isEmpty() ? QStringLiteral(" (it is outside the boundary layer)")
                                          : QStringLiteral(" (it touches %1)").arg(touched.join(QStringLiteral(", ")))));
        }
    }
    incident.region = shares.empty() ? QString() : shares.front().region;
    incident.regionShares = std::move(shares);
    return {};
}
} // namespace

QString RecordValidation::formatNumber(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return QString::number(value, 'g', 12);
}

Check RecordValidation::checkReliability(const QString &reliability)
{
    static const QRegularExpression grade(QStringLiteral("^[A-F]$"));
    if (!reliability.isEmpty() && !grade.match(reliability).hasMatch())
        return fail(QStringLiteral("reliability"),
            QStringLiteral("'%1' is not a reliability: A (completely reliable) to F (cannot be judged)")
                .arg(reliability.left(20)));
    return {};
}

Check RecordValidation::checkCredibility(std::optional<int> credibility)
{
    if (credibility && (*credibility < 1 || *credibility > 6))
        return fail(QStringLiteral("credibility"),
            QStringLiteral("%1 is not a credibility: 1 (confirmed) to 6 (cannot be judged)").arg(*credibility));
    return {};
}

Check RecordValidation::checkSource(const Source &source)
{
    if (source.title.trimmed().isEmpty())
        return fail(QStringLiteral("title"), QStringLiteral("a source needs a title"));
    if (auto check = checkReliability(source.reliability); !check)
        return check;
    if (!source.url.isEmpty()) {
        const QUrl url(source.url, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty())
            return fail(QStringLiteral("url"), QStringLiteral("'%1' is not an absolute URL").arg(source.url.left(80)));
    }
    static const QRegularExpression bcp47(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")));
    if (!source.language.isEmpty() && !bcp47.match(source.language).hasMatch())
        return fail(QStringLiteral("language"),
            QStringLiteral("'%1' is not a BCP 47 language tag (e.g. ar, hy, az-Latn)").arg(source.language.left(40)));
    if (auto check = checkNotFuture("published", source.published); !check)
        return check;
    return checkNotFuture("retrieved", source.retrieved);
}

Check RecordValidation::checkClaim(const Claim &claim)
{
    if (claim.sourceId <= 0)
        return fail(QStringLiteral("source"), QStringLiteral("a claim needs a source"));
    return checkCredibility(claim.credibility);
}

Check RecordValidation::checkIncident(const Incident &incident)
{
    if (incident.type.isEmpty())
        return fail(QStringLiteral("type"), QStringLiteral("an incident needs a type"));
    if (incident.title.trimmed().isEmpty())
        return fail(QStringLiteral("title"), QStringLiteral("an incident needs a title"));
    if (!incident.date)
        return fail(QStringLiteral("date"), QStringLiteral("an incident needs a date (YYYY, YYYY-MM or YYYY-MM-DD)"));
    if (auto check = checkNotFuture("date", incident.date); !check)
        return check;
    if (auto check = checkNotFuture("until", incident.dateUntil); !check)
        return check;
    // A period ends after its date, and a month or year is not cut short by it.
    if (incident.dateUntil && incident.dateUntil->last() < incident.date->last())
        return fail(QStringLiteral("until"),
            QStringLiteral("%1 ends before the date %2 does").arg(incident.dateUntil->toString(), incident.date->toString()));
    for (const auto &[name, value] : {std::pair{"fatalities", &incident.fatalities},
             std::pair{"fatalities-low", &incident.fatalitiesLow}, std::pair{"fatalities-high", &incident.fatalitiesHigh}})
        if (*value && **value < 0)
            return fail(QLatin1String(name), QStringLiteral("%1 is negative").arg(**value));
    if (incident.fatalitiesLow && incident.fatalitiesHigh && *incident.fatalitiesLow > *incident.fatalitiesHigh)
        return fail(QStringLiteral("fatalities-low"),
            QStringLiteral("%1 is more than the high estimate %2").arg(*incident.fatalitiesLow).arg(*incident.fatalitiesHigh));
    if (incident.fatalities && incident.fatalitiesLow && *incident.fatalities < *incident.fatalitiesLow)
        return fail(QStringLiteral("fatalities"),
            QStringLiteral("%1 is less than the low estimate %2").arg(*incident.fatalities).arg(*incident.fatalitiesLow));
    if (incident.fatalities && incident.fatalitiesHigh && *incident.fatalities > *incident.fatalitiesHigh)
        return fail(QStringLiteral("fatalities"),
            QStringLiteral("%1 is more than the high estimate %2").arg(*incident.fatalities).arg(*incident.fatalitiesHigh));
    if (incident.quantity && *incident.quantity < 0)
        return fail(QStringLiteral("quantity"), QStringLiteral("%1 is negative").arg(*incident.quantity));
    for (const Actor &actor : incident.actors) {
        if (actor.name.trimmed().isEmpty())
            return fail(QStringLiteral("actor"), QStringLiteral("an actor's name is empty"));
        if (!actor.side.isEmpty() && !Actor::sideNames().contains(actor.side))
            return fail(QStringLiteral("actor"),
                QStringLiteral("side '%1' of %2 is not one of: a, b")
                    .arg(actor.side.left(20).simplified(), actor.name.left(60).simplified()));
        if (!actor.type.isEmpty() && !Actor::typeNames().contains(actor.type))
            return fail(QStringLiteral("actor"),
                QStringLiteral("type '%1' of %2 is not one of: %3")
                    .arg(actor.type.left(40).simplified(), actor.name.left(60).simplified(),
                        Actor::typeNames().join(QStringLiteral(", "))));
    }
    for (const Claim &claim : incident.claims)
        if (auto check = checkClaim(claim); !check)
            return check;
    for (const auto &[name, value] : {std::pair{"created", &incident.created}, std::pair{"updated", &incident.updated}})
        if (!value->isEmpty() && !QDateTime::fromString(*value, Qt::ISODate).isValid())
            return fail(QLatin1String(name), QStringLiteral("'%1' is not an ISO 8601 time").arg(value->left(40)));
    if (!incident.extra.isEmpty() && !QJsonDocument::fromJson(incident.extra.toUtf8()).isObject())
        return fail(QStringLiteral("extra"), QStringLiteral("must be a JSON object"));
    return {};
}

Check RecordValidation::checkControlRecord(const ControlRecord &record)
{
    if (record.party.trimmed().isEmpty())
        return fail(QStringLiteral("party"), QStringLiteral("a control record needs a party"));
    if (record.party != record.party.trimmed() || record.claimedBy != record.claimedBy.trimmed())
        return fail(QStringLiteral("party"), QStringLiteral("names must not begin or end with spaces"));
    if (!record.date.isValid())
        return fail(QStringLiteral("date"), QStringLiteral("a control record needs a day (YYYY-MM-DD)"));
    if (auto check = checkNotFuture("date", PartialDate::fromParts(record.date.year(), record.date.month(), record.date.day()));
        !check)
        return check;
    if (!record.area.isAreal())
        return fail(
            QStringLiteral("area"), QStringLiteral("must be a Polygon or MultiPolygon, not a %1").arg(record.area.typeName()));
    if (auto problem = GeometryEngine().problem(record.area))
        return fail(QStringLiteral("area"), problem->reason);
    for (const Claim &claim : record.claims)
        if (auto check = checkClaim(claim); !check)
            return check;
    return {};
}

Check RecordValidation::placeIncident(Incident &incident, const BoundaryLayer &layer)
{
    incident.regionShares.clear();
    // One point given as a shape is just a point.
    if (incident.shape && incident.shape->type == Geometry::Type::Point && incident.shape->points.size() == 1) {
        incident.lon = incident.shape->points.front().x();
        incident.lat = incident.shape->points.front().y();
        incident.shape.reset();
    }
    if (incident.shape)
        return placeShape(incident, layer);
    switch (incident.precision) {
    case LocationPrecision::Exact:
    case LocationPrecision::Near: {
        if (auto check = checkCoordinate("lat", incident.lat, 90); !check)
            return check;
        if (auto check = checkCoordinate("lon", incident.lon, 180); !check)
            return check;
        const Region *found = layer.regionAt(QPointF(incident.lon, incident.lat));
        if (!incident.region.isEmpty()) {
            const Region *given = layer.regionByCode(incident.region);
            if (!given)
                return fail(
                    QStringLiteral("region"), QStringLiteral("'%1' is not a region of the boundary layer").arg(incident.region));
            if (found != given)
                return fail(QStringLiteral("region"),
                    QStringLiteral("%1 does not contain %2, %3 (lat, lon)%4")
                        .arg(given->code, formatNumber(incident.lat), formatNumber(incident.lon),
                            found ? QStringLiteral(", %1 does").arg(found->code) : QString()));
        }
        incident.region = found ? found->code : QString();
        return {};
    }
    case LocationPrecision::Region: {
        if (incident.region.isEmpty())
            return fail(QStringLiteral("region"), QStringLiteral("region precision needs a region code"));
        const Region *region = layer.regionByCode(incident.region);
        if (!region)
            return fail(
                QStringLiteral("region"), QStringLiteral("'%1' is not a region of the boundary layer").arg(incident.region));
        incident.region = region->code;
        incident.lon = region->labelPoint.x();
        incident.lat = region->labelPoint.y();
        return {};
    }
    case LocationPrecision::Country: {
        QString code;
        const auto point = incident.region.size() == 2 ? countryPoint(layer, incident.region, &code) : std::nullopt;
        if (!point)
            return fail(QStringLiteral("region"),
                QStringLiteral("country precision needs a country code of the boundary layer (e.g. AM), not '%1'")
                    .arg(incident.region));
        incident.region = code;
        incident.lon = point->x();
        incident.lat = point->y();
        return {};
    }
    }
    return {};
}

} // namespace conflictmap
