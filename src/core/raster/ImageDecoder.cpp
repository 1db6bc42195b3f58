// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "raster/ImageDecoder.h"

#include "geo/GdalDrivers.h"
#include "geo/GdalErrorTrap.h"
#include "geo/GdalHandles.h"
#include "raster/GdalRgba.h"

#include <cpl_vsi.h>

#include <atomic>

namespace conflictmap {

namespace {
// A /vsimem/ file over caller-owned bytes, unlinked on destruction.
class MemoryFile {
public:
    explicit MemoryFile(const QByteArray &bytes)
    {
        static std::atomic<quint64> counter{0};
        m_path = QStringLiteral("/vsimem/conflictmap-image-%1").arg(++counter).toUtf8();
        VSIFCloseL(VSIFileFromMemBuffer(m_path.constData(), reinterpret_cast<GByte *>(const_cast<char *>(bytes.constData())),
            vsi_l_offset(bytes.size()), FALSE));
    }
    ~MemoryFile() { VSIUnlink(m_path.constData()); }
    MemoryFile(const MemoryFile &) = delete;
    MemoryFile &operator=(const MemoryFile &) = delete;
    const char *path() const { return m_path.constData(); }

private:
    QByteArray m_path;
};

QString describe(const QByteArray &bytes)
{
    const QByteArray start = bytes.left(16).trimmed();
    if (start.startsWith('<'))
        return QStringLiteral("HTML or XML");
    return QStringLiteral("%1 bytes starting %2").arg(bytes.size()).arg(QString::fromLatin1(bytes.left(8).toHex(' ')));
}
} // namespace

Result<RgbaImage> decodeImage(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return Result<RgbaImage>::failure(QStringLiteral("not an image: the body is empty"));
    gdal::registerDrivers();
    const MemoryFile file(bytes);
    const char *const imageDrivers[] = {"PNG", "JPEG", "WEBP", "GIF", nullptr};
    GdalErrorTrap trap;
    const gdal::Dataset dataset(GDALOpenEx(file.path(), GDAL_OF_RASTER, imageDrivers, nullptr, nullptr));
    if (!dataset)
        return Result<RgbaImage>::failure(QStringLiteral("not an image (%1)").arg(describe(bytes)));
    // A tile is 256 or 512 pixels a side: a header claiming far more (a
    // hostile or broken server) would have us allocate gigabytes.
    constexpr int kLargestSide = 4096;
    const int width = GDALGetRasterXSize(dataset.get()), height = GDALGetRasterYSize(dataset.get());
    if (width > kLargestSide || height > kLargestSide)
        return Result<RgbaImage>::failure(QStringLiteral("an image of %1 × %2 pixels, larger than a tile can be (%3 a side)")
                                              .arg(width)
                                              .arg(height)
                                              .arg(kLargestSide));
    Result<RgbaImage> image = gdal::readRgba(dataset.get());
    if (!image)
        return Result<RgbaImage>::failure(
            QStringLiteral("a broken image: %1").arg(trap.lastError().isEmpty() ? image.error() : trap.lastError()));
    return image;
}

} // namespace conflictmap
