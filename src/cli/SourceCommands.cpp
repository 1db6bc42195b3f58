// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "Commands.h"
#include "TableWriter.h"

#include "archive/DocumentReader.h"
#include "io/IncidentJson.h"
#include "model/Grading.h"
#include "store/IncidentStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringDecoder>

#include <cstdio>

namespace conflictmap::cli {

namespace {
// "64 MiB", "500k", "2000000": a size for --max-size.
std::optional<qint64> parseSize(const QString &text)
{
    static const QRegularExpression size(
        QStringLiteral("^(\\d+)\\s*(|b|k|kb|kib|m|mb|mib|g|gb|gib)$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = size.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 number = match.captured(1).toLongLong(&ok);
    const QChar unit = match.captured(2).isEmpty() ? QLatin1Char('b') : match.captured(2).at(0).toLower();
    const int shift = unit == QLatin1Char('k') ? 10 : unit == QLatin1Char('m') ? 20 : unit == QLatin1Char('g') ? 30 : 0;
    if (!ok || number <= 0 || number > (qint64(1) << (62 - shift)))
        return std::nullopt;
    return number << shift;
}

std::optional<qint64> oneSourceId(CliContext &context, const QCommandLineParser &parser, const QString &command, int *exitCode)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        *exitCode = context.fail(QStringLiteral("%1: expects one source id").arg(command), UsageError);
        return std::nullopt;
    }
    const auto id = parseId(positional.first());
    if (!id)
        *exitCode
            = context.fail(QStringLiteral("%1: '%2' is not a source id").arg(command, positional.first().left(40)), UsageError);
    return id;
}
} // namespace

int addSourceCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    context.addOptions(parser,
        {
            {QStringLiteral("title"),
                QStringLiteral("Title, in its original language (required, unless --file gives one: the page's or PDF's title,"
                               " else the file's name)."),
                QStringLiteral("text")},
            {QStringLiteral("url"), QStringLiteral("Address (none for print and broadcast sources)."), QStringLiteral("url")},
            {QStringLiteral("publisher"), QStringLiteral("Publisher."), QStringLiteral("name")},
            {QStringLiteral("lang"), QStringLiteral("Language, BCP 47 (ar, hy, ru, az-Latn…)."), QStringLiteral("tag")},
            {QStringLiteral("published"), QStringLiteral("Publication date: YYYY, YYYY-MM or YYYY-MM-DD."),
                QStringLiteral("date")},
            {QStringLiteral("retrieved"),
                QStringLiteral("Date retrieved: YYYY, YYYY-MM or YYYY-MM-DD (with --file, today unless given)."),
                QStringLiteral("date")},
            {QStringLiteral("text-file"),
                QStringLiteral("File with the article's text or an excerpt (UTF-8; - for standard input)."),
                QStringLiteral("file")},
            {QStringLiteral("file"),
                QStringLiteral("The document itself, kept in the database byte for byte: text, HTML, PDF or image (its "
                               "text is read from it)."),
                QStringLiteral("path")},
            {QStringLiteral("encoding"),
                QStringLiteral("The encoding of a --file of text or HTML (windows-1256, KOI8-R…), when it cannot be told."),
                QStringLiteral("name")},
            {QStringLiteral("reliability"),
                QStringLiteral("How reliable the source is, A (completely) to F (cannot be judged), as the Admiralty "
                               "system grades it."),
                QStringLiteral("A-F")},
            {QStringLiteral("max-size"), QStringLiteral("The largest --file taken (default 64M; k, M, G for KiB, MiB, GiB)."),
                QStringLiteral("size")},
        });
    int exitCode = Success;
    if (!context.parse(
            parser, QStringLiteral("source add"), QStringLiteral("Record a source; prints its id."), arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(
            QStringLiteral("source add: unexpected argument '%1'").arg(parser.positionalArguments().first()), UsageError);
    const bool withFile = parser.isSet(QStringLiteral("file"));
    if (!parser.isSet(QStringLiteral("title")) && !withFile)
        return context.fail(QStringLiteral("source add: --title is required"), UsageError);
    if (withFile && parser.isSet(QStringLiteral("text-file")))
        return context.fail(QStringLiteral("source add: give --file or --text-file, not both"), UsageError);
    for (const char *option : {"encoding", "max-size"})
        if (parser.isSet(QLatin1String(option)) && !withFile)
            return context.fail(QStringLiteral("source add: --%1 goes with --file").arg(QLatin1String(option)), UsageError);
    qint64 maxBytes = DocumentReader::kDefaultMaxBytes;
    if (parser.isSet(QStringLiteral("max-size"))) {
        const auto size = parseSize(parser.value(QStringLiteral("max-size")));
        if (!size)
            return context.fail(QStringLiteral("source add: --max-size: '%1' is not a size (64M, 500k, 2000000)")
                                    .arg(parser.value(QStringLiteral("max-size")).left(40)),
                UsageError);
        maxBytes = *size;
    }

    Source source;
    source.title = parser.value(QStringLiteral("title"));
    source.url = parser.value(QStringLiteral("url"));
    source.publisher = parser.value(QStringLiteral("publisher"));
    source.language = parser.value(QStringLiteral("lang"));
    source.reliability = parser.value(QStringLiteral("reliability")).toUpper();
    for (const char *name : {"published", "retrieved"}) {
        const QString text = parser.value(QLatin1String(name));
        if (text.isEmpty())
            continue;
        QString why;
        auto date = PartialDate::parse(text, &why);
        if (!date)
            return context.fail(QStringLiteral("--%1: %2").arg(QLatin1String(name), why));
        (QLatin1String(name) == QLatin1String("published") ? source.published : source.retrieved) = date;
    }
    if (parser.isSet(QStringLiteral("text-file"))) {
        const QString path = parser.value(QStringLiteral("text-file"));
        QFile file(path);
        const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
        if (!opened)
            return context.fail(QStringLiteral("--text-file: %1: %2").arg(path, file.errorString()));
        const QByteArray bytes = file.readAll();
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        source.text = utf8(bytes);
        if (utf8.hasError())
            return context.fail(QStringLiteral("--text-file: %1 is not valid UTF-8").arg(path));
    }
    std::optional<Document> document;
    if (withFile) {
        Result<Document> read
            = DocumentReader::readFile(parser.value(QStringLiteral("file")), maxBytes, parser.value(QStringLiteral("encoding")));
        if (!read) {
            const Error &problem = read.problem();
            // The CLI names its own options for what the user can change.
            const QString hint = problem.field == QLatin1String("encoding")        ? QStringLiteral(" (--encoding NAME)")
                : problem.message.contains(QLatin1String("larger than the limit")) ? QStringLiteral(" (--max-size)")
                                                                                   : QString();
            return context.fail(QStringLiteral("--file: %1%2").arg(problem.message, hint));
        }
        document = std::move(read.value());
        source.fileName = QFileInfo(parser.value(QStringLiteral("file"))).fileName();
        if (source.title.isEmpty())
            source.title = !document->title.isEmpty() ? document->title : source.fileName;
        if (!source.retrieved) {
            const QDate today = QDate::currentDate();
            source.retrieved = PartialDate::fromParts(today.year(), today.month(), today.day());
        }
    }
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    auto id = document ? store->addSource(source, *document) : store->addSource(source);
    if (!id)
        return context.fail(id.error());
    context.out() << id.value() << '\n';
    return Success;
}

int gradeSourceCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The source."), QStringLiteral("ID"));
    parser.addPositionalArgument(QStringLiteral("reliability"),
        QStringLiteral("A (completely reliable) to F (cannot be judged), or none."), QStringLiteral("RELIABILITY"));
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("source grade"),
            QStringLiteral("Set how reliable source ID is (the Admiralty system's A-F), or none; kept in the history."),
            arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.fail(QStringLiteral("source grade: expects a source ID and a reliability (A-F or none)"), UsageError);
    const auto id = parseId(positional[0]);
    if (!id)
        return context.fail(QStringLiteral("source grade: '%1' is not a source id").arg(positional[0].left(40)), UsageError);
    const QString reliability = positional[1] == QLatin1String("none") ? QString() : positional[1];
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    auto graded = store->setReliability(*id, reliability);
    if (!graded)
        return context.fail(QStringLiteral("source grade: ") + graded.error());
    context.out() << (reliability.isEmpty() ? QStringLiteral("source %1: no reliability\n").arg(*id)
                                            : QStringLiteral("source %1: reliability %2 (%3)\n")
                                                  .arg(*id)
                                                  .arg(reliability, Grading::reliabilityName(reliability)));
    return Success;
}

int showSourceCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    context.addOptions(parser,
        {{QStringLiteral("format"), QStringLiteral("table (default) or json."), QStringLiteral("format")},
            {QStringLiteral("text"), QStringLiteral("Also print the text read from its document.")}});
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("source show"),
            QStringLiteral("Show source ID: its fields and its stored document (SHA-256, type, size)."), arguments, &exitCode))
        return exitCode;
    const auto format = context.format(parser, false);
    if (!format)
        return UsageError;
    const auto id = oneSourceId(context, parser, QStringLiteral("source show"), &exitCode);
    if (!id)
        return exitCode;
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    const std::optional<Source> source = store->source(*id);
    if (!source)
        return context.fail(QStringLiteral("source show: there is no source %1").arg(*id));
    const std::optional<Document> document = source->document.isEmpty() ? std::nullopt : store->document(source->document, false);
    const bool withText = parser.isSet(QStringLiteral("text"));
    if (*format == Format::Json) {
        QJsonObject o = IncidentJson::sourceObject(*source);
        o.insert("id", double(source->id));
        o.insert("retrieved", source->retrieved ? QJsonValue(source->retrieved->toString()) : QJsonValue());
        o.insert("text", source->text.isEmpty() ? QJsonValue() : QJsonValue(source->text));
        o.insert("created", source->created);
        if (document) {
            QJsonObject d{{"sha256", document->sha256}, {"media_type", document->mediaType}, {"size", double(document->size)},
                {"file_name", source->fileName}, {"encoding", document->encoding.isEmpty() ? QJsonValue() : document->encoding},
                {"stored", document->stored}};
            if (withText)
                d.insert("text", document->text);
            o.insert("document", d);
        } else {
            o.insert("document", QJsonValue());
        }
        context.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Success;
    }
    const auto line = [&](const char *label, const QString &value) {
        if (!value.isEmpty())
            context.out() << QStringLiteral("%1 %2\n").arg(QLatin1String(label), -10).arg(value);
    };
    line("id", QString::number(source->id));
    line("title", source->title);
    line("url", source->url);
    line("publisher", source->publisher);
    line("language", source->language);
    line("published", source->published ? source->published->toString() : QString());
    line("retrieved", source->retrieved ? source->retrieved->toString() : QString());
    line("grade", source->reliability.isEmpty() ? QString() : source->reliability + QStringLiteral(" (reliability)"));
    if (document) {
        line("file", source->fileName);
        line(
            "type", document->mediaType + (document->encoding.isEmpty() ? QString() : QStringLiteral(", ") + document->encoding));
        line("size", QStringLiteral("%1 bytes").arg(document->size));
        line("sha256", document->sha256);
        line("stored", document->stored);
    }
    if (withText) {
        const QString text = document ? document->text : source->text;
        if (!text.isEmpty())
            context.out() << '\n' << text << '\n';
    }
    return Success;
}

int getSourceCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("Where to write the document (- for standard output)."), QStringLiteral("file"));
    context.addOptions(parser, {output});
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("source get"),
            QStringLiteral("Write source ID's stored document, byte for byte as it was added."), arguments, &exitCode))
        return exitCode;
    const auto id = oneSourceId(context, parser, QStringLiteral("source get"), &exitCode);
    if (!id)
        return exitCode;
    if (!parser.isSet(output))
        return context.fail(QStringLiteral("source get: -o FILE is required"), UsageError);
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    const std::optional<Source> source = store->source(*id);
    if (!source)
        return context.fail(QStringLiteral("source get: there is no source %1").arg(*id));
    if (source->document.isEmpty())
        return context.fail(QStringLiteral("source get: source %1 has no stored document").arg(*id));
    const std::optional<Document> document = store->document(source->document, true);
    if (!document)
        return context.fail(QStringLiteral("source get: the document of source %1 cannot be read").arg(*id));
    // What comes out is checked against its name: a changed document is not
    // handed on as the original.
    if (Document::hashOf(document->content) != document->sha256)
        return context.fail(QStringLiteral("source get: the stored document of source %1 has changed: its bytes no longer "
                                           "hash to %2 (see source verify)")
                                .arg(*id)
                                .arg(document->sha256));
    const QString path = parser.value(output);
    if (path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(document->content) != document->content.size())
            return context.fail(QStringLiteral("source get: cannot write to standard output"));
        return Success;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(document->content) != document->content.size() || !file.commit())
        return context.fail(QStringLiteral("source get: %1: %2").arg(path, file.errorString()));
    return Success;
}

int verifySourcesCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("source verify"),
            QStringLiteral("Hash every stored document again; report any whose bytes changed (exit 1 if one did)."), arguments,
            &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(
            QStringLiteral("source verify: unexpected argument '%1'").arg(parser.positionalArguments().first()), UsageError);
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    const auto verified = store->verifyDocuments();
    if (!verified)
        return context.fail(verified.error());
    for (const ChangedDocument &changed : verified->changed) {
        QStringList ids;
        for (qint64 source : changed.sources)
            ids << QString::number(source);
        context.out() << QStringLiteral("changed: %1 (source %2): its %3 bytes hash to %4\n")
                             .arg(changed.sha256, ids.join(QStringLiteral(", ")))
                             .arg(changed.size)
                             .arg(changed.actual);
    }
    context.out() << QStringLiteral("%1 documents checked, %2 changed\n").arg(verified->checked).arg(verified->changed.size());
    return verified->changed.empty() ? Success : Failure;
}

int listSourcesCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    context.addOptions(
        parser, {{QStringLiteral("format"), QStringLiteral("table (default) or json."), QStringLiteral("format")}});
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("source list"), QStringLiteral("List the recorded sources."), arguments, &exitCode))
        return exitCode;
    const auto format = context.format(parser, false);
    if (!format)
        return UsageError;
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    const std::vector<Source> sources = store->sources();
    if (*format == Format::Json) {
        QJsonArray all;
        for (const Source &source : sources) {
            QJsonObject o = IncidentJson::sourceObject(source);
            o.insert("id", double(source.id));
            o.insert("retrieved", source.retrieved ? QJsonValue(source.retrieved->toString()) : QJsonValue());
            o.insert("text", source.text.isEmpty() ? QJsonValue() : QJsonValue(source.text));
            all.append(o);
        }
        context.out() << QJsonDocument(all).toJson(QJsonDocument::Indented);
        return Success;
    }
    TableWriter table({QStringLiteral("id"), QStringLiteral("grade"), QStringLiteral("language"), QStringLiteral("published"),
        QStringLiteral("publisher"), QStringLiteral("title"), QStringLiteral("url")});
    for (const Source &source : sources)
        table.addRow({QString::number(source.id), source.reliability, source.language,
            source.published ? source.published->toString() : QString(), source.publisher, source.title, source.url});
    table.write(context.out());
    return Success;
}

} // namespace conflictmap::cli
