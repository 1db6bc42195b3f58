// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "io/GeoJsonExport.h"

#include "io/GeoJsonWriter.h"
#include "io/WholeFile.h"
#include "store/IncidentStore.h"

#if defined(__linux__)
#include <fcntl.h>
#endif

namespace conflictmap {

namespace {
// Starts the disk writes of what an export has written so far, every
// 32 MiB, without waiting for them: the final sync (QSaveFile's, before it
// renames) then finds little left, and the disk works while we format.
// Only where the kernel offers it (Linux's sync_file_range); elsewhere the
// final sync does it all.
class Writeback {
public:
    explicit Writeback(QIODevice &device)
    {
        if (auto *file = qobject_cast<QFileDevice *>(&device))
            m_fd = file->handle();
    }
    void progress(QIODevice &device, qint64 written)
    {
#if defined(SYNC_FILE_RANGE_WRITE)
        if (m_fd < 0 || written - m_started < kStep)
            return;
        static_cast<QFileDevice &>(device).flush(); // Qt's own buffer first
        ::sync_file_range(m_fd, m_started, written - m_started, SYNC_FILE_RANGE_WRITE);
        m_started = written;
#else
        Q_UNUSED(device);
        Q_UNUSED(written);
#endif
    }

private:
    static constexpr qint64 kStep = 32 << 20;
    int m_fd = -1;
    qint64 m_started = 0;
};
} // namespace

Result<GeoJsonExport::Summary> GeoJsonExport::toDevice(
    const IncidentStore &store, const IncidentFilter &filter, QIODevice &device, const Progress &progress)
{
    using R = Result<Summary>;
    GeoJsonWriter writer(device, store.layer());
    if (!writer.begin())
        return R::failure(QStringLiteral("cannot write: %1").arg(writer.errorString()));
    bool written = true;
    bool cancelled = false;
    qint64 count = 0;
    Writeback writeback(device);
    auto scanned = store.scan(filter, [&](const IncidentRow &row) {
        if (!(written = writer.write(row)))
            return false;
        writeback.progress(device, writer.bytesWritten());
        if (progress && ++count % 1000 == 0 && !progress(count))
            return !(cancelled = true);
        return true;
    });
    if (!scanned)
        return R::failure(scanned.problem());
    if (cancelled)
        return R::failure(QStringLiteral("export cancelled"));
    if (!written || !writer.finish())
        return R::failure(QStringLiteral("cannot write: %1").arg(writer.errorString()));
    return Summary{scanned.value(), writer.bytesWritten()};
}

Result<GeoJsonExport::Summary> GeoJsonExport::toFile(
    const IncidentStore &store, const IncidentFilter &filter, const QString &path, const Progress &progress)
{
    return WholeFile::write<Summary>(path, [&](QIODevice &file) { return toDevice(store, filter, file, progress); });
}

} // namespace conflictmap
