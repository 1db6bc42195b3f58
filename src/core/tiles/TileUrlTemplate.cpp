// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tiles/TileUrlTemplate.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace conflictmap {

namespace {
const QStringList kRequired{QStringLiteral("{z}"), QStringLiteral("{x}"), QStringLiteral("{y}")};
const QStringList kKnown{QStringLiteral("{z}"), QStringLiteral("{x}"), QStringLiteral("{y}"), QStringLiteral("{s}")};
} // namespace

bool TileUrlTemplate::looksLikeUrl(const QString &text)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    const QString trimmed = text.trimmed();
    return scheme.match(trimmed).hasMatch() && !trimmed.startsWith(QLatin1String("file:"), Qt::CaseInsensitive);
}

Result<TileUrlTemplate> TileUrlTemplate::parse(const QString &text, const QStringList &subdomains)
{
    const QString trimmed = text.trimmed();
    const QString shown = trimmed.left(200);
    if (trimmed.isEmpty())
        return Result<TileUrlTemplate>::failure(QStringLiteral("the tile URL template is empty"));
    // Placeholders are replaced before QUrl sees the text: braces are not URL characters.
    QString sample = trimmed;
    for (const QString &placeholder : kKnown)
        sample.replace(placeholder, QStringLiteral("0"));
    static const QRegularExpression unknownPlaceholder(QStringLiteral("\\{[^}]*\\}"));
    const QRegularExpressionMatch unknown = unknownPlaceholder.match(sample);
    if (unknown.hasMatch())
        return Result<TileUrlTemplate>::failure(
            QStringLiteral("the tile URL template '%1' has %2, which is not one of {z}, {x}, {y}, {s}")
                .arg(shown, unknown.captured()));
    const QUrl url(sample, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || scheme.isEmpty())
        return Result<TileUrlTemplate>::failure(QStringLiteral("the tile URL template '%1' is not a URL").arg(shown));
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return Result<TileUrlTemplate>::failure(
            QStringLiteral("the tile URL template '%1' is %2: only http and https tiles are fetched").arg(shown, scheme));
    if (url.host().isEmpty())
        return Result<TileUrlTemplate>::failure(QStringLiteral("the tile URL template '%1' names no host").arg(shown));
    QStringList missing;
    for (const QString &placeholder : kRequired)
        if (!trimmed.contains(placeholder))
            missing << placeholder;
    if (!missing.isEmpty())
        return Result<TileUrlTemplate>::failure(QStringLiteral("the tile URL template '%1' has no %2 (it needs {z}, {x} and {y})")
                                                    .arg(shown, missing.join(QStringLiteral(", "))));

    TileUrlTemplate parsed;
    parsed.m_text = trimmed;
    parsed.m_subdomains
        = subdomains.isEmpty() ? QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")} : subdomains;
    return parsed;
}

QUrl TileUrlTemplate::url(const TileId &tile) const
{
    QString text = m_text;
    text.replace(QLatin1String("{z}"), QString::number(tile.z));
    text.replace(QLatin1String("{x}"), QString::number(tile.x));
    text.replace(QLatin1String("{y}"), QString::number(tile.y));
    // The same tile always from the same subdomain, so HTTP caches along the way help.
    text.replace(QLatin1String("{s}"), m_subdomains.at((tile.x + tile.y) % m_subdomains.size()));
    return QUrl(text);
}

QString TileUrlTemplate::cacheKey() const
{
    return QString::fromLatin1(QCryptographicHash::hash(m_text.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace conflictmap
