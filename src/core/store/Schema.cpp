// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/Schema.h"

#include "store/HistoryColumns.h"
#include "store/SearchText.h"
#include "store/SqliteDatabase.h"

#include <QFile>
#include <QRegularExpression>

#include <array>
#include <vector>

namespace conflictmap {

namespace {

// Version 1: the records and their links. The CHECKs on rows written by
// the million are written with OR, not IN (...): SQLite builds a temporary
// index for every IN list it evaluates.
const char *kVersion1 = R"sql(
CREATE TABLE incident_types (
    name TEXT PRIMARY KEY CHECK (name GLOB '[a-z]*' AND name NOT GLOB '*[^a-z0-9_]*'),
    label TEXT NOT NULL,
    family TEXT NOT NULL CHECK (family IN ('clash', 'territory', 'movement', 'diplomatic', 'other')),
    is_deployment INTEGER NOT NULL DEFAULT 0 CHECK (is_deployment IN (0, 1)),
    builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1))
);
INSERT INTO incident_types (name, label, family, is_deployment, builtin) VALUES
    ('armed_clash', 'Armed clash', 'clash', 0, 1),
    ('shelling', 'Shelling', 'clash', 0, 1),
    ('air_or_drone_strike', 'Air or drone strike', 'clash', 0, 1),
    ('territory_captured', 'Territory captured', 'territory', 0, 1),
    ('territory_withdrawn', 'Territory withdrawn', 'territory', 0, 1),
    ('troop_movement', 'Troop movement', 'movement', 1, 1),
    ('equipment_deployment', 'Equipment deployment', 'movement', 1, 1),
    ('position_established', 'Position established', 'movement', 1, 1),
    ('ceasefire_violation', 'Ceasefire violation', 'clash', 0, 1),
    ('diplomatic_contact', 'Diplomatic contact', 'diplomatic', 0, 1),
    ('statement', 'Statement', 'diplomatic', 0, 1),
    ('other', 'Other', 'other', 0, 1);

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(title) > 0),
    url TEXT,
    publisher TEXT,
    language TEXT,
    published TEXT,
    retrieved TEXT,
    text TEXT,
    created TEXT NOT NULL
);
CREATE UNIQUE INDEX sources_url ON sources (url) WHERE url IS NOT NULL;

CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL REFERENCES incident_types (name) ON UPDATE CASCADE,
    title TEXT NOT NULL CHECK (length(title) > 0),
    description TEXT,
    date TEXT NOT NULL,
    date_precision TEXT NOT NULL CHECK (date_precision = 'year' OR date_precision = 'month' OR date_precision = 'day'),
    date_start TEXT NOT NULL,
    date_end TEXT NOT NULL,
    lon REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
    lat REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
    precision TEXT NOT NULL CHECK (precision = 'exact' OR precision = 'near' OR precision = 'region' OR precision = 'country'),
    region TEXT,
    status TEXT NOT NULL CHECK (status = 'reported' OR status = 'claimed' OR status = 'disputed' OR status = 'confirmed' OR status = 'denied'),
    fatalities INTEGER CHECK (fatalities >= 0),
    equipment TEXT,
    quantity INTEGER CHECK (quantity >= 0),
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX incidents_date ON incidents (date_start, date_end);
CREATE INDEX incidents_region ON incidents (region);
CREATE INDEX incidents_type ON incidents (type);

CREATE TABLE incident_actors (
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    actor TEXT NOT NULL CHECK (length(actor) > 0),
    PRIMARY KEY (incident_id, position)
);

CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE RESTRICT,
    claimant TEXT,
    stance TEXT NOT NULL CHECK (stance = 'reports' OR stance = 'claims' OR stance = 'denies'),
    quote TEXT,
    translation TEXT,
    created TEXT NOT NULL
);
CREATE INDEX claims_incident ON claims (incident_id);
CREATE INDEX claims_source ON claims (source_id);
)sql";

// The text of an incident's claims for the full-text index (CLAIMS_TEXT(id)
// in the migrations), gathered with the incident in the WHERE clause so it
// costs that incident's claims, not a pass over all of them.
QByteArray claimsText(const QByteArray &incidentId)
{
    return "(SELECT group_concat(coalesce(c.claimant, '') || ' ' || coalesce(c.quote, '') || ' ' || coalesce(c.translation, '')"
           " || ' ' || s.title || ' ' || coalesce(s.publisher, ''), ' ')"
           " FROM claims c JOIN sources s ON s.id = c.source_id WHERE c.incident_id = "
        + incidentId + ")";
}

