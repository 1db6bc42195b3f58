// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/ZipReader.h"

#include <QFile>

#include <minizip/unzip.h>

namespace conflictmap {

ZipReader::ZipReader(void *zip, QString path) : m_zip(zip), m_path(std::move(path)) { }

ZipReader::~ZipReader()
{
    unzClose(m_zip);
}

Result<std::unique_ptr<ZipReader>> ZipReader::open(const QString &path)
{
    using R = Result<std::unique_ptr<ZipReader>>;
    if (!QFile::exists(path))
        return R::failure(Error::invalid(QStringLiteral("file"), QStringLiteral("%1: no such file").arg(path)));
    void *zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return R::failure(
            Error::invalid(QStringLiteral("file"), QStringLiteral("%1: not a zip file, or a damaged one").arg(path)));
    std::unique_ptr<ZipReader> reader(new ZipReader(zip, path));
    for (int at = unzGoToFirstFile(zip); at == UNZ_OK; at = unzGoToNextFile(zip)) {
        unz_file_info64 info{};
        char name[4096];
        if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK
            || info.size_filename >= sizeof name)
            return R::failure(
                Error::invalid(QStringLiteral("file"), QStringLiteral("%1: an entry of the zip cannot be read").arg(path)));
        // Bit 11: UTF-8 names; others are read as Latin-1 (CP437 is close enough for a name).
        const QString decoded = info.flag & (1 << 11) ? QString::fromUtf8(name) : QString::fromLatin1(name);
        reader->m_entries.push_back({decoded, qint64(info.uncompressed_size)});
    }
    return reader;
}

Result<void> ZipReader::read(const QString &name, const std::function<void(const QByteArray &)> &piece)
{
    const auto failed = [&](const QString &why) {
        return Result<void>::failure(Error::invalid(QStringLiteral("file"), QStringLiteral("%1: %2: %3").arg(m_path, name, why)));
    };
    int found = unzGoToFirstFile(m_zip);
    for (const Entry &entry : m_entries) {
        if (found != UNZ_OK)
            break;
        if (entry.name == name)
            break;
        found = unzGoToNextFile(m_zip);
    }
    if (found != UNZ_OK)
        return failed(QStringLiteral("not in the zip"));
    if (unzOpenCurrentFile(m_zip) != UNZ_OK)
        return failed(QStringLiteral("cannot be read (encrypted, or an unknown compression)"));
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    int read = 0;
    while ((read = unzReadCurrentFile(m_zip, buffer.data(), unsigned(buffer.size()))) > 0)
        piece(QByteArray(buffer.constData(), read));
    // Closing checks the CRC of what was read.
    const int closed = unzCloseCurrentFile(m_zip);
    if (read < 0 || closed != UNZ_OK)
        return failed(QStringLiteral("damaged in the zip"));
    return {};
}

Result<QByteArray> ZipReader::readAll(const QString &name, qint64 maxBytes)
{
    for (const Entry &entry : m_entries)
        if (entry.name == name && entry.size > maxBytes)
            return Result<QByteArray>::failure(Error::invalid(
                QStringLiteral("file"), QStringLiteral("%1: %2: larger than %3 bytes").arg(m_path, name).arg(maxBytes)));
    QByteArray bytes;
    bool tooLarge = false;
    Result<void> read = this->read(name, [&](const QByteArray &piece) {
        if (bytes.size() + piece.size() > maxBytes)
            tooLarge = true;
        else
            bytes += piece;
    });
    if (!read)
        return Result<QByteArray>::failure(read.problem());
    if (tooLarge)
        return Result<QByteArray>::failure(Error::invalid(
            QStringLiteral("file"), QStringLiteral("%1: %2: larger than %3 bytes").arg(m_path, name).arg(maxBytes)));
    return bytes;
}

} // namespace conflictmap
