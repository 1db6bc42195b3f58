// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "Commands.h"
#include "TableWriter.h"

#include "archive/DocumentReader.h"
#include "gazetteer/Gazetteer.h"
#include "gazetteer/PlaceJson.h"
#include "geoparse/CountryNames.h"
#include "geoparse/PlaceFinder.h"
#include "store/IncidentStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace conflictmap::cli {

namespace {
constexpr int kDefaultLimit = 10;
constexpr int kMostResults = 1000;

// UTF-16 offsets as offsets in characters (code points), what other tools
// index a text by; 'offsets' ascending.
class CodePointOffsets {
public:
    explicit CodePointOffsets(const QString &text) : m_text(text) { }
    int at(int utf16)
    {
        for (; m_utf16 < utf16 && m_utf16 < m_text.size(); ++m_utf16)
            if (!m_text[m_utf16].isLowSurrogate())
                ++m_codePoints;
        return m_codePoints;
    }

private:
    const QString &m_text;
    int m_utf16 = 0;
    int m_codePoints = 0;
};

// The text to look in: a file's (read as `source add --file` reads it) or
// a stored source's.
std::optional<QString> textToRead(CliContext &context, const QCommandLineParser &parser, int *exitCode)
{
    const QStringList positional = parser.positionalArguments();
    const bool fromSource = parser.isSet(QStringLiteral("source"));
    if (positional.size() + (fromSource ? 1 : 0) != 1) {
        *exitCode = context.fail(QStringLiteral("places find: expects a FILE or --source ID (one of them)"), UsageError);
        return std::nullopt;
    }
    if (!fromSource) {
        const Result<Document> read = DocumentReader::readFile(
            positional.front(), DocumentReader::kDefaultMaxBytes, parser.value(QStringLiteral("encoding")));
        if (!read) {
            const bool encoding = read.problem().field == QLatin1String("encoding");
            *exitCode
                = context.fail(QStringLiteral("places find: %1%2")
                                   .arg(read.problem().message, encoding ? QStringLiteral(" (--encoding NAME)") : QString()));
            return std::nullopt;
        }
        return read.value().text;
    }
    const auto id = parseId(parser.value(QStringLiteral("source")));
    if (!id) {
        *exitCode = context.fail(
            QStringLiteral("places find: --source '%1' is not a source id").arg(parser.value(QStringLiteral("source")).left(40)),
            UsageError);
        return std::nullopt;
    }
    IncidentStore *store = context.store();
    if (!store) {
        *exitCode = context.fail(context.openError());
        return std::nullopt;
    }
    const std::optional<Source> source = store->source(*id);
    if (!source) {
        *exitCode = context.fail(QStringLiteral("places find: there is no source %1").arg(*id));
        return std::nullopt;
    }
    QString text = store->sourceText(*source);
    if (text.trimmed().isEmpty()) {
        *exitCode
            = context.fail(QStringLiteral("places find: source %1 has no text to read (neither a document nor a text)").arg(*id));
        return std::nullopt;
    }
    return text;
}
} // namespace

int placesSearchCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    context.addOptions(parser,
        {
            {QStringLiteral("limit"), QStringLiteral("At most N results (default %1).").arg(kDefaultLimit), QStringLiteral("N")},
            {QStringLiteral("format"), QStringLiteral("table (default) or json."), QStringLiteral("format")},
            {QStringLiteral("language"),
                QStringLiteral("Show names in LANG (hy, az, ru, ka, fa, ar, tr, en…), else the local name."),
                QStringLiteral("LANG")},
            {QStringLiteral("gazetteer"), QStringLiteral("Gazetteer file (default: the bundled regional one)."),
                QStringLiteral("FILE")},
        });
    parser.addPositionalArgument(QStringLiteral("query"), QStringLiteral("A name in any script or spelling; words may follow."));
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("places search"),
            QStringLiteral("Places and admin units named like QUERY, best match first, then by population.\n"
                           "Any script or transliteration finds a place (Шуша, Şuşa, Shushi, Շուշի); a typo or two is forgiven."),
            arguments, &exitCode))
        return exitCode;
    const auto format = context.format(parser, false);
    if (!format)
        return UsageError;
    if (parser.positionalArguments().isEmpty())
        return context.fail(QStringLiteral("places search: expects a QUERY"), UsageError);
    int limit = kDefaultLimit;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > kMostResults)
            return context.fail(QStringLiteral("places search: --limit '%1' is not a number from 1 to %2")
                                    .arg(parser.value(QStringLiteral("limit")).left(40))
                                    .arg(kMostResults),
                UsageError);
    }
    const QString language = parser.value(QStringLiteral("language"));
    const QString path
        = parser.isSet(QStringLiteral("gazetteer")) ? parser.value(QStringLiteral("gazetteer")) : Gazetteer::defaultPath();

    const auto gazetteer = Gazetteer::open(path);
    if (!gazetteer)
        return context.fail(gazetteer.error());
    const auto matches = gazetteer.value()->search(parser.positionalArguments().join(QLatin1Char(' ')), limit);
    if (!matches)
        return context.fail(QStringLiteral("places search: ") + matches.error());

    if (*format == Format::Json) {
        QJsonArray all;
        for (const PlaceMatch &match : matches.value())
            all.append(PlaceJson::of(*gazetteer.value(), match, language));
        context.out() << QJsonDocument(all).toJson(QJsonDocument::Indented);
        return Success;
    }
    TableWriter table({QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("country"), QStringLiteral("admin unit"),
        QStringLiteral("population"), QStringLiteral("lon"), QStringLiteral("lat"), QStringLiteral("geonameid"),
        QStringLiteral("match")});
    for (const PlaceMatch &match : matches.value()) {
        const GazetteerEntry &entry = *match.entry;
        const GazetteerEntry *unit = gazetteer.value()->adminUnit(entry.adminCode);
        const bool place = entry.kind == GazetteerEntry::Kind::Place;
        table.addRow({entry.displayName(language), place ? QStringLiteral("place") : QStringLiteral("admin unit"), entry.country,
            unit ? QStringLiteral("%1 %2").arg(entry.adminCode, unit->displayName(language)) : entry.adminCode,
            QString::number(entry.population), QString::number(entry.lon, 'f', 4), QString::number(entry.lat, 'f', 4),
            place ? QString::number(entry.geonameid) : QString(), PlaceJson::matchName(match.quality)});
    }
    table.write(context.out());
    return Success;
}

int placesFindCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    context.addOptions(parser,
        {
            {QStringLiteral("source"), QStringLiteral("Read the text of stored source ID instead of a file."),
                QStringLiteral("ID")},
            {QStringLiteral("format"), QStringLiteral("table (default) or json."), QStringLiteral("format")},
            {QStringLiteral("encoding"), QStringLiteral("The encoding of a FILE of text or HTML, when it cannot be told."),
                QStringLiteral("NAME")},
            {QStringLiteral("min-confidence"),
                QStringLiteral("Only places found with at least this confidence, 0 to 1 (default %1).")
                    .arg(PlaceFinder::kDefaultMinConfidence),
                QStringLiteral("X")},
            {QStringLiteral("language"),
                QStringLiteral("Show names in LANG (hy, az, ru, ka, fa, ar, tr, en…), else the local name."),
                QStringLiteral("LANG")},
            {QStringLiteral("gazetteer"), QStringLiteral("Gazetteer file (default: the bundled regional one)."),
                QStringLiteral("FILE")},
        });
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A text, HTML or PDF file."), QStringLiteral("[FILE]"));
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("places find"),
            QStringLiteral(
                "The places a text names: countries, admin units and the gazetteer's places, in any script of the region,\n"
                "with case endings and clitics, and in spellings the gazetteer lacks. Offsets and lengths count characters\n"
                "(Unicode code points) of the text as `source show --text` prints it."),
            arguments, &exitCode))
        return exitCode;
    const auto format = context.format(parser, false);
    if (!format)
        return UsageError;
    double minConfidence = PlaceFinder::kDefaultMinConfidence;
    if (parser.isSet(QStringLiteral("min-confidence"))) {
        bool ok = false;
        minConfidence = parser.value(QStringLiteral("min-confidence")).toDouble(&ok);
        if (!ok || minConfidence < 0 || minConfidence > 1)
            return context.fail(QStringLiteral("places find: --min-confidence '%1' is not a number from 0 to 1")
                                    .arg(parser.value(QStringLiteral("min-confidence")).left(40)),
                UsageError);
    }
    const std::optional<QString> text = textToRead(context, parser, &exitCode);
    if (!text)
        return exitCode;
    const auto finder = PlaceFinder::open(parser.value(QStringLiteral("gazetteer")));
    if (!finder)
        return context.fail(QStringLiteral("places find: ") + finder.error());
    const std::vector<PlaceMention> mentions = finder.value()->find(*text, minConfidence);
    const QString language = parser.value(QStringLiteral("language"));
    const Gazetteer &gazetteer = finder.value()->gazetteer();
    CodePointOffsets offsets(*text);

    if (*format == Format::Json) {
        QJsonArray all;
        for (const PlaceMention &mention : mentions) {
            const int start = offsets.at(mention.offset);
            const int length = offsets.at(mention.offset + mention.length) - start;
            QJsonArray alternatives;
            for (std::size_t i = 1; i < mention.candidates.size(); ++i) {
                QJsonObject alternative = PlaceJson::entry(gazetteer, *mention.candidates[i].entry, language);
                alternative.insert("score", std::round(mention.candidates[i].score * 100) / 100);
                alternatives.append(alternative);
            }
            all.append(QJsonObject{{"offset", start}, {"length", length}, {"text", mention.text},
                {"match", PlaceMention::matchName(mention.match)}, {"confidence", std::round(mention.confidence * 100) / 100},
                {"ambiguous", mention.ambiguous}, {"place", PlaceJson::entry(gazetteer, mention.place(), language)},
                {"alternatives", alternatives}});
        }
        context.out() << QJsonDocument(all).toJson(QJsonDocument::Indented);
        return Success;
    }
    TableWriter table({QStringLiteral("offset"), QStringLiteral("length"), QStringLiteral("text"), QStringLiteral("place"),
        QStringLiteral("kind"), QStringLiteral("code"), QStringLiteral("country"), QStringLiteral("lon"), QStringLiteral("lat"),
        QStringLiteral("confidence"), QStringLiteral("match")});
    for (const PlaceMention &mention : mentions) {
        const GazetteerEntry &place = mention.place();
        const int start = offsets.at(mention.offset);
        const int length = offsets.at(mention.offset + mention.length) - start;
        QString match = PlaceMention::matchName(mention.match);
        if (mention.ambiguous)
            match += QStringLiteral(", ambiguous");
        table.addRow({QString::number(start), QString::number(length), mention.text, place.displayName(language),
            PlaceJson::kindName(place.kind).replace(QLatin1Char('_'), QLatin1Char(' ')), place.identifier(), place.country,
            QString::number(place.lon, 'f', 4), QString::number(place.lat, 'f', 4), QString::number(mention.confidence, 'f', 2),
            match});
    }
    table.write(context.out());
    return Success;
}

} // namespace conflictmap::cli