// The values (not the keys) of an incident's kept properties for the
// full-text index (EXTRA_TEXT(column) in the migrations).
QByteArray extraText(const QByteArray &extra)
{
    return "(SELECT group_concat(value, ' ') FROM json_tree(" + extra + ") WHERE atom IS NOT NULL)";
}

// The full-text index's row of an incident (rowid, title, description,
// claims, extra) from the incidents row 'incident' (an alias or new): as
// the triggers and a bulk write index it, folded for search by 'fold'.
QByteArray indexedRow(const QByteArray &incident, QByteArray (*fold)(const QByteArray &) = SearchText::foldSql)
{
    return incident + ".id, " + fold(incident + ".title") + ", " + fold(incident + ".description") + ", "
        + fold(claimsText(incident + ".id")) + ", " + fold(extraText(incident + ".extra"));
}

// Expands the placeholders of a migration's SQL: CLAIMS_TEXT(id) and
// EXTRA_TEXT(column) as they were first indexed; INDEXED_ROW(alias),
// FOLDED(expression), FOLDED_CLAIMS(id) and FOLDED_EXTRA(column) as they are
// indexed since version 7.
QByteArray expanded(const char *migration)
{
    static const QRegularExpression placeholder(
        QStringLiteral("\\b(CLAIMS_TEXT|EXTRA_TEXT|INDEXED_ROW|FOLDED|FOLDED_CLAIMS|FOLDED_EXTRA)\\(([\\w.]+)\\)"));
    QString sql = QString::fromUtf8(migration);
    QRegularExpressionMatch m;
    while ((m = placeholder.match(sql)).hasMatch()) {
        const QString name = m.captured(1);
        const QByteArray argument = m.captured(2).toUtf8();
        const QByteArray replacement = name == QLatin1String("CLAIMS_TEXT") ? claimsText(argument)
            : name == QLatin1String("EXTRA_TEXT")                           ? extraText(argument)
            : name == QLatin1String("INDEXED_ROW")                          ? indexedRow(argument)
            : name == QLatin1String("FOLDED_CLAIMS")                        ? SearchText::foldSql(claimsText(argument))
            : name == QLatin1String("FOLDED_EXTRA")                         ? SearchText::foldSql(extraText(argument))
                                                                            : SearchText::foldSql(argument);
        sql.replace(m.capturedStart(), m.capturedLength(), QString::fromUtf8(replacement));
    }
    return sql.toUtf8();
}

// Version 2: the spatial index (R*Tree) and full-text search (FTS5), kept
// in step with the tables by triggers, so every writer (app, CLI, import)
// maintains them; existing rows are indexed by the migration.
const char *kVersion2 = R"sql(
CREATE VIRTUAL TABLE incident_location USING rtree (id, min_lon, max_lon, min_lat, max_lat);
INSERT INTO incident_location SELECT id, lon, lon, lat, lat FROM incidents;

CREATE VIRTUAL TABLE incident_text USING fts5 (title, description, claims, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO incident_text (rowid, title, description, claims)
    SELECT i.id, i.title, i.description,
           CLAIMS_TEXT(i.id)
    FROM incidents i;

-- An incident's claims may be written before it (the store does so), so
-- its text row is made once, claims included.
CREATE TRIGGER incidents_indexed AFTER INSERT ON incidents BEGIN
    INSERT INTO incident_location VALUES (new.id, new.lon, new.lon, new.lat, new.lat);
    INSERT INTO incident_text (rowid, title, description, claims) VALUES (new.id, new.title, new.description, CLAIMS_TEXT(new.id));
END;
CREATE TRIGGER incidents_reindexed AFTER UPDATE ON incidents BEGIN
    UPDATE incident_location SET min_lon = new.lon, max_lon = new.lon, min_lat = new.lat, max_lat = new.lat
        WHERE id = new.id;
    UPDATE incident_text SET title = new.title, description = new.description WHERE rowid = new.id;
END;
CREATE TRIGGER incidents_unindexed AFTER DELETE ON incidents BEGIN
    DELETE FROM incident_location WHERE id = old.id;
    DELETE FROM incident_text WHERE rowid = old.id;
END;
CREATE TRIGGER claims_added AFTER INSERT ON claims BEGIN
    UPDATE incident_text SET claims = CLAIMS_TEXT(new.incident_id)
        WHERE rowid = new.incident_id;
END;
CREATE TRIGGER claims_changed AFTER UPDATE ON claims BEGIN
    UPDATE incident_text SET claims = CLAIMS_TEXT(old.incident_id)
        WHERE rowid = old.incident_id;
    UPDATE incident_text SET claims = CLAIMS_TEXT(new.incident_id)
        WHERE rowid = new.incident_id;
END;
CREATE TRIGGER claims_removed AFTER DELETE ON claims BEGIN
    UPDATE incident_text SET claims = CLAIMS_TEXT(old.incident_id)
        WHERE rowid = old.incident_id;
END;
CREATE TRIGGER sources_changed AFTER UPDATE ON sources BEGIN
    UPDATE incident_text SET claims = CLAIMS_TEXT(incident_text.rowid)
        WHERE rowid IN (SELECT incident_id FROM claims WHERE source_id = new.id);
END;
)sql";

