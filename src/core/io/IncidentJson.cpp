#include "io/IncidentJson.h"

#include "geo/BoundaryLayer.h"

#include <QJsonArray>

#include <cmath>

namespace conflictmap {

namespace {
QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue orNull(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue();
}

QJsonValue orNull(const std::optional<PartialDate> &date)
{
    return date ? QJsonValue(date->toString()) : QJsonValue();
}

// Reads an optional string property; fails on any other type.
Result<QString> text(const QJsonObject &o, const char *key, const QString &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString())
        return Result<QString>::failure(QStringLiteral("%1%2: must be a string or null").arg(where, QLatin1String(key)));
    return v.toString();
}

Result<std::optional<qint64>> count(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::optional<qint64>();
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d != std::floor(d) || d > 9.0e15)
        return Result<std::optional<qint64>>::failure(
            QStringLiteral("%1: must be a whole number of at least 0 or null").arg(QLatin1String(key)));
    return std::optional<qint64>(qint64(d));
}

Result<std::optional<PartialDate>> date(const QJsonObject &o, const char *key, const QString &where)
{
    auto t = text(o, key, where);
    if (!t)
        return Result<std::optional<PartialDate>>::failure(t.error());
    if (t->isEmpty())
        return std::optional<PartialDate>();
    QString why;
    auto parsed = PartialDate::parse(*t, &why);
    if (!parsed)
        return Result<std::optional<PartialDate>>::failure(QStringLiteral("%1%2: %3").arg(where, QLatin1String(key), why));
    return std::optional<PartialDate>(parsed);
}
// Reads an optional vocabulary property into 'value'; absent keeps it.
template <typename Enum>
Result<void> vocabulary(const QJsonObject &o, const char *key, Enum &value, const QString &where = {})
{
    auto name = text(o, key, where);
    if (!name)
        return Result<void>::failure(name.error());
    if (name->isEmpty())
        return {};
    auto parsed = parseVocabulary<Enum>(*name);
    if (!parsed)
        return Result<void>::failure(QStringLiteral("%1%2: '%3' is not one of %4")
                                         .arg(where, QLatin1String(key), name->left(40), vocabularyNames<Enum>().join(", ")));
    value = *parsed;
    return {};
}
} // namespace

QJsonObject IncidentJson::sourceObject(const Source &source)
{
    return {{"title", source.title}, {"url", orNull(source.url)}, {"publisher", orNull(source.publisher)},
        {"language", orNull(source.language)}, {"published", orNull(source.published)}};
}

QJsonObject IncidentJson::claimObject(const Claim &claim)
{
    QJsonObject o = sourceObject(claim.source);
    o.insert("claimant", orNull(claim.claimant));
    o.insert("stance", toString(claim.stance));
    o.insert("quote", orNull(claim.quote));
    o.insert("translation", orNull(claim.translation));
    return o;
}

QJsonObject IncidentJson::properties(const Incident &incident, const BoundaryLayer *layer)
{
    QString regionName;
    if (layer && !incident.region.isEmpty()) {
        if (const Region *region = layer->regionByCode(incident.region))
            regionName = region->nameEn;
    }
    QJsonArray sources;
    for (const Claim &claim : incident.claims)
        sources.append(claimObject(claim));
    return {{"type", incident.type}, {"title", incident.title}, {"description", orNull(incident.description)},
        {"date", orNull(incident.date)},
        {"date_precision", incident.date ? QJsonValue(incident.date->precisionName()) : QJsonValue()},
        {"status", toString(incident.status)}, {"precision", toString(incident.precision)}, {"region", orNull(incident.region)},
        {"region_name", orNull(regionName)}, {"actors", QJsonArray::fromStringList(incident.actors)},
        {"fatalities", orNull(incident.fatalities)}, {"equipment", orNull(incident.equipment)},
        {"quantity", orNull(incident.quantity)}, {"created", orNull(incident.created)}, {"updated", orNull(incident.updated)},
        {"sources", sources}};
}

Result<Incident> IncidentJson::fromProperties(const QJsonObject &p, double lon, double lat)
{
    using R = Result<Incident>;
    Incident incident;
    incident.lon = lon;
    incident.lat = lat;
    for (const char *required : {"type", "title", "date"}) {
        if (!p.value(QLatin1String(required)).isString())
            return R::failure(QStringLiteral("%1: missing, or not a string").arg(QLatin1String(required)));
    }
    incident.type = p.value("type").toString();
    incident.title = p.value("title").toString();
    auto description = text(p, "description", {});
    if (!description)
        return R::failure(description.error());
    incident.description = *description;
    auto when = date(p, "date", {});
    if (!when)
        return R::failure(when.error());
    incident.date = *when;

    if (auto status = vocabulary(p, "status", incident.status); !status)
        return R::failure(status.error());
    if (auto precision = vocabulary(p, "precision", incident.precision); !precision)
        return R::failure(precision.error());
    auto region = text(p, "region", {});
    if (!region)
        return R::failure(region.error());
    incident.region = *region;
    auto equipment = text(p, "equipment", {});
    if (!equipment)
        return R::failure(equipment.error());
    incident.equipment = *equipment;
    auto fatalities = count(p, "fatalities");
    if (!fatalities)
        return R::failure(fatalities.error());
    incident.fatalities = *fatalities;
    auto quantity = count(p, "quantity");
    if (!quantity)
        return R::failure(quantity.error());
    incident.quantity = *quantity;

    const QJsonValue actors = p.value("actors");
    if (!actors.isUndefined() && !actors.isNull()) {
        if (!actors.isArray())
            return R::failure(QStringLiteral("actors: must be an array of strings"));
        for (const QJsonValue &actor : actors.toArray()) {
            if (!actor.isString())
                return R::failure(QStringLiteral("actors: must be an array of strings"));
            incident.actors << actor.toString();
        }
    }

    const QJsonValue sources = p.value("sources");
    if (!sources.isUndefined() && !sources.isNull()) {
        if (!sources.isArray())
            return R::failure(QStringLiteral("sources: must be an array of objects"));
        const QJsonArray all = sources.toArray();
        for (int i = 0; i < all.size(); ++i) {
            const QString where = QStringLiteral("sources[%1].").arg(i);
            if (!all[i].isObject())
                return R::failure(QStringLiteral("sources[%1]: must be an object").arg(i));
            const QJsonObject o = all[i].toObject();
            Claim claim;
            Result<QString> fields[] = {text(o, "title", where), text(o, "url", where), text(o, "publisher", where),
                text(o, "language", where), text(o, "claimant", where), text(o, "quote", where), text(o, "translation", where)};
            for (const auto &field : fields)
                if (!field)
                    return R::failure(field.error());
            claim.source.title = *fields[0];
            if (claim.source.title.isEmpty())
                return R::failure(QStringLiteral("%1title: a source needs a title").arg(where));
            claim.source.url = *fields[1];
            claim.source.publisher = *fields[2];
            claim.source.language = *fields[3];
            claim.claimant = *fields[4];
            claim.quote = *fields[5];
            claim.translation = *fields[6];
            if (auto stance = vocabulary(o, "stance", claim.stance, where); !stance)
                return R::failure(stance.error());
            auto published = date(o, "published", where);
            if (!published)
                return R::failure(published.error());
            claim.source.published = *published;
            incident.claims.push_back(std::move(claim));
        }
    }
    return incident;
}

} // namespace conflictmap
