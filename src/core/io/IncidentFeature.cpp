// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "io/IncidentFeature.h"

#include "io/GeoJsonReader.h"
#include "io/GeometryJson.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <set>

namespace conflictmap {

namespace {
using Check = Result<void>;

QString qstr(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

Check fail(const QString &key, const QString &why)
{
    return Check::failure(QStringLiteral("%1: %2").arg(key, why));
}

// An optional string member; null and absent are empty.
Check text(const JsonValue *v, const QString &key, QString &out)
{
    if (!v || v->isNull())
        return {};
    if (!v->isString())
        return fail(key, QStringLiteral("must be a string or null"));
    out = qstr(v->text);
    return {};
}

Check count(const JsonValue *v, const QString &key, std::optional<qint64> &out)
{
    if (!v || v->isNull())
        return {};
    if (!v->isNumber() || v->number < 0 || v->number != std::floor(v->number) || v->number > 9.0e15)
        return fail(key, QStringLiteral("must be a whole number of at least 0, or null"));
    out = qint64(v->number);
    return {};
}

template <typename Enum>
Check vocabulary(const JsonValue *v, const QString &key, Enum &out)
{
    QString name;
    if (auto r = text(v, key, name); !r)
        return r;
    if (name.isEmpty())
        return {};
    auto parsed = parseVocabulary<Enum>(name);
    if (!parsed)
        return fail(
            key, QStringLiteral("'%1' is not one of %2").arg(name.left(40), vocabularyNames<Enum>().join(QStringLiteral(", "))));
    out = *parsed;
    return {};
}

// Dates as conflictmap writes them, and, from other tools, ISO date-times
// (their day is kept).
Check date(const JsonValue *v, const QString &key, std::optional<PartialDate> &out)
{
    QString value;
    if (auto r = text(v, key, value); !r)
        return r;
    if (value.isEmpty())
        return {};
    QString why;
    out = PartialDate::parse(value, &why);
    if (!out && value.size() > 10 && value.at(10) == QLatin1Char('T') && QDateTime::fromString(value, Qt::ISODate).isValid())
        out = PartialDate::parse(value.left(10), &why);
    return out ? Check() : fail(key, why);
}

// A point as lon/lat (read here, the common case, fast); a line, an area
// or several points as the incident's shape.
Check geometry(const JsonValue *g, Incident &incident)
{
    if (!g || !g->isObject())
        return fail(QStringLiteral("geometry"), QStringLiteral("missing or null (a point, line or area is needed)"));
    const JsonValue *type = g->member("type");
    if (type && type->isString() && type->text != "Point") {
        auto shape = GeometryJson::read(*g);
        if (!shape)
            return Check::failure(shape.problem());
        incident.shape = std::move(shape.value());
        return {};
    }
    if (!type || !type->isString())
        return fail(QStringLiteral("geometry"), QStringLiteral("needs a \"type\""));
    const JsonValue *c = g->member("coordinates");
    if (!c || !c->isArray() || c->items.size() < 2 || c->items.size() > 3 || !c->items[0].isNumber() || !c->items[1].isNumber())
        return fail(QStringLiteral("geometry"), QStringLiteral("coordinates must be [longitude, latitude] numbers"));
    const double lon = c->items[0].number, lat = c->items[1].number;
    if (std::abs(lon) > 180 || std::abs(lat) > 90)
        return fail(QStringLiteral("geometry"),
            QStringLiteral("[%1, %2] is outside [-180, 180] × [-90, 90]").arg(lon, 0, 'g', 12).arg(lat, 0, 'g', 12));
    incident.lon = lon;
    incident.lat = lat;
    return {};
}

Check claims(const JsonValue *sources, Incident &incident)
{
    if (!sources || sources->isNull())
        return {};
    if (!sources->isArray())
        return fail(QStringLiteral("sources"), QStringLiteral("must be an array of objects"));
    for (size_t i = 0; i < sources->items.size(); ++i) {
        const JsonValue &s = sources->items[i];
        const QString where = QStringLiteral("sources[%1].").arg(i);
        if (!s.isObject())
            return fail(QStringLiteral("sources[%1]").arg(i), QStringLiteral("must be an object"));
        Claim claim;
        const std::pair<const char *, QString *> fields[] = {{"title", &claim.source.title}, {"url", &claim.source.url},
            {"publisher", &claim.source.publisher}, {"language", &claim.source.language}, {"claimant", &claim.claimant},
            {"quote", &claim.quote}, {"translation", &claim.translation}, {"reliability", &claim.source.reliability}};
        for (const auto &[key, out] : fields)
            if (auto r = text(s.member(key), where + QLatin1String(key), *out); !r)
                return r;
        if (claim.source.title.isEmpty())
            return fail(where + QStringLiteral("title"), QStringLiteral("a source needs a title"));
        if (const JsonValue *credibility = s.member("credibility"); credibility && !credibility->isNull()) {
            if (!credibility->isNumber() || credibility->number < 1 || credibility->number > 6
                || credibility->number != int(credibility->number))
                return fail(where + QStringLiteral("credibility"), QStringLiteral("must be a whole number from 1 to 6"));
            claim.credibility = int(credibility->number);
        }
        if (auto r = vocabulary(s.member("stance"), where + QStringLiteral("stance"), claim.stance); !r)
            return r;
        if (auto r = date(s.member("published"), where + QStringLiteral("published"), claim.source.published); !r)
            return r;
        incident.claims.push_back(std::move(claim));
    }
    return {};
}
// The strings of a string or of a list of strings, each once, appended.
// "actors" as export writes it: names, or objects with a name and where
// known a side and a type (checked by the store).
Check actorList(const JsonValue *v, std::vector<Actor> &out)
{
    if (!v || v->isNull())
        return {};
    const auto wrong = [] {
        return fail(QStringLiteral("actors"), QStringLiteral("must be an array of names or of {\"name\", \"side\", \"type\"}"));
    };
    if (!v->isArray())
        return wrong();
    for (const JsonValue &item : v->items) {
        if (item.isString()) {
            out.push_back({qstr(item.text), {}, {}});
            continue;
        }
        const JsonValue *name = item.isObject() ? item.member("name") : nullptr;
        if (!name || !name->isString())
            return wrong();
        Actor actor{qstr(name->text), {}, {}};
        for (const auto &[key, field] : {std::pair{"side", &actor.side}, std::pair{"type", &actor.type}})
            if (auto r = text(item.member(key), QStringLiteral("actors ") + QLatin1String(key), *field); !r)
                return r;
        out.push_back(std::move(actor));
    }
    return {};
}

Check names(const JsonValue *v, QStringList &out)
{
    if (!v || v->isNull())
        return {};
    const std::vector<JsonValue> one = v->isArray() ? std::vector<JsonValue>() : std::vector<JsonValue>{*v};
    for (const JsonValue &item : v->isArray() ? v->items : one) {
        if (!item.isString())
            return fail(QStringLiteral("actor"), QStringLiteral("must be a string or a list of strings"));
        const QString name = qstr(item.text).trimmed();
        if (!name.isEmpty() && !out.contains(name))
            out << name;
    }
    return {};
}

// A source per URL: the URL is its title too (a source needs one, and the
// file gives none); a source stored with that URL is reused by the import.
Check sourceUrls(const JsonValue *urls, const std::optional<PartialDate> &published, Incident &incident)
{
    QStringList all;
    if (auto r = names(urls, all); !r)
        return fail(QStringLiteral("source url"), QStringLiteral("must be a string or a list of strings"));
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList seen;
    for (const QString &text : all)
        for (const QString &url : text.split(separators, Qt::SkipEmptyParts)) {
            const QUrl parsed(url, QUrl::StrictMode);
            if (!parsed.isValid() || parsed.scheme().isEmpty())
                return fail(QStringLiteral("source url"), QStringLiteral("'%1' is not an absolute URL").arg(url.left(80)));
            if (seen.contains(url))
                continue;
            seen << url;
            Claim claim;
            claim.source.title = url;
            claim.source.url = url;
            claim.source.published = published;
            incident.claims.push_back(std::move(claim));
        }
    return {};
}

// The properties of a feature of any format, onto an incident whose
// position is set.
Result<Incident> mapProperties(Incident incident, const JsonValue &properties, const JsonValue *memberId,
    const ImportOptions &options, ImportFailure *failure);
} // namespace

QString &ImportOptions::property(ImportField field)
{
    switch (field) {
    case ImportField::Type:
        return typeField;
    case ImportField::Title:
        return titleField;
    case ImportField::Date:
        return dateField;
    case ImportField::Description:
        return descriptionField;
    case ImportField::Id:
        return idField;
    case ImportField::SourceUrl:
        return sourceUrlField;
    case ImportField::SourceDate:
        return sourceDateField;
    case ImportField::Actor:
    case ImportField::None:
        break;
    }
    Q_UNREACHABLE();
}

const QString &ImportOptions::property(ImportField field) const
{
    static const QString none;
    if (field == ImportField::Actor)
        return actorFields.isEmpty() ? none : actorFields.first();
    return field == ImportField::None ? none : const_cast<ImportOptions *>(this)->property(field);
}

Result<Incident> IncidentFeature::read(const JsonValue &feature, const ImportOptions &options, ImportFailure *failure)
{
    using R = Result<Incident>;
    auto failed = [](const Check &c) { return R::failure(c.problem()); };
    if (!feature.isObject())
        return R::failure(QStringLiteral("not a JSON object"));
    const JsonValue *type = feature.member("type");
    if (!type || !type->isString() || type->text != "Feature")
        return R::failure(QStringLiteral("type: must be \"Feature\""));
    if (const JsonValue *crs = feature.member("crs"); crs && !GeoJsonReader::isWgs84Crs(*crs))
        return R::failure(QStringLiteral("crs: only WGS 84 longitude/latitude is supported (RFC 7946)"));
    Incident incident;
    if (auto r = geometry(feature.member("geometry"), incident); !r)
        return failed(r);
    const JsonValue *properties = feature.member("properties");
    static const JsonValue kNoProperties = [] {
        JsonValue v;
        v.type = JsonValue::Type::Object;
        return v;
    }();
    if (!properties || properties->isNull())
        properties = &kNoProperties;
    if (!properties->isObject())
        return R::failure(QStringLiteral("properties: must be an object"));
    return mapProperties(std::move(incident), *properties, feature.member("id"), options, failure);
}

Result<Incident> IncidentFeature::read(const Geometry &geometry, const JsonValue &properties, const QString &id,
    const ImportOptions &options, ImportFailure *failure)
{
    Incident incident;
    if (geometry.type == Geometry::Type::Point && geometry.points.size() == 1) {
        incident.lon = geometry.points.front().x();
        incident.lat = geometry.points.front().y();
    } else {
        incident.shape = geometry;
    }
    JsonValue member;
    if (!id.isEmpty()) {
        member.type = JsonValue::Type::String;
        member.text = id.toStdString();
    }
    return mapProperties(std::move(incident), properties, id.isEmpty() ? nullptr : &member, options, failure);
}

namespace {
Result<Incident> mapProperties(Incident incident, const JsonValue &propertyObject, const JsonValue *memberId,
    const ImportOptions &options, ImportFailure *failure)
{
    using R = Result<Incident>;
    auto failed = [](const Check &c) { return R::failure(c.problem()); };
    const JsonValue *properties = &propertyObject;
    incident.precision = options.defaultPrecision.value_or(LocationPrecision::Near);
    incident.status = options.defaultStatus.value_or(IncidentStatus::Reported);

    // The mapped fields: a property named by the options, or none (an
    // empty name). Their errors name the field; the caller says where it
    // was read from.
    auto mapped = [&](ImportField field) -> const JsonValue * {
        const QString &name = options.property(field);
        return name.isEmpty() ? nullptr : properties->member(name.toStdString());
    };
    auto mappedFailure = [&](ImportField field, const Check &c, const QString &property = {}) {
        if (failure)
            *failure = {{}, field, property.isEmpty() ? options.property(field) : property,
                field == ImportField::Id && options.idIsMember};
        return R::failure(c.problem());
    };
    // Required: type (unless a default is given), title and date.
    if (auto r = text(mapped(ImportField::Type), QStringLiteral("type"), incident.type); !r)
        return mappedFailure(ImportField::Type, r);
    if (incident.type.isEmpty() && options.defaultType.isEmpty())
        return mappedFailure(ImportField::Type, fail(QStringLiteral("type"), QStringLiteral("missing")));
    if (auto r = text(mapped(ImportField::Title), QStringLiteral("title"), incident.title); !r)
        return mappedFailure(ImportField::Title, r);
    if (incident.title.isEmpty())
        return mappedFailure(ImportField::Title, fail(QStringLiteral("title"), QStringLiteral("missing")));
    if (!mapped(ImportField::Date) || mapped(ImportField::Date)->isNull())
        return mappedFailure(ImportField::Date, fail(QStringLiteral("date"), QStringLiteral("missing")));
    if (auto r = date(mapped(ImportField::Date), QStringLiteral("date"), incident.date); !r)
        return mappedFailure(ImportField::Date, r);
    if (auto r = text(mapped(ImportField::Description), QStringLiteral("description"), incident.description); !r)
        return mappedFailure(ImportField::Description, r);
    const JsonValue *id = options.idIsMember ? (options.idField.isEmpty() ? nullptr : memberId) : mapped(ImportField::Id);
    if (id && !id->isNull()) {
        if (!id->isString() && !id->isNumber())
            return mappedFailure(ImportField::Id, fail(QStringLiteral("id"), QStringLiteral("must be a string or a number")));
        incident.importId = qstr(id->text); // a number as written: 101, not 101.0
    }

    const std::pair<const char *, QString *> texts[] = {{"region", &incident.region}, {"equipment", &incident.equipment},
        {"created", &incident.created}, {"updated", &incident.updated}};
    for (const auto &[key, out] : texts)
        if (auto r = text(properties->member(key), QLatin1String(key), *out); !r)
            return failed(r);
    if (auto r = vocabulary(properties->member("status"), QStringLiteral("status"), incident.status); !r)
        return failed(r);
    if (auto r = vocabulary(properties->member("precision"), QStringLiteral("precision"), incident.precision); !r)
        return failed(r);
    if (auto r = count(properties->member("fatalities"), QStringLiteral("fatalities"), incident.fatalities); !r)
        return failed(r);
    if (auto r = count(properties->member("quantity"), QStringLiteral("quantity"), incident.quantity); !r)
        return failed(r);
    if (auto r = count(properties->member("fatalities_low"), QStringLiteral("fatalities_low"), incident.fatalitiesLow); !r)
        return failed(r);
    if (auto r = count(properties->member("fatalities_high"), QStringLiteral("fatalities_high"), incident.fatalitiesHigh); !r)
        return failed(r);
    if (auto r = date(properties->member("date_until"), QStringLiteral("date_until"), incident.dateUntil); !r)
        return failed(r);
    if (auto r = actorList(properties->member("actors"), incident.actors); !r)
        return failed(r);
    if (auto r = claims(properties->member("sources"), incident); !r)
        return failed(r);
    std::optional<PartialDate> published;
    if (auto r = date(mapped(ImportField::SourceDate), QStringLiteral("source date"), published); !r)
        return mappedFailure(ImportField::SourceDate, r);
    if (auto r = sourceUrls(mapped(ImportField::SourceUrl), published, incident); !r)
        return mappedFailure(ImportField::SourceUrl, r);
    for (const QString &name : options.actorFields) {
        if (name.isEmpty())
            continue;
        QStringList named = actorNames(incident.actors);
        if (auto r = names(properties->member(name.toStdString()), named); !r)
            return mappedFailure(ImportField::Actor, r, name);
        for (qsizetype i = qsizetype(incident.actors.size()); i < named.size(); ++i)
            incident.actors.push_back({named[i], {}, {}});
    }

    // Everything else is kept, not dropped: in "extra", with what an earlier
    // import kept there.
    std::set<std::string> known{"date_precision", "status", "precision", "region", "region_name", "actors", "fatalities",
        "fatalities_low", "fatalities_high", "date_until", "equipment", "quantity", "created", "updated", "sources", "extra"};
    // A line's or area's units, as export writes them: found again by the
    // store. (Another tool's "regions" of a point is kept.)
    if (incident.shape)
        known.insert("regions");
    for (ImportField field : {ImportField::Type, ImportField::Title, ImportField::Date, ImportField::Description,
             ImportField::SourceUrl, ImportField::SourceDate})
        if (!options.property(field).isEmpty())
            known.insert(options.property(field).toStdString());
    for (const QString &name : options.actorFields)
        known.insert(name.toStdString());
    if (!options.idIsMember && !options.idField.isEmpty())
        known.insert(options.idField.toStdString());
    JsonValue extra;
    extra.type = JsonValue::Type::Object;
    if (const JsonValue *kept = properties->member("extra"); kept && !kept->isNull()) {
        if (!kept->isObject())
            return R::failure(QStringLiteral("extra: must be an object or null"));
        extra.members = kept->members;
    }
    for (const auto &member : properties->members) {
        if (known.count(member.first))
            continue;
        // One value per key: a property beside "extra" replaces the kept one.
        auto same = std::find_if(
            extra.members.begin(), extra.members.end(), [&](const auto &kept) { return kept.first == member.first; });
        if (same != extra.members.end())
            same->second = member.second;
        else
            extra.members.push_back(member);
    }
    if (!extra.members.empty())
        incident.extra = QString::fromStdString(extra.serialized());
    return incident;
}

} // namespace

} // namespace conflictmap
