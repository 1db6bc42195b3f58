// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "io/GeoJsonImport.h"

#include "io/GeoJsonReader.h"
#include "io/IncidentFeature.h"
#include "store/IncidentStore.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

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
    Summary summary;
    ImportFailure mappedFailure; // its field stays None unless a mapped field fails
    const qint64 sourcesBefore = qint64(store.sources().size());
    auto written = store.addAll([&]() -> Result<void> {
        // Sources seen in this file: most features cite few sources.
        QHash<QString, qint64> sourceIds;
        QSet<QString> knownTypes;
        // Ids seen in this file, with their feature: one id twice is two
        // records, which a later import could not tell apart.
        QHash<QString, qint64> featureIds;
        GeoJsonReader reader(json);
        size_t released = 0;
        const qint64 size = qint64(json.size());
        auto read = reader.read([&](const JsonValue &feature, qint64 index) -> Result<void> {
            if (mapped && reader.offset() - released > kReleaseStep)
                releaseReadPages(json, reader.offset(), released);
            if (progress && index > 0 && index % 1000 == 0 && !progress(index, qint64(reader.offset()), size))
                return Result<void>::failure(QStringLiteral("import cancelled"));
            auto incident = IncidentFeature::read(feature, options, &mappedFailure);
            if (!incident)
                return Result<void>::failure(incident.error());
            if (options.dataset.isEmpty())
                incident.value().importId.clear(); // nothing to match it in
            if (QString &id = incident.value().importId; !id.isEmpty()) {
                if (auto same = featureIds.constFind(id); same != featureIds.constEnd()) {
                    mappedFailure = {{}, ImportField::Id, options.idField, options.idIsMember};
                    return Result<void>::failure(
                        QStringLiteral("id: '%1' is also the id of feature %2").arg(id.left(60)).arg(*same));
                }
                featureIds.insert(id, index);
                incident.value().importDataset = options.dataset;
            }
            QString &type = incident.value().type;
            if (type.isEmpty())
                type = options.defaultType;
            else if (!knownTypes.contains(type)) {
                if (!store.incidentType(type)) {
                    mappedFailure = {{}, ImportField::Type, options.typeField, false};
                    return Result<void>::failure(QStringLiteral("type: '%1' is not an incident type").arg(type.left(60)));
                }
                knownTypes.insert(type);
            }
            for (Claim &claim : incident.value().claims) {
                const QString key
                    = claim.source.url.isEmpty() ? claim.source.title + QChar(0x1f) + claim.source.publisher : claim.source.url;
                auto known = sourceIds.constFind(key);
                if (known != sourceIds.constEnd()) {
                    claim.sourceId = *known;
                    continue;
                }
                auto id = store.findOrAddSource(claim.source);
                if (!id)
                    return Result<void>::failure(id.error());
                claim.sourceId = id.value();
                sourceIds.insert(key, id.value());
            }
            auto outcome = store.importIncident(std::move(incident.value()));
            if (!outcome)
                return Result<void>::failure(outcome.error());
            ++(outcome.value() == IncidentStore::ImportOutcome::Added          ? summary.added
                    : outcome.value() == IncidentStore::ImportOutcome::Updated ? summary.updated
                                                                               : summary.unchanged);
            return {};
        });
        if (!read)
            return Result<void>::failure(read.error());
        summary.features = read.value();
        if (progress && !progress(summary.features, size, size))
            return Result<void>::failure(QStringLiteral("import cancelled"));
        return {};
    });
    if (written) {
        summary.sources = qint64(store.sources().size()) - sourcesBefore;
        return summary;
    }
    if (mappedFailure.field == ImportField::None)
        return R::failure(written.error());
    // A mapped field: the message says which property it was read from.
    mappedFailure.problem = written.error();
    if (failure)
        *failure = mappedFailure;
    return R::failure(written.error()
        + (mappedFailure.member                    ? QStringLiteral(" (read from the feature's \"id\")")
                : mappedFailure.property.isEmpty() ? QStringLiteral(" (no property is read for it)")
                                                   : QStringLiteral(" (read from property '%1')").arg(mappedFailure.property)));
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
