// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "render/BriefingData.h"

#include "BundledData.h"
#include "geo/Wkb.h"
#include "store/IncidentStore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <map>

namespace conflictmap {

namespace {

QString windowOf(const IncidentFilter &filter)
{
    if (filter.since && filter.until)
        return QStringLiteral("%1 to %2").arg(filter.since->toString(Qt::ISODate), filter.until->toString(Qt::ISODate));
    if (filter.since)
        return QStringLiteral("since %1").arg(filter.since->toString(Qt::ISODate));
    if (filter.until)
        return QStringLiteral("until %1").arg(filter.until->toString(Qt::ISODate));
    return QStringLiteral("all dates");
}

// The last change the history recorded, in minutes, UTC.
QString lastChange(const IncidentStore &store)
{
    HistoryQuery newest;
    newest.limit = 1;
    const auto last = store.history(newest);
    if (!last || last->empty())
        return {};
    const QDateTime at = QDateTime::fromString(last->front().at, Qt::ISODate);
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : last->front().at;
}

// A bundled layer's credit line, else the layer by its file name.
QString creditOf(const QString &layerPath, const QString &what)
{
    const QString name = QFileInfo(layerPath).fileName();
    const QString credit = BundledData::credit(name);
    return credit.isEmpty() ? QStringLiteral("%1: %2").arg(what, name) : credit;
}

// A source as the page cites it. Title and publisher each isolated: one in
// Arabic does not carry the other, or the date, to its side.
QString sourceLine(const QString &title, const QString &publisher, const QString &published)
{
    QString source = BriefingMap::isolated(title);
    if (!publisher.isEmpty() && publisher != title)
        source += QStringLiteral(" — ") + BriefingMap::isolated(publisher);
    if (!published.isEmpty())
        source += QStringLiteral(", ") + published;
    return source;
}

// The versions in force on the view's day, assessed first, each in its
// party's colour with the sources it rests on (cited only if it is drawn).
Result<std::vector<BriefingControl>> areasOfControl(const IncidentStore &store, const BriefingControlView &view)
{
    auto versions = store.control().at(view.day, view.party);
    if (!versions)
        return Result<std::vector<BriefingControl>>::failure(versions.problem());
    std::map<QString, QColor> colours;
    for (const Party &party : store.control().parties())
        colours[party.name] = QColor(party.color);
    std::vector<BriefingControl> areas;
    for (ControlRecord &version : versions.value()) {
        if (!(version.claimedBy.isEmpty() ? view.assessed : view.claimed))
            continue;
        QStringList sources;
        for (const Claim &claim : version.claims) {
            const QString source = sourceLine(claim.source.title, claim.source.publisher,
                claim.source.published ? claim.source.published->toString() : QString());
            if (!sources.contains(source))
                sources << source;
        }
        areas.push_back(
            {version.party, version.claimedBy, version.date, colours[version.party], std::move(version.area), sources});
    }
    std::stable_sort(areas.begin(), areas.end(),
        [](const BriefingControl &a, const BriefingControl &b) { return a.claimedBy.isEmpty() && !b.claimedBy.isEmpty(); });
    return areas;
}

} // namespace

Result<std::unique_ptr<BriefingData>> BriefingData::gather(const IncidentStore &store, const IncidentFilter &filter,
    const QString &window, const std::optional<BriefingControlView> &control)
{
    using R = Result<std::unique_ptr<BriefingData>>;
    auto data = std::make_unique<BriefingData>();
    BriefingContent &content = data->m_content;
    std::map<std::string, QString, std::less<>> families;
    for (const IncidentType &type : store.incidentTypes())
        families[type.name.toStdString()] = type.family;
    QSet<QString> cited;
    const auto cite = [&](const QString &title, const QString &publisher, const QString &published) {
        const QString source = sourceLine(title, publisher, published);
        if (!cited.contains(source)) {
            cited.insert(source);
            content.sources << source;
        }
    };
    const auto text = [](std::string_view bytes) { return QString::fromUtf8(bytes.data(), qsizetype(bytes.size())); };
    const auto scanned = store.scan(filter, [&](const IncidentRow &row) {
        BriefingRecord record;
        record.lon = row.lon;
        record.lat = row.lat;
        record.status = parseVocabulary<IncidentStatus>(text(row.status)).value_or(IncidentStatus::Reported);
        record.precision = parseVocabulary<LocationPrecision>(text(row.precision)).value_or(LocationPrecision::Near);
        const auto family = families.find(row.type);
        record.family = family == families.end() ? QStringLiteral("other") : family->second;
        record.region = text(row.region);
        if (!row.geometry.empty())
            if (Result<Geometry> shape = Wkb::read(QByteArray(row.geometry.data(), qsizetype(row.geometry.size()))))
                record.shape = std::move(shape.value());
        content.records.push_back(std::move(record));
        for (const IncidentRow::ClaimRow &claim : row.claims)
            cite(QString::fromStdString(claim.title), QString::fromStdString(claim.publisher),
                QString::fromStdString(claim.published));
        return true;
    });
    if (!scanned)
        return R::failure(scanned.problem());
    if (control) {
        auto areas = areasOfControl(store, *control);
        if (!areas)
            return R::failure(areas.problem());
        content.control = std::move(areas.value());
        content.controlDay = control->day;
    }
    QString ignored; // without the countries the units are still drawn
    const QString countries = BundledData::path(QStringLiteral("world-countries.gpkg"));
    data->m_countries = BoundaryLayer::open(countries, &ignored);
    content.countries = data->m_countries.get();
    if (content.countries)
        content.credits << creditOf(countries, QStringLiteral("Countries"));
    content.units = store.layer();
    if (content.units)
        content.credits << creditOf(content.units->path(), QStringLiteral("Admin units"));
    content.credits << QStringLiteral("Records: conflictmap, each resting on the sources listed");
    data->m_window = window.isEmpty() ? windowOf(filter) : window;
    data->m_dataAsOf = lastChange(store);
    return R(std::move(data));
}

std::optional<QRectF> BriefingData::extent() const
{
    std::optional<QRectF> box;
    for (const BriefingRecord &record : m_content.records) {
        const QRectF one = record.shape ? record.shape->bounds() : QRectF(record.lon, record.lat, 0, 0);
        // united() drops an empty rectangle: a point is joined by its corners.
        box = box ? QRectF(QPointF(std::min(box->left(), one.left()), std::min(box->top(), one.top())),
                  QPointF(std::max(box->right(), one.right()), std::max(box->bottom(), one.bottom())))
                  : one;
    }
    return box;
}

BriefingPage BriefingData::page(const QRectF &bounds, const QSize &size, const QString &title) const
{
    BriefingPage page;
    page.bounds = bounds;
    page.size = size;
    page.title = title.isEmpty() ? QStringLiteral("Incidents") : title;
    page.window = m_window;
    page.dataAsOf = m_dataAsOf;
    return page;
}

} // namespace conflictmap