// Version 3: properties of imported features that have no column of their
// own, kept as a JSON object so nothing an import brings is lost.
const char *kVersion3 = R"sql(
ALTER TABLE incidents ADD COLUMN extra TEXT CHECK (extra IS NULL OR json_valid(extra));
)sql";

// Version 4: where an imported incident came from, so importing the same
// data again updates it instead of adding it twice: the feature's own id,
// unique within its dataset (by default the file's name), and a digest of
// the content as last imported, to skip features that did not change.
const char *kVersion4 = R"sql(
ALTER TABLE incidents ADD COLUMN import_dataset TEXT;
ALTER TABLE incidents ADD COLUMN import_id TEXT CHECK (import_id IS NULL OR import_dataset IS NOT NULL);
ALTER TABLE incidents ADD COLUMN import_digest INTEGER;
CREATE UNIQUE INDEX incidents_imported ON incidents (import_dataset, import_id) WHERE import_id IS NOT NULL;
)sql";

// Version 5: kept properties are searched too: the full-text index gains
// their values, existing incidents included.
const char *kVersion5 = R"sql(
DROP TRIGGER incidents_indexed;
DROP TRIGGER incidents_reindexed;
DROP TABLE incident_text;
CREATE VIRTUAL TABLE incident_text USING fts5 (title, description, claims, extra, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO incident_text (rowid, title, description, claims, extra)
    SELECT i.id, i.title, i.description, CLAIMS_TEXT(i.id), EXTRA_TEXT(i.extra)
    FROM incidents i;
CREATE TRIGGER incidents_indexed AFTER INSERT ON incidents BEGIN
    INSERT INTO incident_location VALUES (new.id, new.lon, new.lon, new.lat, new.lat);
    INSERT INTO incident_text (rowid, title, description, claims, extra)
        VALUES (new.id, new.title, new.description, CLAIMS_TEXT(new.id), EXTRA_TEXT(new.extra));
END;
CREATE TRIGGER incidents_reindexed AFTER UPDATE ON incidents BEGIN
    UPDATE incident_location SET min_lon = new.lon, max_lon = new.lon, min_lat = new.lat, max_lat = new.lat
        WHERE id = new.id;
    UPDATE incident_text SET title = new.title, description = new.description, extra = EXTRA_TEXT(new.extra)
        WHERE rowid = new.id;
END;
)sql";

// Version 6: an id once given is never given again (reports cite them):
// incidents and sources become AUTOINCREMENT tables, their rows and ids
// kept. SQLite cannot add AUTOINCREMENT to a table, so each is rebuilt
// (SQLite's own procedure: copy into a new table, drop, rename), with the
// triggers dropped meanwhile and every trigger and index made again.
bool rebuildWithAutoincrement(SqliteDatabase &db)
{
    std::vector<std::pair<QByteArray, QByteArray>> saved; // type and name, sql
    {
        SqliteStatement select
            = db.prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
                         " AND (type = 'trigger' OR (type = 'index' AND tbl_name IN ('incidents', 'sources')))");
        while (select.next())
            saved.emplace_back(select.text(0).toUtf8() + ' ' + select.text(1).toUtf8(), select.text(2).toUtf8());
    }
    for (const auto &[typeAndName, sql] : saved)
        if (typeAndName.startsWith("trigger ") && !db.exec("DROP TRIGGER " + typeAndName.mid(8)))
            return false;
    for (const char *table : {"incidents", "sources"}) {
        const QByteArray name(table), rebuilt = name + "_rebuilt";
        QByteArray sql;
        {
            SqliteStatement create = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1");
            create.bind(1, QString::fromLatin1(table));
            if (create.next())
                sql = create.text(0).toUtf8();
        } // finished before the table goes: a running read would lock it
        if (!sql.startsWith("CREATE TABLE " + name + " (") || !sql.contains("id INTEGER PRIMARY KEY,"))
            return false;
        sql.replace("CREATE TABLE " + name + " (", "CREATE TABLE " + rebuilt + " (");
        sql.replace("id INTEGER PRIMARY KEY,", "id INTEGER PRIMARY KEY AUTOINCREMENT,");
        if (!db.exec(sql.constData())
            || !db.exec("INSERT INTO " + rebuilt + " SELECT * FROM " + name + "; DROP TABLE " + name + "; ALTER TABLE " + rebuilt
                + " RENAME TO " + name + ";"))
            return false;
    }
    for (const auto &[typeAndName, sql] : saved)
        if (!db.exec(sql.constData()))
            return false;
    // The rows kept their references while foreign keys were off.
    SqliteStatement check = db.prepare("PRAGMA foreign_key_check");
    return check.isValid() && !check.next() && !check.failed();
}

