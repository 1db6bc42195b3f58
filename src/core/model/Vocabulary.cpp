// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/Vocabulary.h"

#include <array>

namespace conflictmap {

namespace {
const std::array<const char *, 4> kPrecisions{"exact", "near", "region", "country"};
const std::array<const char *, 5> kStatuses{"reported", "claimed", "disputed", "confirmed", "denied"};
const std::array<const char *, 3> kStances{"reports", "claims", "denies"};
const std::array<const char *, 4> kUserRoles{"viewer", "analyst", "reviewer", "admin"};

template <typename Enum, size_t N>
std::optional<Enum> find(const std::array<const char *, N> &names, const QString &name)
{
    for (size_t i = 0; i < N; ++i)
        if (name == QLatin1String(names[i]))
            return Enum(i);
    return std::nullopt;
}

template <size_t N>
QStringList all(const std::array<const char *, N> &names)
{
    QStringList list;
    for (const char *name : names)
        list << QLatin1String(name);
    return list;
}
} // namespace

QString toString(LocationPrecision value)
{
    return QLatin1String(kPrecisions[size_t(value)]);
}

QString toString(IncidentStatus value)
{
    return QLatin1String(kStatuses[size_t(value)]);
}

QString toString(Stance value)
{
    return QLatin1String(kStances[size_t(value)]);
}

QString toString(UserRole value)
{
    return QLatin1String(kUserRoles[size_t(value)]);
}

template <>
std::optional<LocationPrecision> parseVocabulary<LocationPrecision>(const QString &name)
{
    return find<LocationPrecision>(kPrecisions, name);
}

template <>
std::optional<IncidentStatus> parseVocabulary<IncidentStatus>(const QString &name)
{
    return find<IncidentStatus>(kStatuses, name);
}

template <>
std::optional<Stance> parseVocabulary<Stance>(const QString &name)
{
    return find<Stance>(kStances, name);
}

template <>
std::optional<UserRole> parseVocabulary<UserRole>(const QString &name)
{
    return find<UserRole>(kUserRoles, name);
}

template <>
QStringList vocabularyNames<LocationPrecision>()
{
    return all(kPrecisions);
}

template <>
QStringList vocabularyNames<IncidentStatus>()
{
    return all(kStatuses);
}

template <>
QStringList vocabularyNames<Stance>()
{
    return all(kStances);
}

template <>
QStringList vocabularyNames<UserRole>()
{
    return all(kUserRoles);
}

} // namespace conflictmap
