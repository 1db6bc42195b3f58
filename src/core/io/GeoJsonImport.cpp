// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "io/GeoJsonImport.h"

#include "io/GeoJsonReader.h"
#include "io/ImportSession.h"
#include "io/IncidentFeature.h"
#include "store/IncidentStore.h"

#include <QFile>
#include <QFileInfo>

#include <sys/mman.h>
#include <unistd.h>

namespace conflictmap {

namespace {
constexpr size_t kReleaseStep = 32 << 20;

// Gives the pages of a mapped file that were read back to the kernel, so
// that importing a file of any size keeps a flat resident size. They are
// file-backed: dropping them loses nothing.
void releaseReadPages(std::string_view mapped, size_t upTo, size_t &released)
{
    const size_t page = size_t(sysconf(_SC_PAGESIZE));
    const uintptr_t begin = reinterpret_cast<uintptr_t>(mapped.data());
    const uintptr_t alignedBegin = (begin + released + page - 1) / page * page;
    const uintptr_t end = (begin + upTo) / page * page;
    if (end > alignedBegin && madvise(reinterpret_cast<void *>(alignedBegin), end - alignedBegin, MADV_DONTNEED) == 0)
        released = end - begin;
}
} // namespace

Result<GeoJsonImport::Summary> GeoJsonImport::fromBytes(
    IncidentStore &store, std::string_view json, const ImportOptions &options, ImportFailure *failure)
{
    return fromBytes(store, json, options, failure, false);
}

Result<GeoJsonImport::Summary> GeoJsonImport::fromBytes(IncidentStore &store, std::string_view json, const ImportOptions &options,
    ImportFailure *failure, bool mapped, const Progress &progress)
{
    using R = Result<Summary>;
    if (!options.defaultType.isEmpty() && !store.incidentType(options.defaultType))
        return R::failure(
            QStringLiteral("type: '%1' is not an incident type (the default type)").arg(options.defaultType.left(60)));
    ImportSession session(store, options);
    const qint64 sourcesBefore = qint64(store.sources().size());
    auto written = store.addAll([&]() -> Result<void> {
        GeoJsonReader reader(json);
        size_t released = 0;
        const qint64 size = qint64(json.size());
        auto read = reader.read([&](const JsonValue &feature, qint64 index) -> Result<void> {
            if (mapped && reader.offset() - released > kReleaseStep)
                releaseReadPages(json, reader.offset(), released);
            if (progress && index > 0 && index % 1000 == 0 && !progress(index, qint64(reader.offset()), size))
                return Result<void>::failure(QStringLiteral("import cancelled"));
            return session.add(IncidentFeature::read(feature, options, &session.mappedFailure()), index);
        });
        if (!read)
            return Result<void>::failure(read.problem());
        session.summary().features = read.value();
        if (progress && !progress(session.summary().features, size, size))
            return Result<void>::failure(QStringLiteral("import cancelled"));
        return {};
    });
    if (!written)
        return R::failure(session.failed(written.error(), failure));
    Summary summary = session.summary();
    summary.sources = qint64(store.sources().size()) - sourcesBefore;
    return summary;
}

Result<GeoJsonImport::Summary> GeoJsonImport::fromFile(
    IncidentStore &store, const QString &path, const ImportOptions &options, ImportFailure *failure, const Progress &progress)
{
    using R = Result<Summary>;
    QFile file(path);
    if (QFileInfo(path).isDir())
        return R::failure(QStringLiteral("%1: is a directory").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(QStringLiteral("%1: %2").arg(path, file.errorString()));
    if (file.size() == 0)
        return R::failure(QStringLiteral("%1: the file is empty").arg(path));
    // Mapped, not read: a file of any size costs no memory of its own.
    const uchar *data = file.map(0, file.size());
    if (!data)
        return R::failure(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    ImportOptions withDataset = options;
    if (withDataset.dataset.isEmpty())
        withDataset.dataset = QFileInfo(path).fileName();
    auto summary = fromBytes(
        store, std::string_view(reinterpret_cast<const char *>(data), size_t(file.size())), withDataset, failure, true, progress);
    file.unmap(const_cast<uchar *>(data));
    if (!summary) {
        if (failure && failure->field != ImportField::None)
            failure->problem = QStringLiteral("%1: %2").arg(path, failure->problem);
        return R::failure(QStringLiteral("%1: %2").arg(path, summary.error()));
    }
    return summary;
}

} // namespace conflictmap
