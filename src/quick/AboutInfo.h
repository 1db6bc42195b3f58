// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace conflictmap {

// What the About box says: the version, the program's licence and the
// licences and credits of the bundled data (geodata/ATTRIBUTION.md,
// compiled in, so an installed copy can never show another file's text).
class AboutInfo : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString licence READ licence CONSTANT)
    Q_PROPERTY(QString attribution READ attribution CONSTANT)
    Q_PROPERTY(QString libraries READ libraries CONSTANT)

public:
    using QObject::QObject;

    static QString version();
    static QString licence();
    static QString attribution();
    // The versions of Qt, GDAL, PROJ and SQLite this copy runs with.
    static QString libraries();
};

} // namespace conflictmap
