// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "layers/ControlLayer.h"

#include "FreedMemory.h"
#include "IncidentDatabase.h"
#include "IncidentDetails.h"
#include "MapStyle.h"
#include "MapView.h"
#include "Rebind.h"
#include "layers/ControlNode.h"

#include "model/PartyPalette.h"
#include "store/ControlStore.h"
#include "store/IncidentStore.h"

#include <cmath>

namespace conflictmap {

namespace {
// Whether two snapshots list the same series, parties and version dates.
bool sameCatalogueAs(const ControlSnapshot &a, const ControlSnapshot &b)
{
    if (a.versionDates != b.versionDates || a.series.size() != b.series.size() || a.parties.size() != b.parties.size())
        return false;
    for (size_t i = 0; i < a.series.size(); ++i) {
        const ControlSeries &x = a.series[i], &y = b.series[i];
        if (x.party != y.party || x.claimedBy != y.claimedBy || x.first != y.first || x.last != y.last
            || x.versions != y.versions)
            return false;
    }
    for (size_t i = 0; i < a.parties.size(); ++i)
        if (a.parties[i].name != b.parties[i].name || a.parties[i].color != b.parties[i].color)
            return false;
    return true;
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate parseDate(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

QString seriesLabel(const QString &party, const QString &claimedBy)
{
    return claimedBy.isEmpty() ? ControlLayer::tr("%1 (assessed)").arg(party)
                               : ControlLayer::tr("%1 (claimed by %2)").arg(party, claimedBy);
}
} // namespace

ControlLayer::ControlLayer(QQuickItem *parent)
    : MapLayer(parent),
      m_cache(std::make_shared<PreparedAreaCache>()),
      m_builder(this, [this](std::shared_ptr<const ControlSnapshot> built) { finishBuilding(std::move(built)); })
{
    setTitle(tr("Territorial control"));
}

void ControlLayer::setDatabase(IncidentDatabase *database)
{
    if (!rebind(m_database, database, this,
            [this](IncidentDatabase *db) { connect(db, &IncidentDatabase::changed, this, &ControlLayer::request); }))
        return;
    m_builder.cancel();
    m_requestWaiting = false;
    m_reader.reset();
    m_snapshot.reset(); // another database's areas
    clearSelection();
    emit databaseChanged();
    emit catalogueChanged();
    emit snapshotChanged();
    update();
    request();
}

void ControlLayer::setDate(const QString &date)
{
    if (date == m_date)
        return;
    m_date = date;
    m_request.date = parseDate(date);
    emit dateChanged();
    request();
}

void ControlLayer::setParty(const QString &party)
{
    if (party == m_request.party)
        return;
    m_request.party = party;
    emit filterChanged();
    request();
}

void ControlLayer::setShowAssessed(bool show)
{
    if (show == m_request.showAssessed)
        return;
    m_request.showAssessed = show;
    emit filterChanged();
    request();
}

void ControlLayer::setShowClaimed(bool show)
{
    if (show == m_request.showClaimed)
        return;
    m_request.showClaimed = show;
    emit filterChanged();
    request();
}

void ControlLayer::setCompare(bool compare)
{
    if (compare == m_request.compare)
        return;
    m_request.compare = compare;
    emit compareChanged();
    request();
}

void ControlLayer::setCompareFrom(const QString &date)
{
    if (date == m_compareFrom)
        return;
    m_compareFrom = date;
    m_request.compareFrom = parseDate(date);
    emit compareChanged();
    request();
}

void ControlLayer::setCompareTo(const QString &date)
{
    if (date == m_compareTo)
        return;
    m_compareTo = date;
    m_request.compareTo = parseDate(date);
    emit compareChanged();
    request();
}

void ControlLayer::setCompareParty(const QString &party)
{
    if (party == m_request.compareParty)
        return;
    m_request.compareParty = party;
    emit compareChanged();
    request();
}

void ControlLayer::setCompareClaimedBy(const QString &claimedBy)
{
    if (claimedBy == m_request.compareClaimedBy)
        return;
    m_request.compareClaimedBy = claimedBy;
    emit compareChanged();
    request();
}

// --- building -------------------------------------------------------------------

std::shared_ptr<const ControlSnapshot> ControlLayer::snapshot() const
{
    return m_snapshot && mapView() && m_snapshot->request.crs == mapView()->crs() ? m_snapshot : nullptr;
}

void ControlLayer::displayCrsChanged()
{
    request();
}

namespace {
// Half a pixel at the finest zoom of the band 'resolution' (display units a
// pixel) falls in: bands are powers of two, one per zoom level.
double toleranceFor(double resolution)
{
    return resolution > 0 && std::isfinite(resolution) ? 0.5 * std::exp2(std::floor(std::log2(resolution))) : 0;
}
} // namespace

void ControlLayer::viewportChanged()
{
    update();
    if (mapView() && toleranceFor(mapView()->viewport().resolution()) != m_tolerance)
        request();
}

void ControlLayer::request()
{
    if (!isComponentComplete() || !mapView())
        return;
    IncidentStore *store = m_database ? m_database->store() : nullptr;
    if (!store) {
        m_builder.cancel();
        m_requestWaiting = false;
        setLoading(false);
        return;
    }
    if (!m_reader || m_reader->path() != store->location())
        m_reader = std::make_shared<StoreReader>(store->location());
    setLoading(true);
    // One build at a time: while one runs, the latest request waits (a
    // slider dragged over a hundred days asks for a few, not a hundred).
    if (m_builder.running()) {
        m_requestWaiting = true;
        return;
    }
    startBuilding();
}

void ControlLayer::startBuilding()
{
    m_requestWaiting = false;
    ControlSnapshot::Request request = m_request;
    request.crs = mapView()->crs();
    request.tolerance = m_tolerance = toleranceFor(mapView()->viewport().resolution());
    request.withPaths = drawsWithPainter();
    m_builder.start([request, reader = m_reader, cache = m_cache]() {
        return std::make_shared<const ControlSnapshot>(ControlSnapshot::build(request, *reader, *cache));
    });
}

void ControlLayer::finishBuilding(std::shared_ptr<const ControlSnapshot> built)
{
    if (m_requestWaiting) {
        startBuilding(); // this one is drawn meanwhile
    } else {
        setLoading(false);
        returnFreedMemory();
    }
    setErrorString(built->error);
    if (!built->error.isEmpty() && built->shown.empty() && !built->change)
        return; // the picture before stays
    const bool sameCatalogue = m_snapshot && sameCatalogueAs(*m_snapshot, *built);
    m_snapshot = built;
    // The selected area follows to the version now in force, if it is still drawn.
    if (const qint64 selected = m_selectedArea.value(QStringLiteral("id")).toLongLong()) {
        QVariantMap still;
        for (const ControlSnapshot::Shown &shown : m_snapshot->shown)
            if (shown.record->id == selected)
                still = describe(shown);
        if (still != m_selectedArea) {
            m_selectedArea = still;
            emit selectedAreaChanged();
        }
    }
    // The catalogue first: the slider's range must be there before its
    // value is bound to the day shown, or the value is clamped to the old range.
    if (!sameCatalogue)
        emit catalogueChanged();
    emit snapshotChanged();
    update();
}

QSGNode *ControlLayer::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    if (!mapView())
        return old;
    return updateControlNode(
        old, this, snapshot(), mapView()->viewport(), m_selectedArea.value(QStringLiteral("id")).toLongLong());
}

// --- what is drawn ----------------------------------------------------------------

QVariantMap ControlLayer::describe(const ControlSnapshot::Shown &shown) const
{
    const ControlRecord &r = *shown.record;
    QVariantList claims;
    for (const Claim &claim : r.claims)
        claims.append(IncidentDetails::claimInfo(claim));
    return {{QStringLiteral("id"), r.id}, {QStringLiteral("party"), r.party}, {QStringLiteral("claimedBy"), r.claimedBy},
        {QStringLiteral("assessed"), r.isAssessed()}, {QStringLiteral("color"), shown.color.name()},
        {QStringLiteral("date"), isoDate(r.date)}, {QStringLiteral("areaKm2"), r.areaKm2}, {QStringLiteral("note"), r.note},
        {QStringLiteral("claims"), claims}};
}

QVariantList ControlLayer::visibleSeries() const
{
    QVariantList list;
    if (m_snapshot)
        for (const ControlSnapshot::Shown &shown : m_snapshot->shown) {
            QVariantMap row = describe(shown);
            row.remove(QStringLiteral("claims"));
            list.append(row);
        }
    return list;
}

QVariantList ControlLayer::series() const
{
    QVariantList list;
    if (m_snapshot)
        for (const ControlSeries &s : m_snapshot->series)
            list.append(QVariantMap{{QStringLiteral("party"), s.party}, {QStringLiteral("claimedBy"), s.claimedBy},
                {QStringLiteral("assessed"), s.claimedBy.isEmpty()}, {QStringLiteral("label"), seriesLabel(s.party, s.claimedBy)},
                {QStringLiteral("color"), m_snapshot->colorOf(s.party).name()}, {QStringLiteral("first"), isoDate(s.first)},
                {QStringLiteral("last"), isoDate(s.last)}, {QStringLiteral("versions"), s.versions}});
    return list;
}

QVariantList ControlLayer::parties() const
{
    QVariantList list;
    if (m_snapshot)
        for (const Party &p : m_snapshot->parties)
            list.append(QVariantMap{{QStringLiteral("name"), p.name}, {QStringLiteral("color"), p.color}});
    return list;
}

QStringList ControlLayer::palette()
{
    return PartyPalette::colors();
}

QColor ControlLayer::gainedColor()
{
    return MapStyle::gainedColor();
}

QColor ControlLayer::lostColor()
{
    return MapStyle::lostColor();
}

QStringList ControlLayer::versionDates() const
{
    QStringList dates;
    if (m_snapshot)
        for (const QDate &d : m_snapshot->versionDates)
            dates.append(isoDate(d));
    return dates;
}

QString ControlLayer::firstDate() const
{
    return m_snapshot && !m_snapshot->versionDates.empty() ? isoDate(m_snapshot->versionDates.front()) : QString();
}

QString ControlLayer::lastDate() const
{
    return m_snapshot && !m_snapshot->versionDates.empty() ? isoDate(m_snapshot->versionDates.back()) : QString();
}

int ControlLayer::dayCount() const
{
    if (!m_snapshot || m_snapshot->versionDates.empty())
        return 0;
    return int(m_snapshot->versionDates.front().daysTo(m_snapshot->versionDates.back())) + 1;
}

QString ControlLayer::shownDate() const
{
    return m_snapshot ? isoDate(m_snapshot->request.date) : QString();
}

QString ControlLayer::changeSeries() const
{
    return m_snapshot && m_snapshot->request.compare && !m_snapshot->request.compareParty.isEmpty()
        ? seriesLabel(m_snapshot->request.compareParty, m_snapshot->request.compareClaimedBy)
        : QString();
}

QString ControlLayer::changeFrom() const
{
    return m_snapshot && m_snapshot->request.compare ? isoDate(m_snapshot->request.compareFrom) : QString();
}

QString ControlLayer::changeTo() const
{
    return m_snapshot && m_snapshot->request.compare ? isoDate(m_snapshot->request.compareTo) : QString();
}

QString ControlLayer::dateAt(int day) const
{
    return m_snapshot && !m_snapshot->versionDates.empty() ? isoDate(m_snapshot->versionDates.front().addDays(day)) : QString();
}

int ControlLayer::dayOf(const QString &date) const
{
    const QDate d = parseDate(date);
    return m_snapshot && !m_snapshot->versionDates.empty() && d.isValid() ? int(m_snapshot->versionDates.front().daysTo(d)) : 0;
}

QVariantMap ControlLayer::areaAt(const QPointF &position) const
{
    const std::shared_ptr<const ControlSnapshot> drawn = snapshot();
    if (!drawn || !isVisible() || !mapView())
        return {};
    const QGeoCoordinate c = mapView()->toCoordinate(position);
    if (!c.isValid())
        return {};
    const std::vector<const ControlSnapshot::Shown *> found = drawn->at(QPointF(c.longitude(), c.latitude()));
    return found.empty() ? QVariantMap() : describe(*found.front());
}

bool ControlLayer::selectAt(const QPointF &position)
{
    const QVariantMap area = areaAt(position);
    if (area != m_selectedArea) {
        m_selectedArea = area;
        emit selectedAreaChanged();
        update();
    }
    return !area.isEmpty();
}

void ControlLayer::clearSelection()
{
    if (m_selectedArea.isEmpty())
        return;
    m_selectedArea.clear();
    emit selectedAreaChanged();
    update();
}

bool ControlLayer::setPartyColor(const QString &party, const QString &color)
{
    IncidentStore *store = m_database ? m_database->store() : nullptr;
    if (!store) {
        setErrorString(tr("no database"));
        return false;
    }
    Result<void> set = store->control().setPartyColor(party, color);
    setErrorString(set ? QString() : set.error());
    if (set)
        request(); // our own write: the database's watch does not see it
    return bool(set);
}

} // namespace conflictmap
