// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "store/StoreAccess.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace conflictmap {
class BoundaryLayer;
class IncidentStore;
} // namespace conflictmap

namespace conflictmap::cli {

// How a command ended: 0 success, 1 bad input or failure, 2 usage error.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

enum class Format { Table, Json, Csv, GeoJson };

// A positive record id, or nothing.
std::optional<qint64> parseId(const QString &text);

// What every command shares: the global options (--db, --layer), the
// boundary layer and the store, opened on first use, and the output.
class CliContext {
public:
    CliContext(QTextStream &out, QTextStream &err);
    ~CliContext();

    // Takes --db/--layer/--reason given before the command; false on a
    // usage error.
    bool takeGlobalOptions(QStringList &arguments);

    // Adds a command's options to its parser (use instead of
    // QCommandLineParser::addOptions, so negative numbers parse right).
    void addOptions(QCommandLineParser &parser, const QList<QCommandLineOption> &options);

    // Parses a command's arguments with its options plus --db, --layer and
    // --help. Returns false after printing help (exit code 0 in *exitCode)
    // or a usage error (2).
    bool parse(
        QCommandLineParser &parser, const QString &command, const QString &synopsis, const QStringList &arguments, int *exitCode);

    // Null when they cannot be opened; openError() says why.
    const BoundaryLayer *layer();
    // The database at databasePath(), which must exist: a mistyped --db is
    // refused rather than made into a new, empty database.
    IncidentStore *store();
    // The same, creating the database when there is none (init only).
    IncidentStore *createStore();
    const QString &openError() const { return m_openError; }
    // A database other than --db's (copy's), for the caller to keep. With
    // 'mustExist', a location without a conflictmap database is refused.
    Result<std::unique_ptr<IncidentStore>> openDatabase(const QString &location, bool mustExist, StoreAccess access);
    // --format table|json|csv (csv only where 'allowCsv').
    std::optional<Format> format(const QCommandLineParser &parser, bool allowCsv);
    // --format, one of 'allowed' (the first is the default).
    std::optional<Format> format(const QCommandLineParser &parser, const std::vector<Format> &allowed);

    // Prints "conflictmap-cli: MESSAGE" and returns 'code'.
    int fail(const QString &message, int code = Failure);
    // Prints "conflictmap-cli: warning: MESSAGE"; the command goes on.
    void warn(const QString &message);

    // Whether --reason was given.
    bool hasReason() const { return !m_reason.isEmpty(); }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // Whether standard error is a terminal: progress is drawn only there.
    static bool errIsTerminal();
    QString databasePath() const;

private:
    IncidentStore *openStore(bool create);
    void printLine(const QString &message); // on stderr, prefixed with the program's name

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_databasePath;
    QString m_layerPath;
    QString m_reason; // --reason
    std::shared_ptr<const BoundaryLayer> m_layer;
    std::unique_ptr<IncidentStore> m_store;
    QString m_openError;
    bool m_layerTried = false;
    QStringList m_valueOptions; // names of options that take a value
};

} // namespace conflictmap::cli
