// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "geo/MultiPolygon.h"

#include <QString>
#include <QVariantMap>

namespace conflictmap {

// One administrative unit of a boundary layer: its identity, its names in
// several languages and its outline in WGS 84 longitude/latitude.
struct Region {
    QString code; // ISO 3166-2 where the layer has it, else the feature id
    QString country; // ISO 3166-1 alpha-2, empty when unknown
    QString nameEn;
    QString nameLocal;
    QString nameAr;
    QString nameRu;
    // What kind of unit the layer says it is (type_en, type…), if it says.
    // The feature's other attributes are not kept: no view shows them, and
    // Natural Earth's 80 fields of the world's 4,596 units took 88 MiB.
    QString kind;
    MultiPolygon geometry; // lon/lat degrees
    QRectF bounds; // lon/lat bounding box of geometry
    QPointF labelPoint; // a point inside the region, lon/lat

    // Name in the given language ("en", "local", "ar", "ru"), falling back
    // to English and then to the code, so a label is never empty.
    QString name(const QString &language) const;
};

} // namespace conflictmap
