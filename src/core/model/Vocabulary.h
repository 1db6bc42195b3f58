// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace conflictmap {

// The model's controlled vocabularies and their names as stored, exported
// and typed on the command line.

// How precisely an incident's position is known.
enum class LocationPrecision : std::uint8_t {
    Exact, // within about 1 km
    Near, // about the nearest town
    Region, // only the admin unit: the point is the unit's representative point
    Country, // only the country: the point is the country's representative point
};

// How far from its point a "near" incident may be: drawn as a ring of this
// radius on the map and in briefings.
constexpr double kNearRadiusKm = 5.0;

// The analyst's assessment of an incident over all its claims.
enum class IncidentStatus : std::uint8_t { Reported, Claimed, Disputed, Confirmed, Denied };

// What a claim does with the incident.
enum class Stance { Reports, Claims, Denies };

// A team member's role on a server database, each with the rights of the
// one before: reads; adds and changes their own records; changes any record
// and confirms or denies; manages users and types.
enum class UserRole { Viewer, Analyst, Reviewer, Admin };

QString toString(LocationPrecision value);
QString toString(IncidentStatus value);
QString toString(Stance value);
QString toString(UserRole value);

template <typename Enum>
std::optional<Enum> parseVocabulary(const QString &name);
template <>
std::optional<LocationPrecision> parseVocabulary<LocationPrecision>(const QString &name);
template <>
std::optional<IncidentStatus> parseVocabulary<IncidentStatus>(const QString &name);
template <>
std::optional<Stance> parseVocabulary<Stance>(const QString &name);
template <>
std::optional<UserRole> parseVocabulary<UserRole>(const QString &name);

// Every name of a vocabulary, in order, for messages and help.
template <typename Enum>
QStringList vocabularyNames();
template <>
QStringList vocabularyNames<LocationPrecision>();
template <>
QStringList vocabularyNames<IncidentStatus>();
template <>
QStringList vocabularyNames<Stance>();
template <>
QStringList vocabularyNames<UserRole>();

} // namespace conflictmap
