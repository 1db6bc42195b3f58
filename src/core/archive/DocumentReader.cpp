// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/DocumentReader.h"

#include "archive/HtmlText.h"
#include "archive/PdfText.h"
#include "archive/TextEncoding.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

namespace conflictmap {

QString Document::hashOf(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

namespace DocumentReader {

namespace {
// "900 bytes", "2 KiB", "1.5 MiB", "200 MiB".
QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 bytes").arg(bytes);
    const bool mebi = bytes >= (1 << 20);
    const double value = double(bytes) / (mebi ? (1 << 20) : 1024);
    return QLocale::c().toString(value, 'f', value < 10 && value != qint64(value) ? 1 : 0)
        + (mebi ? QStringLiteral(" MiB") : QStringLiteral(" KiB"));
}

bool looksLikeHtml(const QByteArray &content, const QString &name)
{
    const QByteArray start = content.left(2048).trimmed().toLower();
    const QString suffix = QFileInfo(name).suffix().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<html")
        || ((suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
            && (start.contains("<head") || start.contains("<body") || start.contains("<p") || start.contains("<meta")));
}

// Text has no NUL bytes, unless it is UTF-16 or UTF-32 with its mark.
bool looksLikeText(const QByteArray &content)
{
    return content.startsWith("\xFF\xFE") || content.startsWith("\xFE\xFF") || !content.left(1 << 16).contains('\0');
}
} // namespace

QString mediaTypeOf(const QByteArray &content, const QString &name)
{
    if (content.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (content.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    if (content.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (content.startsWith("GIF87a") || content.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    if (content.startsWith("RIFF") && content.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    if (looksLikeText(content))
        return looksLikeHtml(content, name) ? QStringLiteral("text/html") : QStringLiteral("text/plain");
    return QMimeDatabase().mimeTypeForFileNameAndData(name, content).name();
}

Result<Document> read(const QByteArray &content, const QString &name, const QString &encoding)
{
    using R = Result<Document>;
    if (content.isEmpty())
        return R::failure(Error::invalid(QStringLiteral("file"), QStringLiteral("the file is empty")));
    Document document;
    document.content = content;
    document.size = content.size();
    document.sha256 = Document::hashOf(content);
    document.mediaType = mediaTypeOf(content, name);
    if (document.mediaType == QLatin1String("text/plain")) {
        const auto decoded = TextEncoding::decode(content, encoding);
        if (!decoded)
            return R::failure(decoded.problem());
        document.text = decoded->text;
        document.encoding = decoded->encoding;
    } else if (document.mediaType == QLatin1String("text/html")) {
        const auto page = HtmlText::extract(content, encoding);
        if (!page)
            return R::failure(page.problem());
        document.text = page->text;
        document.title = page->title;
        document.encoding = page->encoding;
    } else if (document.mediaType == QLatin1String("application/pdf")) {
        const auto pdf = PdfText::extract(content);
        if (!pdf)
            return R::failure(pdf.problem());
        document.text = pdf->text;
        document.title = pdf->title;
    }
    return document;
}

Result<Document> readFile(const QString &path, qint64 maxBytes, const QString &encoding)
{
    using R = Result<Document>;
    const auto refused = [&](const QString &why) {
        return R::failure(Error::invalid(QStringLiteral("file"), QStringLiteral("%1: %2").arg(path, why)));
    };
    const QFileInfo info(path);
    if (!info.exists())
        return refused(QStringLiteral("no such file"));
    if (info.isDir())
        return refused(QStringLiteral("a directory, not a file"));
    // A file known to be too large is refused unread.
    if (info.isFile() && info.size() > maxBytes)
        return refused(QStringLiteral("larger than the limit of %1 (%2)").arg(sizeText(maxBytes), sizeText(info.size())));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused(QStringLiteral("cannot be read: %1").arg(file.errorString()));
    // A pipe or device tells no size: read no further than the limit.
    const QByteArray content = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return refused(QStringLiteral("cannot be read: %1").arg(file.errorString()));
    if (content.size() > maxBytes)
        return refused(QStringLiteral("larger than the limit of %1 (or more)").arg(sizeText(maxBytes)));
    R document = read(content, info.fileName(), encoding);
    if (!document)
        return R::failure(Error{
            document.problem().code, document.problem().field, QStringLiteral("%1: %2").arg(path, document.problem().message)});
    return document;
}

} // namespace DocumentReader

} // namespace conflictmap