// Version 7: Arabic found as it is written: the full-text index holds
// the text folded (SearchText: hamza and alef forms, ta marbuta, tatweel,
// diacritics), the records keep it as typed. The triggers that fill the
// index fold what they write; existing incidents are indexed anew.
const char *kVersion7 = R"sql(
DROP TRIGGER incidents_indexed;
DROP TRIGGER incidents_reindexed;
DROP TRIGGER claims_added;
DROP TRIGGER claims_changed;
DROP TRIGGER claims_removed;
DROP TRIGGER sources_changed;
DROP TABLE incident_text;
CREATE VIRTUAL TABLE incident_text USING fts5 (title, description, claims, extra, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO incident_text (rowid, title, description, claims, extra) SELECT INDEXED_ROW(i) FROM incidents i;
CREATE TRIGGER incidents_indexed AFTER INSERT ON incidents BEGIN
    INSERT INTO incident_location VALUES (new.id, new.lon, new.lon, new.lat, new.lat);
    INSERT INTO incident_text (rowid, title, description, claims, extra) SELECT INDEXED_ROW(new);
END;
CREATE TRIGGER incidents_reindexed AFTER UPDATE ON incidents BEGIN
    UPDATE incident_location SET min_lon = new.lon, max_lon = new.lon, min_lat = new.lat, max_lat = new.lat
        WHERE id = new.id;
    UPDATE incident_text SET title = FOLDED(new.title), description = FOLDED(new.description),
        extra = FOLDED_EXTRA(new.extra) WHERE rowid = new.id;
END;
CREATE TRIGGER claims_added AFTER INSERT ON claims BEGIN
    UPDATE incident_text SET claims = FOLDED_CLAIMS(new.incident_id) WHERE rowid = new.incident_id;
END;
CREATE TRIGGER claims_changed AFTER UPDATE ON claims BEGIN
    UPDATE incident_text SET claims = FOLDED_CLAIMS(old.incident_id) WHERE rowid = old.incident_id;
    UPDATE incident_text SET claims = FOLDED_CLAIMS(new.incident_id) WHERE rowid = new.incident_id;
END;
CREATE TRIGGER claims_removed AFTER DELETE ON claims BEGIN
    UPDATE incident_text SET claims = FOLDED_CLAIMS(old.incident_id) WHERE rowid = old.incident_id;
END;
CREATE TRIGGER sources_changed AFTER UPDATE ON sources BEGIN
    UPDATE incident_text SET claims = FOLDED_CLAIMS(incident_text.rowid)
        WHERE rowid IN (SELECT incident_id FROM claims WHERE source_id = new.id);
END;
)sql";

// Version 8: lines and areas (issue 13). An incident's position may be a
// line or an area, kept as WKB beside its representative point (lon, lat),
// with its bounding box in the spatial index and every unit it touches,
// largest share first. Territorial control: dated versions of the area a
// party holds, as the analyst assesses it (claimed_by NULL) or as someone
// claims it, each a series of its own, with the claims they rest on;
// parties keep the colour they were first given.
const char *kVersion8 = R"sql(
ALTER TABLE incidents ADD COLUMN geometry BLOB;
ALTER TABLE incidents ADD COLUMN west REAL CHECK (west IS NULL OR west BETWEEN -180 AND 180);
ALTER TABLE incidents ADD COLUMN south REAL CHECK (south IS NULL OR south BETWEEN -90 AND 90);
ALTER TABLE incidents ADD COLUMN east REAL CHECK (east IS NULL OR east BETWEEN -180 AND 180);
ALTER TABLE incidents ADD COLUMN north REAL CHECK (north IS NULL OR north BETWEEN -90 AND 90);
DROP TRIGGER incidents_indexed;
DROP TRIGGER incidents_reindexed;
CREATE TRIGGER incidents_indexed AFTER INSERT ON incidents BEGIN
    INSERT INTO incident_location VALUES (new.id, coalesce(new.west, new.lon), coalesce(new.east, new.lon),
        coalesce(new.south, new.lat), coalesce(new.north, new.lat));
    INSERT INTO incident_text (rowid, title, description, claims, extra) SELECT INDEXED_ROW(new);
