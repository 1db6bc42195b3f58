// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace conflictmap {

// One incident symbol as the map draws it (MarkerSprites paints both), for
// the legend: what the legend shows is what the map shows.
class MarkerSymbol : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    // clash, territory, movement, diplomatic, other
    Q_PROPERTY(QString family MEMBER m_family WRITE setFamily NOTIFY changed)
    // exact, near (with its halo), region or country (a badge)
    Q_PROPERTY(QString precision MEMBER m_precision WRITE setPrecision NOTIFY changed)
    Q_PROPERTY(QColor color MEMBER m_color WRITE setColor NOTIFY changed)

public:
    explicit MarkerSymbol(QQuickItem *parent = nullptr);

    void setFamily(const QString &family);
    void setPrecision(const QString &precision);
    void setColor(const QColor &color);
    void paint(QPainter *painter) override;

signals:
    void changed();

private:
    // Sets a property, repainting when it changed.
    template <typename T>
    void set(T &field, const T &value);

    QString m_family = QStringLiteral("other");
    QString m_precision = QStringLiteral("exact");
    QColor m_color = QColor(0x2c, 0x6f, 0xbb);
};

} // namespace conflictmap
