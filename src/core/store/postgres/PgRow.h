// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/postgres/PgResult.h"

namespace conflictmap {

// One row of a result, read as a statement's current row is (what the
// row readers shared by the backends, ClaimRow and IncidentColumns, take).
struct PgRow {
    const PgResult &result;
    int row;

    bool isNull(int column) const { return result.isNull(row, column); }
    QString text(int column) const { return result.text(row, column); }
    std::string_view bytes(int column) const { return result.bytes(row, column); }
    qint64 integer(int column) const { return result.integer(row, column); }
    std::optional<qint64> optionalInteger(int column) const { return result.optionalInteger(row, column); }
    double real(int column) const { return result.real(row, column); }
    QByteArray blob(int column) const { return result.bytea(row, column); }
};

} // namespace conflictmap
