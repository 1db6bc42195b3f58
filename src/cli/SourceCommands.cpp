// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "Commands.h"
#include "TableWriter.h"

#include "io/IncidentJson.h"
#include "store/IncidentStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

#include <cstdio>

namespace conflictmap::cli {

int addSourceCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    context.addOptions(parser,
        {
            {QStringLiteral("title"), QStringLiteral("Title, in its original language (required)."), QStringLiteral("text")},
            {QStringLiteral("url"), QStringLiteral("Address (none for print and broadcast sources)."), QStringLiteral("url")},
            {QStringLiteral("publisher"), QStringLiteral("Publisher."), QStringLiteral("name")},
            {QStringLiteral("lang"), QStringLiteral("Language, BCP 47 (ar, hy, ru, az-Latn…)."), QStringLiteral("tag")},
            {QStringLiteral("published"), QStringLiteral("Publication date: YYYY, YYYY-MM or YYYY-MM-DD."),
                QStringLiteral("date")},
            {QStringLiteral("retrieved"), QStringLiteral("Date retrieved: YYYY, YYYY-MM or YYYY-MM-DD."), QStringLiteral("date")},
            {QStringLiteral("text-file"),
                QStringLiteral("File with the article's text or an excerpt (UTF-8; - for standard input)."),
                QStringLiteral("file")},
        });
    int exitCode = Success;
    if (!context.parse(
            parser, QStringLiteral("source add"), QStringLiteral("Record a source; prints its id."), arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(
            QStringLiteral("source add: unexpected argument '%1'").arg(parser.positionalArguments().first()), UsageError);
    if (!parser.isSet(QStringLiteral("title")))
        return context.fail(QStringLiteral("source add: --title is required"), UsageError);

    Source source;
    source.title = parser.value(QStringLiteral("title"));
    source.url = parser.value(QStringLiteral("url"));
    source.publisher = parser.value(QStringLiteral("publisher"));
    source.language = parser.value(QStringLiteral("lang"));
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
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    auto id = store->addSource(source);
    if (!id)
        return context.fail(id.error());
    context.out() << id.value() << '\n';
    return Success;
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
    TableWriter table({QStringLiteral("id"), QStringLiteral("language"), QStringLiteral("published"), QStringLiteral("publisher"),
        QStringLiteral("title"), QStringLiteral("url")});
    for (const Source &source : sources)
        table.addRow({QString::number(source.id), source.language, source.published ? source.published->toString() : QString(),
            source.publisher, source.title, source.url});
    table.write(context.out());
    return Success;
}

} // namespace conflictmap::cli
