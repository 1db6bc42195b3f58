// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "io/ImportOptions.h"
#include "model/Incident.h"

#include <QHash>
#include <QSet>

namespace conflictmap {

class IncidentStore;

// What one import did.
struct ImportSummary {
    qint64 features = 0;
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 sources = 0; // sources added (not matched)
    // What repair changed (ImportOptions::repair), one line per feature
    // repaired: "feature 3: the polygon was split into 2 parts where ...".
    QStringList repairs;
};

// The features of one import, whatever format they were read from, into a
// store, inside the import's transaction (IncidentStore::addAll): each id
// once in the dataset, the type known (or the default), sources matched
// rather than duplicated (the same url, or without one the same title and
// publisher), and each outcome counted. Holds references to the store and
// options, which must outlive it.
class ImportSession {
public:
    ImportSession(IncidentStore &store, const ImportOptions &options);

    // Stores one feature read as an incident, its shape repaired if asked
    // and needed; 'index' names the feature in a message about its id and
    // in what repair changed.
    Result<void> add(Result<Incident> incident, qint64 index);
    // The failure of the whole import for the caller, once the transaction
    // is rolled back: a problem in a mapped field says which property it
    // was read from, and fills *failure (if given) with its parts.
    QString failed(const QString &error, ImportFailure *failure) const;
    ImportSummary &summary() { return m_summary; }
    // The field read when a feature failed; None unless a mapped one.
    ImportFailure &mappedFailure() { return m_mappedFailure; }

private:
    IncidentStore &m_store;
    const ImportOptions &m_options;
    ImportSummary m_summary;
    ImportFailure m_mappedFailure;
    // Sources seen in this import: most features cite few sources.
    QHash<QString, qint64> m_sourceIds;
    QSet<QString> m_knownTypes;
    // Ids seen, with their feature: one id twice is two records, which a
    // later import could not tell apart.
    QHash<QString, qint64> m_featureIds;
};

} // namespace conflictmap
