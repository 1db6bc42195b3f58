// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace conflictmap {

// The base map the user chose last ("Base map…"), and the credit they gave
// it, given back when the app starts again. Stored in the app's
// configuration folder; an empty source means no base map.
class BaseMapMemory : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(QString attribution READ attribution WRITE setAttribution NOTIFY attributionChanged)

public:
    explicit BaseMapMemory(QObject *parent = nullptr);

    QString source() const { return m_source; }
    void setSource(const QString &source);
    QString attribution() const { return m_attribution; }
    void setAttribution(const QString &attribution);

    // The file the choice is kept in.
    static QString settingsPath();

signals:
    void sourceChanged();
    void attributionChanged();

private:
    void save(const QString &key, const QString &value);

    QString m_source;
    QString m_attribution;
};

} // namespace conflictmap
