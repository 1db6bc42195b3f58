// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "layers/ControlSnapshot.h"

#include "PreparedLayer.h"
#include "geo/CrsTransform.h"
#include "store/ControlStore.h"
#include "store/IncidentStore.h"

#include <algorithm>
#include <set>

namespace conflictmap {

bool PreparedArea::contains(const QPointF &point) const
{
    if (!lonLatBounds.contains(point))
        return false;
    return std::any_of(lonLat.begin(), lonLat.end(), [&](const Polygon &p) { return conflictmap::contains(p, point); });
}

std::shared_ptr<const PreparedArea> PreparedArea::build(
    const Geometry &area, double km2, const CrsTransform &toDisplay, bool withPath, double tolerance)
{
    auto prepared = std::make_shared<PreparedArea>();
    prepared->mesh = LayerMesh::build(area.polygons, toDisplay, tolerance);
    if (withPath)
        prepared->path = painterPathsOf(prepared->mesh).front();
    prepared->lonLat = area.polygons;
    prepared->lonLatBounds = boundsOf(area.polygons);
    prepared->km2 = km2;
    return prepared;
}

// --- cache ----------------------------------------------------------------------

std::shared_ptr<const PreparedArea> PreparedAreaCache::find(const QString &key)
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_index.constFind(key);
    if (found == m_index.constEnd())
        return nullptr;
    m_entries.splice(m_entries.begin(), m_entries, *found); // now the most recent
    return m_entries.front().second;
}

void PreparedAreaCache::insert(const QString &key, std::shared_ptr<const PreparedArea> area)
{
    const std::lock_guard lock(m_mutex);
    if (const auto found = m_index.constFind(key); found != m_index.constEnd()) {
        m_vertices -= qsizetype((*found)->second->mesh.vertices.size() / 2);
        m_entries.erase(*found);
        m_index.remove(key);
    }
    m_vertices += qsizetype(area->mesh.vertices.size() / 2);
    m_entries.emplace_front(key, std::move(area));
    m_index.insert(key, m_entries.begin());
    // The one just added stays, however large.
    while (m_vertices > m_budget && m_entries.size() > 1) {
        const Entry &oldest = m_entries.back();
        m_vertices -= qsizetype(oldest.second->mesh.vertices.size() / 2);
        m_index.remove(oldest.first);
        m_entries.pop_back();
    }
}

qsizetype PreparedAreaCache::count() const
{
    const std::lock_guard lock(m_mutex);
    return qsizetype(m_entries.size());
}

qsizetype PreparedAreaCache::vertexCount() const
{
    const std::lock_guard lock(m_mutex);
    return m_vertices;
}

// --- snapshot -------------------------------------------------------------------

QColor ControlSnapshot::colorOf(const QString &party) const
{
    for (const Party &p : parties)
        if (p.name == party)
            return QColor(p.color);
    return QColor(Qt::darkGray);
}

std::vector<const ControlSnapshot::Shown *> ControlSnapshot::at(const QPointF &lonLat) const
{
    std::vector<const Shown *> found;
    for (auto it = shown.rbegin(); it != shown.rend(); ++it)
        if (it->area->contains(lonLat))
            found.push_back(&*it);
    return found;
}

namespace {

// Prepares areas for one snapshot: from the cache where it has them, else
// projected (one PROJ transform, made on first need) and triangulated.
class AreaPreparer {
public:
    AreaPreparer(ControlSnapshot &snapshot, PreparedAreaCache &cache) : m_snapshot(snapshot), m_cache(cache) { }

    std::shared_ptr<const PreparedArea> get(const QString &key, const Geometry &area, double km2)
    {
        const QString fullKey = key + QLatin1Char('|') + m_snapshot.request.crs + QLatin1Char('|')
            + QString::number(m_snapshot.request.tolerance, 'g', 6)
            + (m_snapshot.request.withPaths ? QStringLiteral("|paths") : QString());
        if (auto cached = m_cache.find(fullKey)) {
            ++m_snapshot.reused;
            return cached;
        }
        if (!m_toDisplay) {
            QString error;
            m_toDisplay = CrsTransform::create(QStringLiteral("EPSG:4326"), m_snapshot.request.crs, &error);
            if (!m_toDisplay) {
                m_snapshot.error = error;
                return nullptr;
            }
        }
        auto prepared = PreparedArea::build(area, km2, *m_toDisplay, m_snapshot.request.withPaths, m_snapshot.request.tolerance);
        m_cache.insert(fullKey, prepared);
        ++m_snapshot.prepared;
        return prepared;
    }

private:
    ControlSnapshot &m_snapshot;
    PreparedAreaCache &m_cache;
    std::unique_ptr<CrsTransform> m_toDisplay;
};

QString recordKey(const ControlRecord &record)
{
    return QStringLiteral("%1@%2").arg(record.id).arg(record.updated);
}

} // namespace

