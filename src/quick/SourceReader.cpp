// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SourceReader.h"

#include "IncidentEditor.h"
#include "archive/DocumentReader.h"
#include "archive/QuoteLocation.h"
#include "gazetteer/PlaceJson.h"
#include "map/LocalPath.h"
#include "model/Grading.h"
#include "store/IncidentStore.h"

#include <QDate>
#include <QFileInfo>
#include <QLocale>

#include <cmath>
#include <map>

namespace conflictmap {

namespace {
QString precisionFor(GazetteerEntry::Kind kind)
{
    switch (kind) {
    case GazetteerEntry::Kind::Place:
        return QStringLiteral("near");
    case GazetteerEntry::Kind::AdminUnit:
        return QStringLiteral("region");
    case GazetteerEntry::Kind::Country:
        return QStringLiteral("country");
    }
    return {};
}

// One kind of line break, so that offsets are the same in the text, the
// finder and the TextEdit (which makes "\r\n" one break).
QString withPlainBreaks(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}
} // namespace

void SourceReader::setDatabase(IncidentDatabase *database)
{
    if (m_database == database)
        return;
    if (m_database)
        disconnect(m_database, nullptr, this, nullptr);
    m_database = database;
    // Claims added or edited elsewhere change what is highlighted.
    if (m_database)
        connect(m_database, &IncidentDatabase::changed, this, &SourceReader::reload);
    emit databaseChanged();
    reload();
}

void SourceReader::setSourceId(qint64 id)
{
    if (m_sourceId == id)
        return;
    m_sourceId = id;
    reload();
}

void SourceReader::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}

const PlaceFinder *SourceReader::finder()
{
    if (!m_finder && m_finderError.isEmpty()) {
        auto opened = PlaceFinder::open();
        if (opened)
            m_finder = opened.value();
        else
            m_finderError = opened.error();
    }
    return m_finder.get();
}

void SourceReader::reload()
{
    IncidentStore *store = m_database ? m_database->store() : nullptr;
    const std::optional<Source> source = store && m_sourceId > 0 ? store->source(m_sourceId) : std::nullopt;
    m_valid = source.has_value();
    m_title.clear();
    m_details.clear();
    m_sha256.clear();
    m_citations.clear();
    QString text;
    if (source) {
        m_title = source->title;
        const std::optional<Document> document
            = source->document.isEmpty() ? std::nullopt : store->document(source->document, false);
        text = withPlainBreaks(IncidentStore::sourceText(*source, document));
        QStringList details{source->publisher, source->published ? source->published->toString() : QString(), source->language};
        if (!source->document.isEmpty()) {
            m_sha256 = source->document;
            details << source->fileName;
            if (document)
                details << QStringLiteral("%1, %2").arg(document->mediaType, QLocale::c().formattedDataSize(document->size));
        }
        if (!source->reliability.isEmpty())
            details << tr("reliability %1: %2").arg(source->reliability, Grading::reliabilityName(source->reliability));
        details.removeAll(QString());
        m_details = details.join(QStringLiteral(" · "));
        for (const SourceCitation &citation : store->citationsOf(source->id)) {
            const auto found = QuoteLocation::find(text, citation.claim.quote);
            m_citations.append(QVariantMap{{QStringLiteral("incidentId"), citation.incidentId},
                {QStringLiteral("incidentTitle"), citation.incidentTitle},
                {QStringLiteral("claimant"), citation.claim.claimant.isEmpty() ? source->publisher : citation.claim.claimant},
                {QStringLiteral("quote"), citation.claim.quote}, {QStringLiteral("start"), found ? int(found->offset) : -1},
                {QStringLiteral("length"), found ? int(found->length) : 0},
                {QStringLiteral("found"), found.has_value() || citation.claim.quote.isEmpty()}});
        }
    }
    // A change to the database seldom changes the text: its places stay.
    if (text != m_text) {
        m_text = text;
        findPlaces();
    }
    emit changed();
}

