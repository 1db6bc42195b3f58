// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/SqliteDatabase.h"

#include "store/SearchText.h"

#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

namespace conflictmap {

namespace {
constexpr int kBusyTimeoutMs = 10000;

void foldFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    if (sqlite3_value_type(arguments[0]) != SQLITE_TEXT) {
        sqlite3_result_value(context, arguments[0]);
        return;
    }
    const QByteArray text = QByteArray::fromRawData(
        reinterpret_cast<const char *>(sqlite3_value_text(arguments[0])), sqlite3_value_bytes(arguments[0]));
    const QByteArray folded = SearchText::foldUtf8(text);
    if (folded.constData() == text.constData())
        sqlite3_result_value(context, arguments[0]);
    else
        sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

} // namespace

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const QString &path, Mode mode)
{
    using R = Result<std::unique_ptr<SqliteDatabase>>;
    if (path.isEmpty())
        return R::failure(QStringLiteral("no database path given"));
    const QFileInfo info(path);
    if (info.isDir())
        return R::failure(QStringLiteral("%1: is a directory, not a database file").arg(path));
    if (mode == Mode::ReadOnly && !info.exists())
        return R::failure(QStringLiteral("%1: no such database").arg(path));
    if (mode == Mode::ReadWrite && !info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return R::failure(QStringLiteral("%1: cannot create directory %2").arg(path, info.absolutePath()));

    std::unique_ptr<SqliteDatabase> db(new SqliteDatabase);
    db->m_path = path;
    db->m_mode = mode;
    const int flags
        = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db->m_db, flags, nullptr) != SQLITE_OK) {
        const QString why = db->m_db ? db->lastError() : QStringLiteral("out of memory");
        return R::failure(QStringLiteral("%1: cannot open database: %2").arg(path, why));
    }
    sqlite3_extended_result_codes(db->m_db, 1);
    sqlite3_busy_timeout(db->m_db, kBusyTimeoutMs);
    // Direct only: no trigger or view may depend on it, since other
    // programs writing the file do not have it.
    sqlite3_create_function_v2(db->m_db, SearchText::kFoldFunction, 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY,
        nullptr, foldFunction, nullptr, nullptr, nullptr);
    // Past the busy timeout an import holding the file alone
    // (RollbackJournalScope) is the reason, whatever the step.
    const auto failure = [&](const QString &otherwise) {
        return (sqlite3_errcode(db->m_db) & 0xff) == SQLITE_BUSY
            ? R::failure(QStringLiteral("%1: another program is writing the file and holds it alone (an import); try "
                                        "again when it has finished")
                             .arg(path))
            : R::failure(otherwise);
    };
    // Reading the schema is the first real read: garbage fails here.
    if (!db->exec("PRAGMA foreign_keys = ON; SELECT count(*) FROM sqlite_master;")) {
        // A write cut off under a rollback journal (a bulk import's) is
        // undone by the next connection that may write; a read-only one
        // cannot, so one that may write (its first read does it) goes first.
        if (mode == Mode::ReadOnly && sqlite3_extended_errcode(db->m_db) == SQLITE_READONLY_ROLLBACK) {
            db.reset();
            if (!open(path, Mode::ReadWrite) || QFileInfo::exists(path + QStringLiteral("-journal")))
                return R::failure(
                    QStringLiteral("%1: a write was cut off and must be undone, but the file cannot be written here").arg(path));
            return open(path, mode);
        }
        return failure(QStringLiteral("%1: not a conflictmap database (%2)").arg(path, db->lastError()));
    }
    // A 64 MiB page cache keeps the R*Tree and full-text index pages a bulk
    // import touches in memory (the default is 2 MiB). Temporary files in
    // memory: every write that fires triggers (history, full-text index)
    // keeps a statement journal, and on disk that was some 50 small writes
    // an incident, most of an import's time.
    db->exec("PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;");
    if (mode == Mode::ReadWrite && !db->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"))
        return failure(QStringLiteral("%1: cannot use the database: %2").arg(path, db->lastError()));
    return R(std::move(db));
}

SqliteDatabase::~SqliteDatabase()
{
    m_cache.clear();
    sqlite3_close_v2(m_db);
}

CachedStatement SqliteDatabase::cached(const char *sql)
{
    std::unique_ptr<SqliteStatement> &statement = m_cache[sql];
    if (!statement)
        statement = std::make_unique<SqliteStatement>(m_db, sql);
    return CachedStatement(*statement);
}

bool SqliteDatabase::exec(const char *sql)
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

QString SqliteDatabase::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

int SqliteDatabase::userVersion() const
{
    SqliteStatement statement = prepare("PRAGMA user_version");
    return statement.next() ? int(statement.integer(0)) : -1;
}

qint64 SqliteDatabase::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

SqliteTransaction::SqliteTransaction(SqliteDatabase &db) : m_db(db)
{
    m_nested = sqlite3_get_autocommit(db.handle()) == 0;
    m_active = m_nested || m_db.exec(m_db.m_exclusive ? "BEGIN EXCLUSIVE" : "BEGIN IMMEDIATE");
    if (!m_nested)
        m_db.m_nestedFailed = false;
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_active && m_nested)
        m_db.m_nestedFailed = true; // its partial writes must not be committed
    else if (m_active)
        m_db.exec("ROLLBACK");
}

bool SqliteTransaction::commit()
{
    if (!m_active)
        return false;
    if (!m_nested && m_db.m_nestedFailed)
        return false; // the destructor rolls back
    if (m_nested || m_db.exec("COMMIT")) {
        m_active = false;
        return true;
    }
    return false; // the destructor rolls back
}

SqliteReadSnapshot::SqliteReadSnapshot(SqliteDatabase &db) : m_db(db)
{
    // A deferred transaction: its first read fixes what all of them see.
    m_began = sqlite3_get_autocommit(db.handle()) != 0 && db.exec("BEGIN");
}

SqliteReadSnapshot::~SqliteReadSnapshot()
{
    // Left open, the connection would stay in a transaction and later
    // writes would take themselves for nested ones and never commit.
    if (m_began && !m_db.exec("COMMIT"))
        m_db.exec("ROLLBACK");
}

} // namespace conflictmap
