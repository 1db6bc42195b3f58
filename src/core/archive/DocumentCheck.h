// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <vector>

namespace conflictmap {

// A stored document whose bytes no longer hash to the name it is kept under.
struct ChangedDocument {
    QString sha256; // the name: what its bytes hashed to when stored
    QString actual; // what they hash to now
    qint64 size = 0; // how many bytes there are now
    std::vector<qint64> sources; // the sources that cite it
};

// What hashing every stored document again found.
struct DocumentCheck {
    qint64 checked = 0;
    std::vector<ChangedDocument> changed;
};

} // namespace conflictmap
