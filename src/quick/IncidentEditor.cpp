// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "IncidentEditor.h"

#include "geo/BoundaryLayer.h"
#include "geo/GeodesicArea.h"
#include "geo/PositionCheck.h"
#include "store/IncidentStore.h"

#include <QLocale>

#include <algorithm>

namespace conflictmap {

namespace {
// The form field a core error is about (the store's field names, where the
// form's differ); "database" for a failure about no field.
QString formField(const Error &problem)
{
    static const QHash<QString, QString> aliases{{QStringLiteral("lat"), QStringLiteral("latitude")},
        {QStringLiteral("lon"), QStringLiteral("longitude")}, {QStringLiteral("actor"), QStringLiteral("actors")},
        {QStringLiteral("url"), QStringLiteral("sourceUrl")}, {QStringLiteral("language"), QStringLiteral("sourceLanguage")},
        {QStringLiteral("fatalities-low"), QStringLiteral("fatalitiesLow")},
        {QStringLiteral("fatalities-high"), QStringLiteral("fatalitiesHigh")}};
    return problem.field.isEmpty() ? QStringLiteral("database") : aliases.value(problem.field, problem.field);
}
} // namespace

void IncidentEditor::setDatabase(IncidentDatabase *database)
{
    if (database == m_database)
        return;
    m_database = database;
    emit databaseChanged();
    emit sourcesChanged();
}

QVariantList IncidentEditor::types() const
{
    std::vector<IncidentType> all;
    if (IncidentStore *store = m_database ? m_database->store() : nullptr)
        all = store->incidentTypes();
    std::sort(all.begin(), all.end(),
        [](const IncidentType &a, const IncidentType &b) { return QString::localeAwareCompare(a.label, b.label) < 0; });
    QVariantList choices;
    for (const IncidentType &type : all)
        choices << QVariantMap{
            {QStringLiteral("name"), type.name}, {QStringLiteral("label"), type.label.isEmpty() ? type.name : type.label}};
    return choices;
}

QVariantList IncidentEditor::sources() const
{
    QVariantList all{QVariantMap{{QStringLiteral("id"), -1}, {QStringLiteral("title"), tr("a new source…")}}};
    if (IncidentStore *store = m_database ? m_database->store() : nullptr)
        for (const Source &source : store->sources())
            all.append(QVariantMap{{QStringLiteral("id"), source.id}, {QStringLiteral("title"), source.title}});
    return all;
}

QString IncidentEditor::regionFound() const
{
    IncidentStore *store = m_database ? m_database->store() : nullptr;
    bool okLat = false, okLon = false;
    const double lat = m_latitude.toDouble(&okLat), lon = m_longitude.toDouble(&okLon);
    if (!store || !store->layer() || !okLat || !okLon)
        return {};
    const Region *region = store->layer()->regionAt(QPointF(lon, lat));
    return region ? QStringLiteral("%1 %2").arg(region->code, region->nameEn) : tr("outside the boundary layer");
}

QString IncidentEditor::positionWarning() const
{
    IncidentStore *store = m_database ? m_database->store() : nullptr;
    bool okLat = false, okLon = false;
    const double lat = m_latitude.toDouble(&okLat), lon = m_longitude.toDouble(&okLon);
    const bool point = m_precision == QLatin1String("exact") || m_precision == QLatin1String("near");
    if (!store || !store->layer() || !okLat || !okLon || !point)
        return {};
    return PositionCheck::warning(*store->layer(), lat, lon);
}

void IncidentEditor::clear()
{
    m_id = -1;
    m_type = QStringLiteral("armed_clash");
    m_status = QStringLiteral("reported");
    m_precision = QStringLiteral("near");
    m_stance = QStringLiteral("reports");
    m_sourceId = -1;
    for (QString *field : {&m_title, &m_date, &m_latitude, &m_longitude, &m_region, &m_description, &m_fatalities, &m_until,
             &m_fatalitiesLow, &m_fatalitiesHigh, &m_equipment, &m_quantity, &m_sourceTitle, &m_sourceUrl, &m_sourcePublisher,
             &m_sourceLanguage, &m_sourcePublished, &m_claimant, &m_quote, &m_translation})
        field->clear();
    m_shape.reset();
    m_actors->setActors({});
    m_version = 0;
    m_fieldErrors.clear();
    m_error.clear();
    m_conflict.clear();
    m_claimIndex = -1;
    emit changed();
    emit errorsChanged();
    emit sourcesChanged();
}

void IncidentEditor::setError(const QString &field, const QString &message)
{
    m_fieldErrors.insert(field, message);
    if (m_error.isEmpty())
        m_error = message;
}

void IncidentEditor::placeAt(const QGeoCoordinate &coordinate)
{
    if (!coordinate.isValid())
        return;
    // Five decimals: about a metre, finer than any click on a map.
    m_latitude = QString::number(coordinate.latitude(), 'f', 5);
    m_longitude = QString::number(coordinate.longitude(), 'f', 5);
    if (m_precision == QLatin1String("region") || m_precision == QLatin1String("country"))
        m_precision = QStringLiteral("near");
    m_region.clear();
    m_shape.reset();
    emit changed();
}

void IncidentEditor::startAt(const GazetteerEntry &place, qint64 sourceId, const QString &quote)
{
    clear();
    switch (place.kind) {
    case GazetteerEntry::Kind::Place:
        placeAt(QGeoCoordinate(place.lat, place.lon));
        m_precision = QStringLiteral("near");
        break;
    case GazetteerEntry::Kind::AdminUnit:
        m_precision = QStringLiteral("region");
        m_region = place.adminCode;
        break;
    case GazetteerEntry::Kind::Country:
        m_precision = QStringLiteral("country");
        m_region = place.country;
        break;
    }
    m_sourceId = int(sourceId);
    m_quote = quote;
    emit changed();
}

void IncidentEditor::useSketch(ShapeSketch *sketch)
{
    if (!sketch || !sketch->isFinished())
        return;
    m_shape = sketch->geometry();
    const QPointF at = m_shape->representativePoint();
    m_latitude = QString::number(at.y(), 'f', 5);
    m_longitude = QString::number(at.x(), 'f', 5);
    if (m_precision != QLatin1String("exact"))
        m_precision = QStringLiteral("near");
    m_region.clear();
    emit changed();
}

QString IncidentEditor::shapeText() const
{
    if (!m_shape)
        return {};
    if (m_shape->isLineal()) {
        double metres = 0;
        for (const LinePath &line : m_shape->lines)
            metres += GeodesicArea::lengthOfPath(line);
        return tr("Line, %1 km").arg(metres / 1000, 0, 'f', 1);
    }
    if (m_shape->isAreal())
        return tr("Area, %1 km²").arg(GeodesicArea::of(m_shape->polygons) / 1e6, 0, 'f', 1);
    return tr("%n points", nullptr, int(m_shape->points.size()));
}

bool IncidentEditor::load(qint64 id)
{
    IncidentStore *store = m_database ? m_database->store() : nullptr;
    const auto incident = store ? store->incident(id) : std::nullopt;
    if (!incident)
        return false;
    m_id = id;
    m_type = incident->type;
    m_title = incident->title;
    m_date = incident->date ? incident->date->toString() : QString();
    m_status = toString(incident->status);
    m_precision = toString(incident->precision);
    // Full precision, so that saving unchanged does not move the point.
    // The shortest text that reads back as the stored number: what was
    // typed (39.507), not its binary expansion (39.506999999999998).
    m_latitude = QString::number(incident->lat, 'g', QLocale::FloatingPointShortest);
    m_longitude = QString::number(incident->lon, 'g', QLocale::FloatingPointShortest);
    m_region = incident->region;
    m_shape = incident->shape;
    m_actors->setActors(incident->actors);
    m_description = incident->description;
    m_fatalities = incident->fatalities ? QString::number(*incident->fatalities) : QString();
    m_fatalitiesLow = incident->fatalitiesLow ? QString::number(*incident->fatalitiesLow) : QString();
    m_fatalitiesHigh = incident->fatalitiesHigh ? QString::number(*incident->fatalitiesHigh) : QString();
    m_until = incident->dateUntil ? incident->dateUntil->toString() : QString();
    m_equipment = incident->equipment;
    m_quantity = incident->quantity ? QString::number(*incident->quantity) : QString();
    m_version = incident->version;
    m_fieldErrors.clear();
    m_error.clear();
    m_conflict.clear();
    m_claimIndex = -1;
    m_sourceId = -1;
    emit changed();
    emit errorsChanged();
    emit sourcesChanged();
    return true;
}

bool IncidentEditor::save()
{
    m_fieldErrors.clear();
    m_error.clear();
    m_conflict.clear();
    IncidentStore *store = m_database ? m_database->store() : nullptr;
    if (!store) {
        setError(QStringLiteral("database"), m_database ? m_database->errorString() : tr("no database"));
        emit errorsChanged();
        return false;
    }
    Incident incident;
    if (m_id > 0) {
        const auto stored = store->incident(m_id);
        if (!stored) { // deleted meanwhile (undo, the list, another process)
            setError(QStringLiteral("database"), tr("incident %1 no longer exists").arg(m_id));
            emit errorsChanged();
            return false;
        }
        incident = *stored;
        incident.claims.clear();
        // The version the form was filled from: a colleague's save since
        // makes this one a conflict, not an overwrite.
        incident.version = m_version;
    }
    incident.type = m_type;
    incident.title = m_title;
    incident.description = m_description;
    incident.equipment = m_equipment;
    incident.actors = m_actors->actors();

    // What the form can tell before the core: parse errors, per field.
    QString why;
    incident.date = m_date.trimmed().isEmpty() ? std::nullopt : PartialDate::parse(m_date.trimmed(), &why);
    if (!m_date.trimmed().isEmpty() && !incident.date)
        setError(QStringLiteral("date"), QStringLiteral("date: %1").arg(why));
    incident.dateUntil = m_until.trimmed().isEmpty() ? std::nullopt : PartialDate::parse(m_until.trimmed(), &why);
    if (!m_until.trimmed().isEmpty() && !incident.dateUntil)
        setError(QStringLiteral("until"), QStringLiteral("until: %1").arg(why));
    if (auto precision = parseVocabulary<LocationPrecision>(m_precision))
        incident.precision = *precision;
    if (auto status = parseVocabulary<IncidentStatus>(m_status))
        incident.status = *status;
    const bool point = incident.precision == LocationPrecision::Exact || incident.precision == LocationPrecision::Near;
    // A line or area is its own position (the store puts the point inside it).
    incident.shape = m_shape;
    if (point && !m_shape) {
        bool ok = false;
        incident.lat = m_latitude.toDouble(&ok);
        if (!ok)
            setError(QStringLiteral("latitude"), tr("latitude: click the map, or type a number"));
        incident.lon = m_longitude.toDouble(&ok);
        if (!ok)
            setError(QStringLiteral("longitude"), tr("longitude: click the map, or type a number"));
    }
    incident.region = point ? QString() : m_region.trimmed();
    for (const auto &[field, text, out] : {std::tuple{"fatalities", &m_fatalities, &incident.fatalities},
             std::tuple{"fatalitiesLow", &m_fatalitiesLow, &incident.fatalitiesLow},
             std::tuple{"fatalitiesHigh", &m_fatalitiesHigh, &incident.fatalitiesHigh},
             std::tuple{"quantity", &m_quantity, &incident.quantity}}) {
        if (text->trimmed().isEmpty()) {
            out->reset();
            continue;
        }
        bool ok = false;
        const qint64 n = text->trimmed().toLongLong(&ok);
        if (!ok)
            setError(
                QLatin1String(field), QStringLiteral("%1: '%2' is not a whole number").arg(QLatin1String(field), text->left(20)));
        else
            *out = n;
    }
    if (!m_fieldErrors.isEmpty()) {
        emit errorsChanged();
        return false;
    }

    // The claim, on a stored or a new source, written with the incident.
    const bool wantsClaim = m_id <= 0 && (m_sourceId > 0 || !m_sourceTitle.trimmed().isEmpty());
    qint64 savedId = -1;
    store->setChangeReason(m_reason.trimmed());
    auto written = m_database->writeAll([&]() -> Result<void> {
        if (wantsClaim) {
            auto claim = claimFromFields(*store);
            if (!claim)
                return Result<void>::failure(claim.problem());
            incident.claims = {claim.value()};
        }
        if (m_id > 0) {
            auto updated = m_database->updateIncident(incident);
            savedId = m_id;
            return updated;
        }
        auto added = m_database->addIncident(incident);
        if (!added)
            return Result<void>::failure(added.problem());
        savedId = added.value();
        return {};
    });
    store->setChangeReason(QString());
    if (!written) {
        if (written.problem().code == ErrorCode::Conflict)
            m_conflict = written.problem().message;
        else
            setError(formField(written.problem()), written.error());
        emit errorsChanged();
        return false;
    }
    m_id = savedId;
    if (const auto stored = store->incident(m_id))
        m_version = stored->version;
    m_reason.clear(); // a reason is this save's, not the next one's
    emit errorsChanged();
    emit changed();
    emit sourcesChanged();
    emit m_database->changed();
    emit saved(savedId);
    return true;
}

Result<Source> IncidentEditor::sourceFromFields() const
{
    Source source;
    source.title = m_sourceTitle.trimmed();
    source.url = m_sourceUrl.trimmed();
    source.publisher = m_sourcePublisher.trimmed();
    source.language = m_sourceLanguage.trimmed();
    if (!m_sourcePublished.trimmed().isEmpty()) {
        QString why;
        source.published = PartialDate::parse(m_sourcePublished.trimmed(), &why);
        if (!source.published)
            return Result<Source>::failure(QStringLiteral("sourcePublished: published: %1").arg(why));
    }
    return source;
}

bool IncidentEditor::reload()
{
    return m_id > 0 && load(m_id);
}

bool IncidentEditor::saveOver()
{
    IncidentStore *store = m_database && m_id > 0 ? m_database->store() : nullptr;
    const auto stored = store ? store->incident(m_id) : std::nullopt;
    if (!stored)
        return save(); // says why
    m_version = stored->version;
    return save();
}

Result<Claim> IncidentEditor::claimFromFields(IncidentStore &store)
{
    Claim claim;
    if (m_sourceId > 0) {
        claim.sourceId = m_sourceId;
    } else {
        auto source = sourceFromFields();
        if (!source)
            return Result<Claim>::failure(source.problem());
        auto id = store.findOrAddSource(source.value());
        if (!id) {
            // The source's title is the form's sourceTitle, not the incident's.
            Error problem = id.problem();
            if (problem.field == QLatin1String("title"))
                problem.field = QStringLiteral("sourceTitle");
            return Result<Claim>::failure(problem);
        }
        claim.sourceId = id.value();
    }
    claim.claimant = m_claimant.trimmed();
    claim.stance = parseVocabulary<Stance>(m_stance).value_or(Stance::Reports);
    claim.quote = m_quote;
    claim.translation = m_translation;
    return claim;
}

QVariantList IncidentEditor::claims() const
{
    QVariantList rows;
    IncidentStore *store = m_database && m_id > 0 ? m_database->store() : nullptr;
    if (const auto incident = store ? store->incident(m_id) : std::nullopt)
        for (const Claim &claim : incident->claims)
            rows << QVariantMap{{QStringLiteral("claimant"), claim.claimant.isEmpty() ? claim.source.publisher : claim.claimant},
                {QStringLiteral("stance"), toString(claim.stance)}, {QStringLiteral("source"), claim.source.title},
                {QStringLiteral("quote"), claim.quote}};
    return rows;
}

void IncidentEditor::editClaim(int index)
{
    IncidentStore *store = m_database && m_id > 0 ? m_database->store() : nullptr;
    const auto incident = store ? store->incident(m_id) : std::nullopt;
    if (!incident || index < 0 || size_t(index) >= incident->claims.size())
        return;
    const Claim &claim = incident->claims[size_t(index)];
    m_claimIndex = index;
    m_sourceId = int(claim.source.id);
    m_claimant = claim.claimant;
    m_stance = toString(claim.stance);
    m_quote = claim.quote;
    m_translation = claim.translation;
    emit changed();
}

void IncidentEditor::newClaim()
{
    m_claimIndex = -1;
    m_sourceId = -1;
    for (QString *field : {&m_sourceTitle, &m_sourceUrl, &m_sourcePublisher, &m_sourceLanguage, &m_sourcePublished, &m_claimant,
             &m_quote, &m_translation})
        field->clear();
    m_stance = QStringLiteral("reports");
    emit changed();
}

bool IncidentEditor::writeClaims(std::vector<Claim> claims, const QString &what)
{
    m_fieldErrors.clear();
    m_error.clear();
    IncidentStore *store = m_database ? m_database->store() : nullptr;
    if (!store || m_id <= 0) {
        setError(QStringLiteral("source"), tr("save the incident first"));
        emit errorsChanged();
        return false;
    }
    auto written = m_database->setClaims(m_id, claims, what);
    if (!written) {
        setError(formField(written.problem()), written.error());
        emit errorsChanged();
        return false;
    }
    emit errorsChanged();
    emit changed(); // the claims shown
    emit sourcesChanged();
    return true;
}

bool IncidentEditor::saveClaim()
{
    IncidentStore *store = m_database && m_id > 0 ? m_database->store() : nullptr;
    const auto incident = store ? store->incident(m_id) : std::nullopt;
    if (!incident)
        return writeClaims({}, {}); // says why
    if (m_sourceId <= 0 && m_sourceTitle.trimmed().isEmpty()) {
        m_fieldErrors.clear();
        setError(QStringLiteral("sourceTitle"), tr("sourceTitle: choose a source or give a new one's title"));
        emit errorsChanged();
        return false;
    }
    // The source (if new) and the claims in one transaction: a refused
    // claim leaves no orphan source behind.
    bool saved = false;
    auto written = m_database->writeAll([&]() -> Result<void> {
        auto claim = claimFromFields(*store);
        if (!claim)
            return Result<void>::failure(claim.problem());
        std::vector<Claim> claims = incident->claims;
        const bool replacing = m_claimIndex >= 0 && size_t(m_claimIndex) < claims.size();
        if (replacing)
            claims[size_t(m_claimIndex)] = claim.value();
        else
            claims.push_back(claim.value());
        saved = writeClaims(claims,
            replacing ? tr("editing a claim of \u201c%1\u201d").arg(incident->title)
                      : tr("adding a claim to \u201c%1\u201d").arg(incident->title));
        return saved ? Result<void>() : Result<void>::failure(m_error);
    });
    if (!written && !saved) {
        m_fieldErrors.clear();
        setError(formField(written.problem()), written.error());
        emit errorsChanged();
        return false;
    }
    newClaim();
    return true;
}

bool IncidentEditor::removeClaim(int index)
{
    IncidentStore *store = m_database && m_id > 0 ? m_database->store() : nullptr;
    const auto incident = store ? store->incident(m_id) : std::nullopt;
    if (!incident || index < 0 || size_t(index) >= incident->claims.size())
        return false;
    std::vector<Claim> claims = incident->claims;
    claims.erase(claims.begin() + index);
    if (!writeClaims(claims, tr("removing a claim of \u201c%1\u201d").arg(incident->title)))
        return false;
    if (m_claimIndex == index)
        newClaim();
    emit changed();
    return true;
}

} // namespace conflictmap
