// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/IncidentRow.h"

#include <QHash>
#include <QString>

#include <string>

class QIODevice;

namespace conflictmap {

class BoundaryLayer;

// Writes incidents as one RFC 7946 FeatureCollection: Point geometries
// [lon, lat] in WGS 84 with at most 7 decimals, lines and areas as stored
// (GeometryJson: the right-hand rule, every coordinate exact), no crs
// member, every string escaped, non-ASCII as UTF-8. Each feature's
// properties hold the whole record (the names IncidentJson uses), absent
// values as null; a line's or area's also "regions", the units it touches
// ({"region", "share"}, largest share first).
// Streams: it buffers about a megabyte, whatever the number of features.
class GeoJsonWriter {
public:
    // 'layer' (optional) gives region_name. Writes to 'device', which must
    // stay open while the writer is used.
    GeoJsonWriter(QIODevice &device, const BoundaryLayer *layer);

    bool begin();
    bool write(const IncidentRow &row);
    bool finish();
    QString errorString() const { return m_error; }
    qint64 bytesWritten() const { return m_written; }

    // A JSON string literal for UTF-8 'text' (quotes included).
    static std::string quoted(std::string_view text);
    static void appendQuoted(std::string &out, std::string_view text);

private:
    void string(std::string_view text);
    void stringOrNull(std::string_view text);
    void number(double value);
    void integerOrNull(const std::optional<qint64> &value);
    bool flushIfFull();
    bool flush();

    QIODevice &m_device;
    QHash<QByteArray, QByteArray> m_regionNames; // code → English name
    std::string m_buffer;
    bool m_first = true;
    qint64 m_written = 0;
    QString m_error;
};

} // namespace conflictmap
