// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gazetteer/GazetteerEntry.h"

namespace conflictmap {

namespace {
// Scripts written by one language only among those of the region: an
// untagged name in them is in that language.
QString ownScript(const QString &language)
{
    if (language == QLatin1String("hy"))
        return QStringLiteral("Armn");
    if (language == QLatin1String("ka"))
        return QStringLiteral("Geor");
    return {};
}

// The first name tagged 'language' that is written in 'script' (any script
// when that is empty): the catalogs tag some Latin spellings as Armenian.
const PlaceName *inLanguage(const std::vector<PlaceName> &names, const QString &language, const QString &script = {})
{
    for (const PlaceName &name : names)
        if (name.language == language && (script.isEmpty() || name.script == script))
            return &name;
    return nullptr;
}
} // namespace

QString GazetteerEntry::displayName(const QString &language) const
{
    const QString primary = language.section(QLatin1Char('-'), 0, 0).toLower();
    if (!language.isEmpty()) {
        const QString script = ownScript(primary);
        if (const PlaceName *exact = inLanguage(names, language, script))
            return exact->text;
        if (const PlaceName *base = inLanguage(names, primary, script))
            return base->text;
        for (const PlaceName &name : names)
            if (!script.isEmpty() && name.script == script)
                return name.text;
    }
    if (!localName.isEmpty())
        return localName;
    if (const PlaceName *english = inLanguage(names, QStringLiteral("en")))
        return english->text;
    return name;
}

QString GazetteerEntry::identifier() const
{
    switch (kind) {
    case Kind::Place:
        return QString::number(geonameid);
    case Kind::AdminUnit:
        return adminCode;
    case Kind::Country:
        return country;
    }
    return {};
}

} // namespace conflictmap
