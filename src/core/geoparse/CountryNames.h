// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "gazetteer/GazetteerEntry.h"

#include <QString>

#include <vector>

namespace conflictmap {

// The countries of the world with their names in the languages of the
// region and its neighbours (geodata/country-names.tsv, made by
// scripts/make-country-names from CLDR, iso-codes and Natural Earth), as
// gazetteer entries of kind Country: code in 'country' and 'adminCode'
// empty, position a point on the country's surface.
namespace CountryNames {
QString defaultPath();
// A tab-separated file with the header "code lon lat lang name", one name a
// row, rows of one country together or not.
Result<std::vector<GazetteerEntry>> read(const QString &path);
} // namespace CountryNames

} // namespace conflictmap
