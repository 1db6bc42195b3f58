// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "IncidentDatabase.h"
#include "geoparse/PlaceFinder.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace conflictmap {

class IncidentEditor;

// The source viewer's model: one source's text as read from its stored
// document (or the text it was given), where the quotes of the claims
// resting on it are (QuoteLocation), and the places the text names
// (PlaceFinder); from one of those places, a new incident in an
// IncidentEditor. Also adds a source from a file, as `source add --file`
// does. Offsets are positions in 'text' (UTF-16, as a TextEdit counts).
class SourceReader : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(conflictmap::IncidentDatabase *database READ database WRITE setDatabase NOTIFY databaseChanged)
    Q_PROPERTY(qint64 sourceId READ sourceId WRITE setSourceId NOTIFY changed)
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    // Publisher, date, language, file, type and size, grade: one line.
    Q_PROPERTY(QString details READ details NOTIFY changed)
    Q_PROPERTY(QString sha256 READ sha256 NOTIFY changed)
    // Line breaks as "\n" only.
    Q_PROPERTY(QString text READ text NOTIFY changed)
    // The text's first strong letter is Arabic-script or Hebrew.
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY changed)
    // The claims resting on the source: {incidentId, incidentTitle,
    // claimant, quote, start, length, found}; start and length where the
    // quote is in the text, found false when it is not there.
    Q_PROPERTY(QVariantList citations READ citations NOTIFY changed)
    // The places named, each once, in the order the text first names
    // them: {text (as first written), name, kind ("place", "admin unit",
    // "country"), code, country, confidence (0–100, the best of its
    // mentions), ambiguous, match ("exact", "inflected", "phonetic"), precision ("near", "region" or
    // "country"), occurrences: [{start, length}], count}.
    Q_PROPERTY(QVariantList places READ places NOTIFY changed)
    // Where the text is highlighted: {start, length, kind ("quote" or
    // "place")}, for a SourceHighlighter.
    Q_PROPERTY(QVariantList highlights READ highlights NOTIFY changed)
    // The language place names are shown in ("en", "ru"…; else local).
    Q_PROPERTY(QString language MEMBER m_language NOTIFY changed)
    // Why the last addFromFile or startIncident failed; empty after success.
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)

public:
    using QObject::QObject;

    IncidentDatabase *database() const { return m_database; }
    void setDatabase(IncidentDatabase *database);
    qint64 sourceId() const { return m_sourceId; }
    void setSourceId(qint64 id);
    bool valid() const { return m_valid; }
    QString title() const { return m_title; }
    QString details() const { return m_details; }
    QString sha256() const { return m_sha256; }
    QString text() const { return m_text; }
    bool rightToLeft() const { return m_text.isRightToLeft(); }
    QVariantList citations() const { return m_citations; }
    QVariantList places() const;
    QVariantList highlights() const;
    QString errorString() const { return m_error; }

    // Reads a text, HTML or PDF file (or an image, kept with no text), stores
    // it as a new source (its title the page's or PDF's, else the file's
    // name; retrieved today) and shows it. False, with errorString, when
    // the file cannot be taken; nothing is stored then.
    Q_INVOKABLE bool addFromFile(const QUrl &file);
    // Fills 'editor' for a new incident at place 'index' of places: a
    // place's position with precision near, an admin unit's or a country's
    // code with precision region or country; the sentence of its
    // occurrence 'occurrence' as the quote of a claim resting on this source.
    Q_INVOKABLE bool startIncident(int index, int occurrence, conflictmap::IncidentEditor *editor);

signals:
    void databaseChanged();
    void changed();
    void errorChanged();

private:
    void reload();
    // The places of m_text, found again.
    void findPlaces();
    void setError(const QString &error);
    const PlaceFinder *finder();

    QPointer<IncidentDatabase> m_database;
    qint64 m_sourceId = -1;
    bool m_valid = false;
    QString m_title, m_details, m_sha256, m_text, m_language = QStringLiteral("en"), m_error;
    QVariantList m_citations;
    std::vector<PlaceMention> m_mentions;
    // The mentions of each place (indexes into m_mentions), by first mention.
    std::vector<std::vector<std::size_t>> m_places;
    std::shared_ptr<const PlaceFinder> m_finder;
    QString m_finderError;
};

} // namespace conflictmap
