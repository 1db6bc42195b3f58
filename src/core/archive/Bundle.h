// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "store/IncidentFilter.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace conflictmap {

class IncidentStore;

// A sealed bundle: one zip holding the GeoJSON of some incidents, every
// source document their claims cite (documents/SHA256.ext, byte for byte as
// stored), and a manifest of every file's SHA-256 (manifest.json, and
// SHA256SUMS for sha256sum -c). Whoever receives it can check, offline,
// that nothing in it changed since it was made — relative to the
// manifest, whose own SHA-256 the sender passes on by another way.
namespace Bundle {

inline constexpr const char *kManifest = "manifest.json";
inline constexpr const char *kChecksums = "SHA256SUMS";
inline constexpr const char *kIncidents = "incidents.geojson";

struct Written {
    qint64 incidents = 0;
    qint64 documents = 0;
    QString manifestSha256;
};

// Writes the bundle of the incidents 'filter' selects to 'path' (replaced
// only once complete). A stored document whose bytes changed since it was
// stored is refused, not sealed.
Result<Written> write(const IncidentStore &store, const IncidentFilter &filter, const QString &path);

struct Checked {
    qint64 files = 0; // listed in the manifest and checked
    QString manifestSha256;
    QStringList problems; // one line each: which file, what is wrong; none when all match
};

// Checks a bundle: every file the manifest lists is there with its
// SHA-256 and size, nothing else is, no name leaves the bundle's folder,
// each document is named by its own hash and every one the GeoJSON cites is
// there. An error only when the file is no bundle at all.
Result<Checked> check(const QString &path);

// A name inside a zip that stays inside the folder it is unpacked in: no
// absolute path, drive, '..', backslash or control character.
bool isSafeName(const QString &name);

} // namespace Bundle

} // namespace conflictmap