END;
CREATE TRIGGER incidents_reindexed AFTER UPDATE ON incidents BEGIN
    UPDATE incident_location SET min_lon = coalesce(new.west, new.lon), max_lon = coalesce(new.east, new.lon),
        min_lat = coalesce(new.south, new.lat), max_lat = coalesce(new.north, new.lat)
        WHERE id = new.id;
    UPDATE incident_text SET title = FOLDED(new.title), description = FOLDED(new.description),
        extra = FOLDED_EXTRA(new.extra) WHERE rowid = new.id;
END;
CREATE TABLE incident_regions (
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    region TEXT NOT NULL,
    share REAL NOT NULL CHECK (share > 0 AND share <= 1),
    PRIMARY KEY (incident_id, position)
);
CREATE INDEX incident_regions_region ON incident_regions (region);

CREATE TABLE parties (
    name TEXT PRIMARY KEY CHECK (length(trim(name)) > 0),
    color TEXT NOT NULL CHECK (length(color) = 7 AND color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    created TEXT NOT NULL
);
CREATE TABLE control_records (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    party TEXT NOT NULL REFERENCES parties (name) ON UPDATE CASCADE,
    claimed_by TEXT CHECK (claimed_by IS NULL OR length(trim(claimed_by)) > 0),
    date TEXT NOT NULL CHECK (length(date) = 10 AND date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    geometry BLOB NOT NULL,
    area_km2 REAL NOT NULL CHECK (area_km2 >= 0),
    west REAL NOT NULL CHECK (west BETWEEN -180 AND 180),
    south REAL NOT NULL CHECK (south BETWEEN -90 AND 90),
    east REAL NOT NULL CHECK (east BETWEEN -180 AND 180),
    north REAL NOT NULL CHECK (north BETWEEN -90 AND 90),
    note TEXT,
    import_dataset TEXT,
    import_id TEXT CHECK (import_id IS NULL OR import_dataset IS NOT NULL),
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX control_series ON control_records (party, claimed_by, date, id);
CREATE INDEX control_date ON control_records (date);
CREATE UNIQUE INDEX control_imported ON control_records (import_dataset, import_id) WHERE import_id IS NOT NULL;
CREATE TABLE control_claims (
    id INTEGER PRIMARY KEY,
    control_id INTEGER NOT NULL REFERENCES control_records (id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE RESTRICT,
    claimant TEXT,
    stance TEXT NOT NULL CHECK (stance = 'reports' OR stance = 'claims' OR stance = 'denies'),
    quote TEXT,
    translation TEXT,
    created TEXT NOT NULL
);
CREATE INDEX control_claims_control ON control_claims (control_id);
CREATE INDEX control_claims_source ON control_claims (source_id);
)sql";

// Version 9: who created each incident and who changed it last (the
// account on the machine that wrote the file; a server's user on a team
// database).
const char *kVersion9 = R"sql(
ALTER TABLE incidents ADD COLUMN created_by TEXT;
ALTER TABLE incidents ADD COLUMN updated_by TEXT;
)sql";

// A record as the history keeps it: a JSON object of the recorded columns
// of 'row' (a trigger's old or new, or a table's alias).
QByteArray historyObject(const HistoryColumns::RecordedTable &table, const char *row)
{
    return "json_object(" + HistoryColumns::objectArguments(table, row, "CASE WHEN %1 IS NULL THEN NULL ELSE lower(hex(%1)) END")
        + ")";
}

const char *kHistoryInsert = "INSERT INTO history (tx, at, by, kind, record_id, operation, before, after, reason) ";

// The values of one history row: the change of the record 'id' of 'table',
// with the transaction, user and reason conflictmap put in change_context.
QByteArray historyValues(const HistoryColumns::RecordedTable &table, const QByteArray &id, const char *operation,
    const QByteArray &before, const QByteArray &after)
{
    return "(SELECT tx FROM change_context), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT by_user FROM change_context), '"
        + QByteArray(table.table) + "', " + id + ", '" + operation + "', " + before + ", " + after
        + ", (SELECT reason FROM change_context)";
}

// The triggers that write every change of 'table' to the history.
QByteArray historyTriggers(const HistoryColumns::RecordedTable &table)
{
    const QByteArray name = table.table;
    const QByteArray before = historyObject(table, "old");
    const QByteArray after = historyObject(table, "new");
    const std::pair<const char *, std::pair<QByteArray, QByteArray>> operations[]
        = {{"insert", {"NULL", after}}, {"update", {before, after}}, {"delete", {before, "NULL"}}};
    QByteArray sql;
    for (const auto &[operation, values] : operations) {
        const QByteArray id = (QByteArray(operation) == "delete" ? "old." : "new.") + QByteArray(table.idColumn);
        sql += "CREATE TRIGGER " + name + "_history_" + operation + " AFTER " + QByteArray(operation).toUpper() + " ON " + name
            + " BEGIN " + kHistoryInsert + "VALUES (" + historyValues(table, id, operation, values.first, values.second)
            + "); END;\n";
    }
    return sql;
}

// Version 10: the history of every change to incidents, claims, sources
// and areas, written by triggers, so every writer's changes are kept: when,
// who (the user conflictmap puts in change_context for the length of its
// transaction; none for other programs) and why, the record before and
// after as JSON.
bool recordHistory(SqliteDatabase &db)
{
    QByteArray sql = R"sql(
CREATE TABLE change_context (tx INTEGER, by_user TEXT, reason TEXT);
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    tx INTEGER, -- the transaction: the changes of one write
    at TEXT NOT NULL,
    by TEXT,
    kind TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    operation TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    before TEXT,
    after TEXT,
    reason TEXT
);
CREATE INDEX history_record ON history (kind, record_id);
CREATE INDEX history_tx ON history (tx);
CREATE INDEX history_incident ON history (json_extract(coalesce(after, before), '$.incident_id')) WHERE kind = 'claims';
)sql";
    for (const HistoryColumns::RecordedTable &table : HistoryColumns::recordedTables())
        sql += historyTriggers(table);
    return db.exec(sql.constData());
}

