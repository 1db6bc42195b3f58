// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: parsing of dates and coordinates, and JSON string
// escaping. Properties checked (abort on failure, which libFuzzer reports):
// - a date that parses prints back to the same text;
// - a coordinate pair is either refused or placed in a valid region;
// - any valid UTF-8 escaped by GeoJsonWriter reads back byte for byte.
#include "geo/BoundaryLayer.h"
#include "io/GeoJsonReader.h"
#include "io/GeoJsonWriter.h"
#include "model/PartialDate.h"
#include "store/RecordValidation.h"

#include <QStringDecoder>

#include <cmath>
#include <cstdlib>
#include <cstring>

namespace {
const conflictmap::BoundaryLayer &layer()
{
    static std::unique_ptr<conflictmap::BoundaryLayer> bundled = [] {
        QString error;
        return conflictmap::BoundaryLayer::open(conflictmap::BoundaryLayer::defaultPath(), &error);
    }();
    return *bundled;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace conflictmap;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);

    QString why;
    if (auto date = PartialDate::parse(text, &why)) {
        if (date->toString() != text || date->first() > date->last())
            std::abort();
    }

    if (size >= 2 * sizeof(double)) {
        Incident incident;
        std::memcpy(&incident.lon, data, sizeof(double));
        std::memcpy(&incident.lat, data + sizeof(double), sizeof(double));
        incident.precision = LocationPrecision(data[size - 1] % 4);
        incident.region = QString::fromUtf8(bytes.mid(16, 8));
        const double lon = incident.lon, lat = incident.lat;
        if (RecordValidation::placeIncident(incident, layer())) {
            if (!std::isfinite(incident.lon) || !std::isfinite(incident.lat) || std::abs(incident.lat) > 90
                || std::abs(incident.lon) > 180)
                std::abort();
            const bool point = incident.precision == LocationPrecision::Exact || incident.precision == LocationPrecision::Near;
            if (point && (incident.lon != lon || incident.lat != lat))
                std::abort();
        }
    }

    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8(bytes);
    if (!utf8.hasError() && !bytes.contains('\0')) {
        const std::string json = "{\"type\":\"FeatureCollection\",\"features\":[],\"x\":"
            + GeoJsonWriter::quoted(std::string_view(bytes.constData(), size_t(bytes.size()))) + "}";
        GeoJsonReader reader(json);
        if (!reader.read([](const JsonValue &, qint64) { return Result<void>(); }))
            std::abort();
    }
    return 0;
}
