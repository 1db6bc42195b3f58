// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gazetteer/GazetteerReader.h"

#include "store/SqliteDatabase.h"

#include <QHash>

#include <unordered_map>

namespace conflictmap {

namespace {
constexpr auto kFormat = "conflictmap-gazetteer";
constexpr int kFormatVersion = 1;

// Language and script tags repeat a million times in the world's file: one
// shared copy of each.
class TagPool {
public:
    QString operator()(const QString &tag)
    {
        auto found = m_tags.constFind(tag);
        return found != m_tags.constEnd() ? *found : *m_tags.insert(tag, tag);
    }

private:
    QHash<QString, QString> m_tags;
};
} // namespace

Result<std::vector<GazetteerEntry>> GazetteerReader::read(const QString &path)
{
    using R = Result<std::vector<GazetteerEntry>>;
    auto opened = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadOnly);
    if (!opened)
        return R::failure(opened.problem());
    SqliteDatabase &db = *opened.value();

    SqliteStatement info = db.prepare("SELECT value FROM gazetteer_info WHERE key = 'format_version'"
                                      " AND (SELECT value FROM gazetteer_info WHERE key = 'format') = ?1");
    if (!info.isValid())
        return R::failure(QStringLiteral("%1: not a conflictmap gazetteer (%2)").arg(path, db.lastError()));
    info.bind(1, QString::fromLatin1(kFormat));
    if (!info.next())
        return R::failure(QStringLiteral("%1: not a conflictmap gazetteer (no format '%2' in gazetteer_info)")
                              .arg(path, QLatin1String(kFormat)));
    if (info.text(0) != QString::number(kFormatVersion))
        return R::failure(QStringLiteral("%1: gazetteer format version %2; this conflictmap reads version %3")
                              .arg(path, info.text(0))
                              .arg(kFormatVersion));

    std::vector<GazetteerEntry> entries;
    std::unordered_map<qint64, std::size_t> indexOfId;
    SqliteStatement rows = db.prepare("SELECT id, kind, geonameid, name, local_name, lon, lat, country, feature_code,"
                                      " population, admin_code FROM entries ORDER BY id");
    while (rows.next()) {
        GazetteerEntry entry;
        entry.kind = rows.text(1) == QLatin1String("admin_unit") ? GazetteerEntry::Kind::AdminUnit : GazetteerEntry::Kind::Place;
        entry.geonameid = rows.integer(2);
        entry.name = rows.text(3);
        entry.localName = rows.text(4);
        entry.lon = rows.real(5);
        entry.lat = rows.real(6);
        entry.country = rows.text(7);
        entry.featureCode = rows.text(8);
        entry.population = rows.integer(9);
        entry.adminCode = rows.text(10);
        indexOfId.emplace(rows.integer(0), entries.size());
        entries.push_back(std::move(entry));
    }
    if (rows.failed())
        return R::failure(QStringLiteral("%1: cannot read its entries: %2").arg(path, db.lastError()));

    TagPool tags;
    SqliteStatement names = db.prepare("SELECT entry_id, name, lang, script FROM names ORDER BY entry_id, rowid");
    while (names.next()) {
        const auto entry = indexOfId.find(names.integer(0));
        if (entry == indexOfId.end())
            return R::failure(QStringLiteral("%1: a name of entry %2, which is not there").arg(path).arg(names.integer(0)));
        entries[entry->second].names.push_back({names.text(1), tags(names.text(2)), tags(names.text(3))});
    }
    if (names.failed())
        return R::failure(QStringLiteral("%1: cannot read its names: %2").arg(path, db.lastError()));
    return R(std::move(entries));
}

} // namespace conflictmap