// Version 11: who created each source, claim and area and who changed it
// last, as for incidents (a server database keeps them for every record: a
// copy between the two loses none).
const char *kVersion11 = R"sql(
ALTER TABLE sources ADD COLUMN created_by TEXT;
ALTER TABLE sources ADD COLUMN updated_by TEXT;
ALTER TABLE claims ADD COLUMN created_by TEXT;
ALTER TABLE claims ADD COLUMN updated_by TEXT;
ALTER TABLE control_records ADD COLUMN created_by TEXT;
ALTER TABLE control_records ADD COLUMN updated_by TEXT;
ALTER TABLE control_claims ADD COLUMN created_by TEXT;
ALTER TABLE control_claims ADD COLUMN updated_by TEXT;
)sql";

// Version 12: each incident's version, one more at each update, so that a
// save based on an older one is refused instead of overwriting a
// colleague's change.
const char *kVersion12 = R"sql(
ALTER TABLE incidents ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
)sql";

// Version 13: the history keeps each incident's actors too (kind
// incident_actors, under the incident's id).
bool recordActorHistory(SqliteDatabase &db)
{
    return db.exec(historyTriggers(HistoryColumns::actorsTable()).constData());
}

// Version 14: the source archive. Each document's bytes once, named by
// their SHA-256 (sources that share a document share the row), with its
// media type, size, the text read from it and when it was stored; a source
// names its document. The sources' history keeps the two new columns.
bool archiveDocuments(SqliteDatabase &db)
{
    QByteArray sql = R"sql(
CREATE TABLE documents (
    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size > 0),
    content BLOB NOT NULL,
    text TEXT,
    encoding TEXT,
    created TEXT NOT NULL,
    created_by TEXT
);
ALTER TABLE sources ADD COLUMN document TEXT REFERENCES documents (sha256);
ALTER TABLE sources ADD COLUMN file_name TEXT;
CREATE INDEX sources_document ON sources (document) WHERE document IS NOT NULL;
DROP TRIGGER sources_history_insert;
DROP TRIGGER sources_history_update;
DROP TRIGGER sources_history_delete;
)sql";
    sql += historyTriggers(HistoryColumns::sourcesTable());
    return db.exec(sql.constData());
}

