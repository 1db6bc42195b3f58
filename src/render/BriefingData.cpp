// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "render/BriefingData.h"

#include "BundledData.h"
#include "store/IncidentStore.h"

#include <QDateTime>
#include <QFileInfo>

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

} // namespace

std::unique_ptr<BriefingData> BriefingData::gather(
    const IncidentStore &store, std::vector<Incident> incidents, const IncidentFilter &filter, const QString &window)
{
    auto data = std::make_unique<BriefingData>();
    BriefingContent &content = data->m_content;
    content.incidents = std::move(incidents);
    for (const IncidentType &type : store.incidentTypes())
        content.families[type.name] = type.family;
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
    return data;
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