void SourceReader::findPlaces()
{
    m_mentions.clear();
    m_places.clear();
    if (m_text.isEmpty())
        return;
    if (const PlaceFinder *places = finder())
        m_mentions = places->find(m_text);
    else
        setError(m_finderError);
    std::map<const GazetteerEntry *, std::size_t> placeRows;
    for (std::size_t i = 0; i < m_mentions.size(); ++i) {
        const auto [row, added] = placeRows.emplace(&m_mentions[i].place(), m_places.size());
        if (added)
            m_places.emplace_back();
        m_places[row->second].push_back(i);
    }
}

QVariantList SourceReader::places() const
{
    QVariantList all;
    for (const std::vector<std::size_t> &mentions : m_places) {
        const PlaceMention &first = m_mentions[mentions.front()];
        const GazetteerEntry &place = first.place();
        QVariantList occurrences;
        double confidence = 0;
        bool ambiguous = false;
        for (const std::size_t i : mentions) {
            occurrences.append(
                QVariantMap{{QStringLiteral("start"), m_mentions[i].offset}, {QStringLiteral("length"), m_mentions[i].length}});
            confidence = std::max(confidence, m_mentions[i].confidence);
            ambiguous = ambiguous || m_mentions[i].ambiguous;
        }
        all.append(QVariantMap{{QStringLiteral("text"), first.text},
            {QStringLiteral("name"), place.displayName(m_language == QLatin1String("local") ? QString() : m_language)},
            {QStringLiteral("kind"), PlaceJson::kindName(place.kind).replace(QLatin1Char('_'), QLatin1Char(' '))},
            {QStringLiteral("code"), place.identifier()}, {QStringLiteral("country"), place.country},
            {QStringLiteral("confidence"), int(std::lround(confidence * 100))}, {QStringLiteral("ambiguous"), ambiguous},
            {QStringLiteral("match"), PlaceMention::matchName(first.match)},
            {QStringLiteral("precision"), precisionFor(place.kind)}, {QStringLiteral("occurrences"), occurrences},
            {QStringLiteral("count"), int(mentions.size())}});
    }
    return all;
}

QVariantList SourceReader::highlights() const
{
    QVariantList all;
    for (const QVariant &citation : m_citations) {
        const QVariantMap c = citation.toMap();
        if (c.value(QStringLiteral("start")).toInt() >= 0)
            all.append(QVariantMap{{QStringLiteral("start"), c.value(QStringLiteral("start"))},
                {QStringLiteral("length"), c.value(QStringLiteral("length"))},
                {QStringLiteral("kind"), QStringLiteral("quote")}});
    }
    for (const PlaceMention &mention : m_mentions)
        all.append(QVariantMap{{QStringLiteral("start"), mention.offset}, {QStringLiteral("length"), mention.length},
            {QStringLiteral("kind"), QStringLiteral("place")}});
    return all;
}

bool SourceReader::addFromFile(const QUrl &file)
{
    if (!m_database || !m_database->store()) {
        setError(tr("No database is open."));
        return false;
    }
    const QString path = localPath(file.toString());
    Result<Document> read = DocumentReader::readFile(path);
    if (!read) {
        setError(read.problem().message);
        return false;
    }
    Source source;
    source.fileName = QFileInfo(path).fileName();
    source.title = read.value().title.isEmpty() ? source.fileName : read.value().title;
    const QDate today = QDate::currentDate();
    source.retrieved = PartialDate::fromParts(today.year(), today.month(), today.day());
    const Result<qint64> id = m_database->addSource(source, read.value());
    if (!id) {
        setError(id.error());
        return false;
    }
    setError({});
    m_sourceId = id.value();
    reload();
    return true;
}

bool SourceReader::startIncident(int index, int occurrence, IncidentEditor *editor)
{
    if (!editor || index < 0 || std::size_t(index) >= m_places.size() || occurrence < 0
        || std::size_t(occurrence) >= m_places[std::size_t(index)].size()) {
        setError(tr("No such place in this text."));
        return false;
    }
    const PlaceMention &mention = m_mentions[m_places[std::size_t(index)][std::size_t(occurrence)]];
    editor->startAt(
        mention.place(), m_sourceId, m_text.mid(mention.sentenceStart, mention.sentenceEnd - mention.sentenceStart).simplified());
    setError({});
    return true;
}

} // namespace conflictmap