// Version 15: sources and claims graded as the Admiralty (NATO) system
// does: each source's reliability A–F, each claim's credibility 1–6 (claims
// on areas too). The history keeps both.
bool gradeSources(SqliteDatabase &db)
{
    QByteArray sql = R"sql(
ALTER TABLE sources ADD COLUMN reliability TEXT CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F'));
ALTER TABLE claims ADD COLUMN credibility INTEGER CHECK (credibility BETWEEN 1 AND 6);
ALTER TABLE control_claims ADD COLUMN credibility INTEGER CHECK (credibility BETWEEN 1 AND 6);
DROP TRIGGER sources_history_insert;
DROP TRIGGER sources_history_update;
DROP TRIGGER sources_history_delete;
DROP TRIGGER claims_history_insert;
DROP TRIGGER claims_history_update;
DROP TRIGGER claims_history_delete;
)sql";
    sql += historyTriggers(HistoryColumns::gradedSourcesTable()) + historyTriggers(HistoryColumns::gradedClaimsTable());
    return db.exec(sql.constData());
}

// Version 16: what the event datasets record (issue 16): a date range's
// end (date_end is then its last day), fatalities as low/best/high, and
// each actor's side and type. The history keeps them.
bool recordRangesAndSides(SqliteDatabase &db)
{
    QByteArray sql = R"sql(
ALTER TABLE incidents ADD COLUMN date_until TEXT;
ALTER TABLE incidents ADD COLUMN fatalities_low INTEGER CHECK (fatalities_low >= 0);
ALTER TABLE incidents ADD COLUMN fatalities_high INTEGER CHECK (fatalities_high >= coalesce(fatalities_low, 0));
ALTER TABLE incident_actors ADD COLUMN side TEXT CHECK (side = 'a' OR side = 'b');
ALTER TABLE incident_actors ADD COLUMN actor_type TEXT;
DROP TRIGGER incidents_history_insert;
DROP TRIGGER incidents_history_update;
DROP TRIGGER incidents_history_delete;
DROP TRIGGER incident_actors_history_insert;
DROP TRIGGER incident_actors_history_update;
DROP TRIGGER incident_actors_history_delete;
)sql";
    sql += historyTriggers(HistoryColumns::rangedIncidentsTable()) + historyTriggers(HistoryColumns::sidedActorsTable());
    return db.exec(sql.constData());
}

// Version 17: sources without a link are found by their title (an
// import's source names, UCDP's article lists): without an index each
// distinct one read the whole table.
const char *kVersion17 = R"sql(
CREATE INDEX sources_unlinked ON sources (title) WHERE url IS NULL;
)sql";

// Each version: SQL (with its placeholders expanded), or a step
// that SQL alone cannot express.
struct Migration {
    const char *sql;
    bool (*step)(SqliteDatabase &db);
};
const std::array<Migration, 17> kMigrations{{{kVersion1, nullptr}, {kVersion2, nullptr}, {kVersion3, nullptr},
    {kVersion4, nullptr}, {kVersion5, nullptr}, {nullptr, rebuildWithAutoincrement}, {kVersion7, nullptr}, {kVersion8, nullptr},
    {kVersion9, nullptr}, {nullptr, recordHistory}, {kVersion11, nullptr}, {kVersion12, nullptr}, {nullptr, recordActorHistory},
    {nullptr, archiveDocuments}, {nullptr, gradeSources}, {nullptr, recordRangesAndSides}, {kVersion17, nullptr}}};

} // namespace

QByteArray Schema::indexTextSql()
{
    return "INSERT INTO incident_text (rowid, title, description, claims, extra) SELECT "
        + indexedRow("i", SearchText::foldCallSql) + " FROM incidents i";
}

QByteArray Schema::indexLocationSql()
{
    return "INSERT INTO incident_location SELECT i.id, coalesce(i.west, i.lon), coalesce(i.east, i.lon),"
           " coalesce(i.south, i.lat), coalesce(i.north, i.lat) FROM incidents i";
}

QByteArray Schema::historyOfInsertsSql(const char *table, const QByteArray &where)
{
    // The columns the latest version's insert triggers record.
    const HistoryColumns::RecordedTable *recorded = nullptr;
    for (const HistoryColumns::RecordedTable *latest :
        {&HistoryColumns::rangedIncidentsTable(), &HistoryColumns::gradedClaimsTable(), &HistoryColumns::sidedActorsTable()})
        if (qstrcmp(latest->table, table) == 0)
            recorded = latest;
    Q_ASSERT(recorded);
    return kHistoryInsert + QByteArray("SELECT ")
        + historyValues(*recorded, QByteArray("r.") + recorded->idColumn, "insert", "NULL", historyObject(*recorded, "r"))
        + " FROM " + table + " r WHERE " + where + " ORDER BY r.rowid";
}

