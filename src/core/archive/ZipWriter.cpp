// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/ZipWriter.h"

#include <QDateTime>
#include <QFile>

#include <algorithm>

#include <minizip/zip.h>

namespace conflictmap {

ZipWriter::ZipWriter(void *zip, QString path) : m_zip(zip), m_path(std::move(path)) { }

ZipWriter::~ZipWriter()
{
    if (m_zip)
        zipClose(m_zip, nullptr);
}

Result<std::unique_ptr<ZipWriter>> ZipWriter::create(const QString &path)
{
    void *zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return Result<std::unique_ptr<ZipWriter>>::failure(
            Error::invalid(QStringLiteral("output"), QStringLiteral("%1: cannot be written").arg(path)));
    return std::unique_ptr<ZipWriter>(new ZipWriter(zip, path));
}

Result<void> ZipWriter::open(const QString &name)
{
    zip_fileinfo info{};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    info.tmz_date = {uInt(now.time().second()), uInt(now.time().minute()), uInt(now.time().hour()), uInt(now.date().day()),
        uInt(now.date().month() - 1), uInt(now.date().year())};
    // Bit 11: the name is UTF-8.
    if (zipOpenNewFileInZip4_64(m_zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
            Z_DEFAULT_COMPRESSION, 0, -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, nullptr, 0, 0, 1 << 11, 1)
        != ZIP_OK)
        return Result<void>::failure(QStringLiteral("%1: cannot add %2").arg(m_path, name));
    return {};
}

Result<void> ZipWriter::write(const char *data, qint64 size, const QString &name)
{
    // minizip takes at most 4 GiB a call.
    for (qint64 done = 0; done < size;) {
        const unsigned piece = unsigned(std::min<qint64>(size - done, qint64(1) << 30));
        if (zipWriteInFileInZip(m_zip, data + done, piece) != ZIP_OK)
            return Result<void>::failure(QStringLiteral("%1: cannot write %2 (is the disk full?)").arg(m_path, name));
        done += piece;
    }
    return {};
}

Result<void> ZipWriter::close(const QString &name)
{
    if (zipCloseFileInZip(m_zip) != ZIP_OK)
        return Result<void>::failure(QStringLiteral("%1: cannot write %2 (is the disk full?)").arg(m_path, name));
    return {};
}

Result<void> ZipWriter::add(const QString &name, const QByteArray &bytes)
{
    if (auto opened = open(name); !opened)
        return opened;
    if (auto written = write(bytes.constData(), bytes.size(), name); !written)
        return written;
    return close(name);
}

Result<void> ZipWriter::addFile(const QString &name, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<void>::failure(QStringLiteral("%1: %2").arg(path, file.errorString()));
    if (auto opened = open(name); !opened)
        return opened;
    QByteArray piece;
    while (!(piece = file.read(qint64(1) << 20)).isEmpty())
        if (auto written = write(piece.constData(), piece.size(), name); !written)
            return written;
    if (file.error() != QFileDevice::NoError)
        return Result<void>::failure(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return close(name);
}

Result<void> ZipWriter::finish()
{
    const int closed = zipClose(m_zip, nullptr);
    m_zip = nullptr;
    if (closed != ZIP_OK)
        return Result<void>::failure(QStringLiteral("%1: cannot be finished (is the disk full?)").arg(m_path));
    return {};
}

} // namespace conflictmap
