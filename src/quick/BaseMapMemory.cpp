// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BaseMapMemory.h"

#include <QSettings>
#include <QStandardPaths>

namespace conflictmap {

namespace {
const QString kSourceKey = QStringLiteral("baseMap/source");
const QString kAttributionKey = QStringLiteral("baseMap/attribution");
} // namespace

BaseMapMemory::BaseMapMemory(QObject *parent) : QObject(parent)
{
    const QSettings settings(settingsPath(), QSettings::IniFormat);
    m_source = settings.value(kSourceKey).toString();
    m_attribution = settings.value(kAttributionKey).toString();
}

QString BaseMapMemory::settingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/basemap.ini");
}

void BaseMapMemory::setSource(const QString &source)
{
    if (source == m_source)
        return;
    m_source = source;
    save(kSourceKey, source);
    emit sourceChanged();
}

void BaseMapMemory::setAttribution(const QString &attribution)
{
    if (attribution == m_attribution)
        return;
    m_attribution = attribution;
    save(kAttributionKey, attribution);
    emit attributionChanged();
}

void BaseMapMemory::save(const QString &key, const QString &value)
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.setValue(key, value);
}

} // namespace conflictmap