Result<void> Schema::withoutTriggers(SqliteDatabase &db, const char *names, const std::function<Result<void>()> &body)
{
    std::vector<std::pair<QByteArray, QByteArray>> triggers;
    {
        SqliteStatement saved = db.prepare(
            ("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND (" + QByteArray(names) + ")").constData());
        while (saved.next())
            triggers.emplace_back(saved.text(0).toUtf8(), saved.text(1).toUtf8());
    }
    for (const auto &[name, sql] : triggers)
        if (!db.exec(("DROP TRIGGER " + name).constData()))
            return Result<void>::failure(QStringLiteral("%1: cannot drop a trigger: %2").arg(db.path(), db.lastError()));
    if (Result<void> done = body(); !done)
        return done;
    for (const auto &[name, sql] : triggers)
        if (!db.exec(sql.constData()))
            return Result<void>::failure(QStringLiteral("%1: cannot restore a trigger: %2").arg(db.path(), db.lastError()));
    return {};
}

QByteArray Schema::indexedClaimsSql(const QByteArray &incidentId)
{
    return SearchText::foldSql(claimsText(incidentId));
}

int Schema::currentVersion()
{
    return int(kMigrations.size());
}

Result<void> Schema::migrate(SqliteDatabase &db, int target)
{
    if (target < 0)
        target = currentVersion();
    const int version = db.userVersion();
    if (version < 0)
        return Result<void>::failure(QStringLiteral("%1: cannot read the schema version: %2").arg(db.path(), db.lastError()));
    if (version > currentVersion())
        return Result<void>::failure(
            QStringLiteral("%1: database schema version %2 is newer than this conflictmap supports (%3); use a newer conflictmap")
                .arg(db.path())
                .arg(version)
                .arg(currentVersion()));
    if (version >= target)
        return {};
    if (version == 0) {
        // Version 0 with tables: another program's database, not a new one.
        SqliteStatement tables = db.prepare("SELECT count(*) FROM sqlite_master");
        if (!tables.next() || tables.integer(0) > 0)
            return Result<void>::failure(
                QStringLiteral("%1: an SQLite database, but not conflictmap's (it has no schema version)").arg(db.path()));
    }
    if (db.isReadOnly())
        return Result<void>::failure(
            QStringLiteral("%1: database schema version %2 needs upgrading to %3, but the file is read-only")
                .arg(db.path())
                .arg(version)
                .arg(target));
    if (version > 0) {
        // A copy as it was, before anything changes: the analyst's work is
        // not left to the migration alone. VACUUM INTO reads one consistent
        // snapshot, WAL included.
        const QString backup = QStringLiteral("%1.v%2.bak").arg(db.path()).arg(version);
        const QString partial = backup + QStringLiteral(".part");
        QFile::remove(partial);
        SqliteStatement copy = db.prepare("VACUUM INTO ?1");
        copy.bind(1, partial);
        if (!copy.run())
            return Result<void>::failure(
                QStringLiteral("%1: cannot back up the database before upgrading it: %2").arg(db.path(), db.lastError()));
        // An older backup goes only once the new one is complete.
        QFile::remove(backup);
        if (!QFile::rename(partial, backup))
            return Result<void>::failure(QStringLiteral("%1: cannot keep the backup %2").arg(db.path(), backup));
    }
    // Off for the migration (it cannot change inside a transaction): a
    // table rebuilt is dropped, which would otherwise cascade to the rows
    // that refer to it. Each rebuilding step checks the references itself.
    db.exec("PRAGMA foreign_keys = OFF");
    struct ForeignKeysBackOn {
        SqliteDatabase &db;
        ~ForeignKeysBackOn() { db.exec("PRAGMA foreign_keys = ON"); }
    } foreignKeysBackOn{db};
    for (int v = version; v < target; ++v) {
        SqliteTransaction transaction(db);
        const QByteArray setVersion = QByteArray("PRAGMA user_version = ") + QByteArray::number(v + 1);
        const Migration &migration = kMigrations[size_t(v)];
        const bool migrated = migration.sql ? db.exec(expanded(migration.sql).constData()) : migration.step(db);
        if (!transaction.isActive() || !migrated || !db.exec(setVersion.constData()) || !transaction.commit())
            return Result<void>::failure(QStringLiteral("%1: migrating the schema to version %2 failed: %3")
                                             .arg(db.path())
                                             .arg(v + 1)
                                             .arg(db.lastError()));
    }
    return {};
}

} // namespace conflictmap