ControlSnapshot ControlSnapshot::build(const Request &request, StoreReader &reader, PreparedAreaCache &cache)
{
    ControlSnapshot snapshot;
    snapshot.request = request;
    AreaPreparer preparer(snapshot, cache);
    Result<void> read = reader.read([&](const IncidentStore &store) -> Result<void> {
        const ControlStore &control = store.control();
        snapshot.parties = control.parties();
        snapshot.series = control.series();
        std::set<QDate> dates;
        for (const ControlSeries &s : snapshot.series)
            for (const QDate &d : control.versionDates(s.party, s.claimedBy))
                dates.insert(d);
        snapshot.versionDates.assign(dates.begin(), dates.end());
        Request &resolved = snapshot.request;
        if (!resolved.date.isValid() && !dates.empty())
            resolved.date = *dates.rbegin(); // the latest situation

        if (request.compare) {
            // Unless told: the first series shown, from its first version to its last.
            if (resolved.compareParty.isEmpty())
                for (const ControlSeries &s : snapshot.series)
                    if (request.party.isEmpty() || s.party == request.party) {
                        resolved.compareParty = s.party;
                        resolved.compareClaimedBy = s.claimedBy;
                        break;
                    }
            if (resolved.compareParty.isEmpty())
                return {};
            const std::vector<QDate> own = control.versionDates(resolved.compareParty, resolved.compareClaimedBy);
            if (!resolved.compareFrom.isValid() && !own.empty())
                resolved.compareFrom = own.front();
            if (!resolved.compareTo.isValid() && !own.empty())
                resolved.compareTo = own.back();
            if (!resolved.compareFrom.isValid() || !resolved.compareTo.isValid())
                return {};
            Result<ControlChange> change
                = control.change(resolved.compareParty, resolved.compareClaimedBy, resolved.compareFrom, resolved.compareTo);
            if (!change)
                return Result<void>::failure(change.problem());
            ControlChange &found = change.value();
            Change c;
            c.party = resolved.compareParty;
            c.claimedBy = resolved.compareClaimedBy;
            c.color = snapshot.colorOf(c.party);
            c.gainedKm2 = found.gainedKm2;
            c.lostKm2 = found.lostKm2;
            c.netKm2 = found.netKm2();
            const QString pair = QStringLiteral("%1>%2").arg(
                found.from ? recordKey(*found.from) : QString(), found.to ? recordKey(*found.to) : QString());
            if (!found.gained.isEmpty())
                c.gained = preparer.get(QStringLiteral("gained ") + pair, found.gained, c.gainedKm2);
            if (!found.lost.isEmpty())
                c.lost = preparer.get(QStringLiteral("lost ") + pair, found.lost, c.lostKm2);
            if (found.to)
                c.toArea = preparer.get(recordKey(*found.to), found.to->area, found.to->areaKm2);
            c.from = std::move(found.from);
            c.to = std::move(found.to);
            for (std::optional<ControlRecord> *r : {&c.from, &c.to})
                if (*r)
                    (*r)->area = {};
            snapshot.change = std::move(c);
            return {};
        }

        if (!resolved.date.isValid())
            return {};
        Result<std::vector<ControlRecord>> records = control.at(resolved.date, request.party);
        if (!records)
            return Result<void>::failure(records.problem());
        for (ControlRecord &record : records.value()) {
            if ((record.isAssessed() && !request.showAssessed) || (!record.isAssessed() && !request.showClaimed))
                continue;
            Shown shown;
            shown.color = snapshot.colorOf(record.party);
            shown.area = preparer.get(recordKey(record), record.area, record.areaKm2);
            if (!shown.area)
                break;
            record.area = {};
            shown.record = std::make_shared<const ControlRecord>(std::move(record));
            snapshot.shown.push_back(std::move(shown));
        }
        // Solid assessments beneath, hatched claims over them.
        std::stable_partition(
            snapshot.shown.begin(), snapshot.shown.end(), [](const Shown &s) { return s.record->isAssessed(); });
        return {};
    });
    if (!read)
        snapshot.error = read.error();
    for (const auto &area :
        {snapshot.shown.empty() ? nullptr : snapshot.shown.front().area, snapshot.change ? snapshot.change->toArea : nullptr,
            snapshot.change ? snapshot.change->gained : nullptr, snapshot.change ? snapshot.change->lost : nullptr})
        if (area) {
            snapshot.origin = area->mesh.origin;
            break;
        }
    return snapshot;
}

} // namespace conflictmap
