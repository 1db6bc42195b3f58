// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MapImageExport.h"

#include "IncidentDatabase.h"
#include "IncidentQuery.h"
#include "MapView.h"
#include "layers/ControlLayer.h"
#include "map/LocalPath.h"
#include "render/BriefingData.h"
#include "store/IncidentStore.h"

#include <QGeoRectangle>

namespace conflictmap {

MapImageExport::MapImageExport(QObject *parent) : QObject(parent) { }

bool MapImageExport::fail(const QString &error)
{
    m_error = error;
    emit finished();
    return false;
}

bool MapImageExport::write(const QString &file, const QString &title)
{
    IncidentStore *store = m_database ? m_database->store() : nullptr;
    if (!store)
        return fail(tr("no database is open"));
    if (!m_map)
        return fail(tr("no map to export"));
    const QString path = localPath(file);
    if (!BriefingMap::formatOf(path))
        return fail(tr("%1: not a .png, .pdf or .svg file name").arg(path));
    const QGeoRectangle view = m_map->visibleRegion().boundingGeoRectangle();
    if (!view.isValid())
        return fail(tr("the map shows no area yet"));
    // The records the filters show, in the area in view.
    IncidentFilter filter = m_query ? m_query->filter(false) : IncidentFilter();
    const QRectF bounds(QPointF(view.topLeft().longitude(), view.bottomRight().latitude()),
        QPointF(view.bottomRight().longitude(), view.topLeft().latitude()));
    filter.bbox = bounds;
    // The areas of control as the layer shows them (none when it is hidden,
    // or in compare mode, which shows gains and losses instead).
    std::optional<BriefingControlView> control;
    if (m_control && m_control->isVisible() && m_control->hasData() && !m_control->compare()) {
        const QDate day = QDate::fromString(m_control->shownDate(), Qt::ISODate);
        if (day.isValid())
            control = BriefingControlView{day, m_control->party(), m_control->showAssessed(), m_control->showClaimed()};
    }
    const auto gathered = BriefingData::gather(*store, filter, {}, control);
    if (!gathered)
        return fail(gathered.error());
    const BriefingData &data = *gathered.value();
    m_shown = int(data.content().records.size());
    if (auto written = BriefingMap::write(path, data.content(), data.page(bounds, m_size, title)); !written)
        return fail(written.error());
    m_error.clear();
    emit finished();
    return true;
}

} // namespace conflictmap
