// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "io/UcdpImport.h"

#include "io/CsvImport.h"

#include <QDate>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace conflictmap {

namespace {
const char *const kRequired[] = {"id", "date_start", "date_end", "latitude", "longitude"};
const std::vector<const char *> kMapped{
    "date_start", "date_end", "latitude", "longitude", "best", "low", "high", "side_a", "side_b"};

// "2020-09-27", or with a time as UCDP's CSV files write it
// ("2020-09-27 00:00:00.000").
std::optional<QDate> dayOf(const QString &text)
{
    const QDate day = QDate::fromString(text.left(10), Qt::ISODate);
    return day.isValid() && (text.size() == 10 || text[10] == QLatin1Char(' ') || text[10] == QLatin1Char('T'))
        ? std::optional<QDate>(day)
        : std::nullopt;
}

// The entries of source_article ("outlet,date,headline", joined by ';'):
// one in quotes runs to the quote that a ';' or the end follows (a
// headline may end in a quotation of its own); unquoted ones part at a ';'
// that an outlet and a date follow, since a headline may hold one too.
QStringList articleEntries(const QString &column)
{
    static const QRegularExpression quoteEnd(QStringLiteral("\"\\s*(;|$)"));
    static const QRegularExpression between(QStringLiteral(";(?=[^;]*,\\s*\\d{4}-\\d{2}-\\d{2})"));
    const QString text = column.trimmed();
    QStringList entries;
    qsizetype at = 0;
    while (at < text.size()) {
        while (at < text.size() && (text[at].isSpace() || text[at] == QLatin1Char(';')))
            ++at;
        if (at >= text.size())
            break;
        if (text[at] != QLatin1Char('"')) {
            entries << text.mid(at).split(between);
            break;
        }
        const QRegularExpressionMatch end = quoteEnd.match(text, at + 1);
        if (!end.hasMatch()) {
            entries << text.mid(at + 1);
            break;
        }
        entries << text.mid(at + 1, end.capturedStart() - at - 1);
        at = end.capturedEnd();
    }
    return entries;
}

// The articles UCDP coded the event from. An outlet may hold a comma
// ("Reuters, India"), so the date is the first field that is one; a
// headline may hold commas, and after a line break UCDP's notes, which are
// left out of the title (the column stays in extra whole). An entry
// without an outlet, a date and a headline is no article.
std::vector<Source> articlesIn(const QString &text)
{
    static const QRegularExpression lineBreak(QStringLiteral("[\\r\\n]"));
    static const QRegularExpression trailing(QStringLiteral("[\\s;]+$"));
    std::vector<Source> articles;
    for (QString entry : articleEntries(text)) {
        entry.remove(trailing);
        const QStringList fields = entry.split(QLatin1Char(','));
        qsizetype dated = 1;
        while (dated < fields.size() - 1 && !dayOf(fields[dated].trimmed()))
            ++dated;
        if (dated >= fields.size() - 1)
            continue; // no outlet, date and headline: not an article reference
        Source article;
        article.publisher = fields.mid(0, dated).join(QLatin1Char(',')).trimmed();
        const QDate day = *dayOf(fields[dated].trimmed());
        article.published = PartialDate::fromParts(day.year(), day.month(), day.day());
        article.title = fields.mid(dated + 1).join(QLatin1Char(',')).section(lineBreak, 0, 0).trimmed();
        const bool again = std::any_of(articles.begin(), articles.end(),
            [&](const Source &known) { return known.title == article.title && known.publisher == article.publisher; });
        if (!article.publisher.isEmpty() && !article.title.isEmpty() && !again)
            articles.push_back(std::move(article));
    }
    return articles;
}

// A period as precisely as it is: a whole year or month as that year or
// month, else its first and last day.
void setPeriod(Incident &incident, const QDate &start, const QDate &end)
{
    const bool wholeMonths = start.day() == 1 && end.day() == end.daysInMonth();
    if (wholeMonths && start.month() == 1 && end.month() == 12 && start.year() == end.year()) {
        incident.date = PartialDate::fromParts(start.year(), 0, 0);
        return;
    }
    if (wholeMonths && start.year() == end.year() && start.month() == end.month()) {
        incident.date = PartialDate::fromParts(start.year(), start.month(), 0);
        return;
    }
    incident.date = PartialDate::fromParts(start.year(), start.month(), start.day());
    if (end != start)
        incident.dateUntil = PartialDate::fromParts(end.year(), end.month(), end.day());
}

LocationPrecision precisionOf(const QString &wherePrec)
{
    switch (wherePrec.toInt()) {
    case 1:
        return LocationPrecision::Exact;
    case 3:
    case 4:
        return LocationPrecision::Region;
    case 5:
    case 6:
        return LocationPrecision::Country;
    default: // 2, 7, or not given
        return LocationPrecision::Near;
    }
}

QString actorTypeOf(const QString &name, char side, int typeOfViolence)
{
    if (name.startsWith(QLatin1String("Government of")))
        return QStringLiteral("state_forces");
    if (name.compare(QLatin1String("Civilians"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("civilians");
    if (side == 'b' && typeOfViolence == 1)
        return QStringLiteral("rebel_group");
    return {};
}

Result<Incident> incidentOf(const CsvRecord &row, const BoundaryLayer *layer)
{
    using R = Result<Incident>;
    auto fail = [&](const char *column, const QString &why) { return R::failure(row.problem(column, why)); };
    Incident incident;
    incident.importId = row["id"];
    if (incident.importId.isEmpty())
        return fail("id", QStringLiteral("no event id"));
    const std::optional<QDate> start = dayOf(row["date_start"]);
    if (!start)
        return fail("date_start", QStringLiteral("'%1' is not a date (2020-09-27)").arg(row["date_start"].left(40)));
    const std::optional<QDate> end = row["date_end"].isEmpty() ? start : dayOf(row["date_end"]);
    if (!end)
        return fail("date_end", QStringLiteral("'%1' is not a date (2020-09-27)").arg(row["date_end"].left(40)));
    if (*end < *start)
        return fail("date_end",
            QStringLiteral("%1 is before date_start %2").arg(end->toString(Qt::ISODate), start->toString(Qt::ISODate)));
    setPeriod(incident, *start, *end);

    if (auto placed = CsvImport::readPoint(row, incident); !placed)
        return R::failure(placed.problem());
    CsvImport::place(incident, precisionOf(row["where_prec"]), layer);

    for (const auto &[column, out] : {std::pair{"best", &incident.fatalities}, std::pair{"low", &incident.fatalitiesLow},
             std::pair{"high", &incident.fatalitiesHigh}}) {
        auto n = CsvImport::count(row, column);
        if (!n)
            return R::failure(n.problem());
        *out = *n;
    }

    const int typeOfViolence = row["type_of_violence"].toInt();
    incident.type = typeOfViolence == 1 || typeOfViolence == 2 ? QStringLiteral("armed_clash") : QStringLiteral("other");
    for (const auto &[column, side] : {std::pair{"side_a", 'a'}, std::pair{"side_b", 'b'}}) {
        const QString name = row[column];
        if (!name.isEmpty() && !actorNames(incident.actors).contains(name))
            incident.actors.push_back({name, QString(QLatin1Char(side)), actorTypeOf(name, side, typeOfViolence)});
    }
    const QString dyad = !row["dyad_name"].isEmpty() ? row["dyad_name"]
        : !row["conflict_name"].isEmpty()            ? row["conflict_name"]
                                                     : QStringLiteral("UCDP event");
    const QString where = row["where_description"];
    incident.title
        = where.isEmpty() ? QStringLiteral("%1 (%2)").arg(dyad, incident.importId) : QStringLiteral("%1 at %2").arg(dyad, where);
    // Each article a source; only the outlets when the articles are not listed.
    const std::vector<Source> articles = articlesIn(row["source_article"]);
    CsvImport::addReportingSources(
        incident, articles.empty() ? CsvImport::sourcesNamed(CsvImport::namesIn(row["source_office"])) : articles);
    incident.extra = QString::fromUtf8(QJsonDocument(row.unmapped(kMapped)).toJson(QJsonDocument::Compact));
    return incident;
}
} // namespace

const CsvImport::Format &UcdpImport::format()
{
    static const CsvImport::Format format{
        QStringLiteral("ucdp-ged"), QStringLiteral("a UCDP GED file"), {std::begin(kRequired), std::end(kRequired)}, incidentOf};
    return format;
}

Result<ImportSummary> UcdpImport::fromFile(IncidentStore &store, const QString &path)
{
    return CsvImport::fromFile(store, path, format());
}

} // namespace conflictmap
