// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "geo/Region.h"

namespace conflictmap {

QString Region::name(const QString &language) const
{
    const QString *wanted = &nameEn;
    if (language == QLatin1String("local"))
        wanted = &nameLocal;
    else if (language == QLatin1String("ar"))
        wanted = &nameAr;
    else if (language == QLatin1String("ru"))
        wanted = &nameRu;
    if (!wanted->isEmpty())
        return *wanted;
    return nameEn.isEmpty() ? code : nameEn;
}

} // namespace conflictmap
