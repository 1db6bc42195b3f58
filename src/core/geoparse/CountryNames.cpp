// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "geoparse/CountryNames.h"

#include "BundledData.h"

#include <QFile>
#include <QHash>

namespace conflictmap {

namespace {
// The ISO 15924 code of the script 'name' is written in, by its first
// letter: what GazetteerEntry::displayName looks for in Armenian and
// Georgian.
QString scriptOf(const QString &name)
{
    for (const QChar c : name) {
        if (!c.isLetter())
            continue;
        switch (c.script()) {
        case QChar::Script_Latin:
            return QStringLiteral("Latn");
        case QChar::Script_Cyrillic:
            return QStringLiteral("Cyrl");
        case QChar::Script_Armenian:
            return QStringLiteral("Armn");
        case QChar::Script_Georgian:
            return QStringLiteral("Geor");
        case QChar::Script_Arabic:
            return QStringLiteral("Arab");
        case QChar::Script_Hebrew:
            return QStringLiteral("Hebr");
        default:
            return QStringLiteral("Zyyy");
        }
    }
    return QStringLiteral("Zyyy");
}
} // namespace

QString CountryNames::defaultPath()
{
    return BundledData::path(QStringLiteral("country-names.tsv"));
}

Result<std::vector<GazetteerEntry>> CountryNames::read(const QString &path)
{
    using R = Result<std::vector<GazetteerEntry>>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(QStringLiteral("%1: cannot read the country names (%2)").arg(path, file.errorString()));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty() || lines.front() != QLatin1String("code\tlon\tlat\tlang\tname"))
        return R::failure(
            QStringLiteral("%1: not a country names file (its first line is not \"code lon lat lang name\")").arg(path));
    std::vector<GazetteerEntry> countries;
    QHash<QString, std::size_t> byCode;
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines[i].split(QLatin1Char('\t'));
        bool lonOk = false;
        bool latOk = false;
        const double lon = fields.size() == 5 ? fields[1].toDouble(&lonOk) : 0;
        const double lat = fields.size() == 5 ? fields[2].toDouble(&latOk) : 0;
        if (!lonOk || !latOk || fields[0].size() != 2 || fields[4].isEmpty())
            return R::failure(QStringLiteral("%1:%2: expected a code, lon, lat, language and name").arg(path).arg(i + 1));
        const QString &code = fields[0];
        auto found = byCode.constFind(code);
        if (found == byCode.cend()) {
            GazetteerEntry country;
            country.kind = GazetteerEntry::Kind::Country;
            country.country = code;
            country.featureCode = QStringLiteral("PCLI");
            country.lon = lon;
            country.lat = lat;
            found = byCode.insert(code, countries.size());
            countries.push_back(std::move(country));
        }
        GazetteerEntry &country = countries[found.value()];
        const QString &language = fields[3];
        const QString &name = fields[4];
        country.names.push_back({name, language, scriptOf(name)});
        if (language == QLatin1String("en") && (country.name.isEmpty() || name.size() < country.name.size()))
            country.name = name; // the shortest English name: Iran, not Islamic Republic of Iran
        if (language.isEmpty())
            country.localName = name;
    }
    for (GazetteerEntry &country : countries)
        if (country.name.isEmpty())
            country.name = country.names.front().text;
    return R(std::move(countries));
}

} // namespace conflictmap
