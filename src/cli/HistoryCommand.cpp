// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "Commands.h"
#include "TableWriter.h"

#include "store/HistoryRecord.h"
#include "store/IncidentStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace conflictmap::cli {

namespace {
QJsonObject objectOf(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// "incident 5" (its actors too), "claim 12", "source 3", "area 7".
QString recordName(const HistoryEntry &entry)
{
    static const std::pair<QLatin1String, QLatin1String> names[] = {{QLatin1String("incidents"), QLatin1String("incident")},
        {QLatin1String("incident_actors"), QLatin1String("incident")}, {QLatin1String("claims"), QLatin1String("claim")},
        {QLatin1String("sources"), QLatin1String("source")}, {QLatin1String("control_records"), QLatin1String("area")}};
    for (const auto &[kind, name] : names)
        if (entry.kind == kind)
            return QStringLiteral("%1 %2").arg(name).arg(entry.recordId);
    return QStringLiteral("%1 %2").arg(entry.kind).arg(entry.recordId);
}

} // namespace

int historyCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption limitOption(
        QStringLiteral("limit"), QStringLiteral("At most N changes, the newest (default: all)."), QStringLiteral("n"));
    context.addOptions(
        parser, {limitOption, {QStringLiteral("format"), QStringLiteral("table or json."), QStringLiteral("format")}});
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("history"),
            QStringLiteral("Every change to incidents, claims, sources and areas, newest first, or those of incident ID and its"
                           " claims: when, who, what, why (json: the record before and after)."),
            arguments, &exitCode))
        return exitCode;
    HistoryQuery query;
    if (parser.positionalArguments().size() > 1)
        return context.fail(QStringLiteral("history: expects at most one ID"), UsageError);
    if (parser.positionalArguments().size() == 1) {
        query.incidentId = parseId(parser.positionalArguments().first());
        if (!query.incidentId)
            return context.fail(
                QStringLiteral("history: '%1' is not an incident id").arg(parser.positionalArguments().first()), UsageError);
    }
    if (parser.isSet(limitOption)) {
        bool ok = false;
        query.limit = parser.value(limitOption).toLongLong(&ok);
        if (!ok || query.limit < 0)
            return context.fail(
                QStringLiteral("history: --limit: '%1' is not a count").arg(parser.value(limitOption)), UsageError);
    }
    const std::optional<Format> format = context.format(parser, false);
    if (!format)
        return UsageError;
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    auto entries = store->history(query);
    if (!entries)
        return context.fail(entries.error());
    if (*format == Format::Json) {
        QJsonArray array;
        auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
        for (const HistoryEntry &entry : entries.value())
            array.append(QJsonObject{{"id", entry.id}, {"at", entry.at}, {"by", orNull(entry.by)}, {"kind", entry.kind},
                {"record_id", entry.recordId}, {"operation", entry.operation},
                {"before", entry.before.isEmpty() ? QJsonValue() : QJsonValue(objectOf(entry.before))},
                {"after", entry.after.isEmpty() ? QJsonValue() : QJsonValue(objectOf(entry.after))},
                {"reason", orNull(entry.reason)}});
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    TableWriter table({QStringLiteral("change"), QStringLiteral("at"), QStringLiteral("by"), QStringLiteral("record"),
        QStringLiteral("what"), QStringLiteral("reason")});
    for (const HistoryEntry &entry : entries.value())
        table.addRow({QString::number(entry.id), entry.at, entry.by.isEmpty() ? QStringLiteral("(another program)") : entry.by,
            recordName(entry), HistoryRecord::summary(entry), entry.reason});
    table.write(context.out());
    return Success;
}

int restoreCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("restore"),
            QStringLiteral("Make an incident again what the history's change CHANGE left it (a deleted one: what it was, with"
                           " its claims), as a new change; prints the incident's id."),
            arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.fail(QStringLiteral("restore: expects one CHANGE (a number from 'history')"), UsageError);
    const std::optional<qint64> change = parseId(parser.positionalArguments().first());
    if (!change)
        return context.fail(
            QStringLiteral("restore: '%1' is not a change number").arg(parser.positionalArguments().first()), UsageError);
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    if (!context.hasReason())
        store->setChangeReason(QStringLiteral("restores change %1").arg(*change));
    const Result<qint64> restored = store->restoreChange(*change);
    if (!restored)
        return context.fail(restored.error());
    context.out() << *restored << '\n';
    return Success;
}

} // namespace conflictmap::cli
