// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/Bundle.h"

#include "archive/Document.h"
#include "archive/ZipReader.h"
#include "archive/ZipWriter.h"
#include "io/GeoJsonExport.h"
#include "store/IncidentStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <cstdio>
#include <set>

namespace conflictmap::Bundle {

namespace {
constexpr qint64 kLargestManifest = qint64(64) << 20;

QString suffixOf(const QString &mediaType)
{
    if (mediaType == QLatin1String("text/plain"))
        return QStringLiteral("txt");
    if (mediaType == QLatin1String("image/jpeg"))
        return QStringLiteral("jpg");
    const QString suffix = QMimeDatabase().mimeTypeForName(mediaType).preferredSuffix();
    return suffix.isEmpty() ? QStringLiteral("bin") : suffix;
}

QString hashOfFile(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

QJsonObject fileEntry(const QString &path, const QString &sha256, qint64 size, const QString &mediaType)
{
    return {{"path", path}, {"sha256", sha256}, {"size", double(size)}, {"media_type", mediaType}};
}
} // namespace

bool isSafeName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return false;
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (drive.match(name).hasMatch())
        return false;
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control)
            return false;
    for (const QString &part : name.split(QLatin1Char('/')))
        if (part == QLatin1String(".."))
            return false;
    return true;
}

Result<Written> write(const IncidentStore &store, const IncidentFilter &filter, const QString &path)
{
    using R = Result<Written>;
    QTemporaryDir work;
    if (!work.isValid())
        return R::failure(QStringLiteral("cannot make a temporary folder: %1").arg(work.errorString()));
    const QString geojson = work.filePath(QLatin1String(kIncidents));
    const auto exported = GeoJsonExport::toFile(store, filter, geojson);
    if (!exported)
        return R::failure(exported.problem());
    // The documents the exported incidents' claims cite, once each.
    std::set<std::string> cited;
    auto scanned = store.scan(filter, [&](const IncidentRow &row) {
        for (const IncidentRow::ClaimRow &claim : row.claims)
            if (!claim.document.empty())
                cited.insert(claim.document);
        return true;
    });
    if (!scanned)
        return R::failure(scanned.problem());

    // Written beside the target and renamed over it once complete.
    const QString partial = path + QStringLiteral(".partial");
    auto zip = ZipWriter::create(partial);
    if (!zip)
        return R::failure(Error::invalid(QStringLiteral("output"), QStringLiteral("%1: cannot be written").arg(path)));
    const auto abandon = [&](const Error &error) {
        zip.value().reset();
        QFile::remove(partial);
        return R::failure(error);
    };
    QJsonArray files;
    QString sums;
    const auto listed = [&](const QString &name, const QString &sha256, qint64 size, const QString &mediaType) {
        files.append(fileEntry(name, sha256, size, mediaType));
        sums += sha256 + QStringLiteral("  ") + name + QLatin1Char('\n');
    };
    if (auto added = zip.value()->addFile(QLatin1String(kIncidents), geojson); !added)
        return abandon(added.problem());
    listed(QLatin1String(kIncidents), hashOfFile(geojson), QFileInfo(geojson).size(), QStringLiteral("application/geo+json"));
    for (const std::string &hash : cited) {
        const QString sha256 = QString::fromStdString(hash);
        const std::optional<Document> document = store.document(sha256, true);
        if (!document)
            return abandon(
                Error::notFound(QStringLiteral("document"), QStringLiteral("document %1 is cited but not stored").arg(sha256)));
        if (Document::hashOf(document->content) != sha256)
            return abandon(Error::invalid(QStringLiteral("document"),
                QStringLiteral("the stored document %1 has changed since it was stored (see source verify): not sealed")
                    .arg(sha256)));
        const QString name = QStringLiteral("documents/%1.%2").arg(sha256, suffixOf(document->mediaType));
        if (auto added = zip.value()->add(name, document->content); !added)
            return abandon(added.problem());
        listed(name, sha256, document->content.size(), document->mediaType);
    }
    const QByteArray manifest = QJsonDocument(
        QJsonObject{{"format", "conflictmap bundle"}, {"version", 1},
            {"created", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}, {"incidents", double(exported->features)},
            {"files", files}}).toJson(QJsonDocument::Indented);
    const QString manifestSha256 = Document::hashOf(manifest);
    sums += manifestSha256 + QStringLiteral("  ") + QLatin1String(kManifest) + QLatin1Char('\n');
    for (const auto &[name, bytes] :
        {std::pair{QLatin1String(kManifest), manifest}, std::pair{QLatin1String(kChecksums), sums.toUtf8()}})
        if (auto added = zip.value()->add(name, bytes); !added)
            return abandon(added.problem());
    if (auto finished = zip.value()->finish(); !finished)
        return abandon(finished.problem());
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(partial);
        return R::failure(Error::invalid(QStringLiteral("output"), QStringLiteral("%1: cannot be written").arg(path)));
    }
    return Written{exported->features, qint64(cited.size()), manifestSha256};
}

Result<Checked> check(const QString &path)
{
    using R = Result<Checked>;
    auto zip = ZipReader::open(path);
    if (!zip)
        return R::failure(zip.problem());
    ZipReader &reader = *zip.value();
    Checked checked;
    QSet<QString> inZip;
    for (const ZipReader::Entry &entry : reader.entries()) {
        if (!isSafeName(entry.name))
            checked.problems << QStringLiteral("'%1': a name that leaves the bundle's folder").arg(entry.name.left(200));
        if (inZip.contains(entry.name))
            checked.problems << QStringLiteral("%1: in the zip twice").arg(entry.name.left(200));
        inZip.insert(entry.name);
    }
    if (!inZip.contains(QLatin1String(kManifest)))
        return R::failure(Error::invalid(
            QStringLiteral("file"), QStringLiteral("%1: no %2: not a conflictmap bundle").arg(path, QLatin1String(kManifest))));
    const auto manifestBytes = reader.readAll(QLatin1String(kManifest), kLargestManifest);
    if (!manifestBytes)
        return R::failure(manifestBytes.problem());
    checked.manifestSha256 = Document::hashOf(*manifestBytes);
    const QJsonObject manifest = QJsonDocument::fromJson(*manifestBytes).object();
    if (manifest.value("format").toString() != QLatin1String("conflictmap bundle") || !manifest.value("files").isArray())
        return R::failure(Error::invalid(QStringLiteral("file"),
            QStringLiteral("%1: its %2 is not a conflictmap bundle's").arg(path, QLatin1String(kManifest))));

    QSet<QString> listed{QLatin1String(kManifest), QLatin1String(kChecksums)};
    for (const QJsonValue &value : manifest.value("files").toArray()) {
        const QJsonObject file = value.toObject();
        const QString name = file.value("path").toString();
        const QString expected = file.value("sha256").toString();
        listed.insert(name);
        ++checked.files;
        if (!inZip.contains(name)) {
            checked.problems << QStringLiteral("%1: listed in the manifest, missing from the bundle").arg(name.left(200));
            continue;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 size = 0;
        const Result<void> read = reader.read(name, [&](const QByteArray &piece) {
            hash.addData(piece);
            size += piece.size();
        });
        if (!read) {
            checked.problems << QStringLiteral("%1: cannot be read: the zip is damaged there").arg(name);
            continue;
        }
        const QString actual = QString::fromLatin1(hash.result().toHex());
        if (actual != expected)
            checked.problems << QStringLiteral("%1: its SHA-256 is %2, the manifest says %3").arg(name, actual, expected);
        else if (size != file.value("size").toInteger())
            checked.problems
                << QStringLiteral("%1: %2 bytes, the manifest says %3").arg(name).arg(size).arg(file.value("size").toInteger());
        static const QRegularExpression documentName(QStringLiteral("^documents/([0-9a-f]{64})\\.[A-Za-z0-9]+$"));
        const QRegularExpressionMatch named = documentName.match(name);
        if (name.startsWith(QLatin1String("documents/")) && (!named.hasMatch() || named.captured(1) != expected))
            checked.problems << QStringLiteral("%1: a document not named by its SHA-256 (%2)").arg(name, expected);
    }
    for (const QString &name : std::as_const(inZip))
        if (!listed.contains(name) && isSafeName(name))
            checked.problems << QStringLiteral("%1: in the bundle but not in its manifest").arg(name.left(200));

    // The documents the GeoJSON's claims cite are all here.
    if (inZip.contains(QLatin1String(kIncidents))) {
        QSet<QString> documents;
        for (const QString &name : std::as_const(inZip))
            if (name.startsWith(QLatin1String("documents/")))
                documents.insert(name.mid(10, 64));
        if (const auto geojson = reader.readAll(QLatin1String(kIncidents), qint64(4) << 30)) {
            for (const QJsonValue &feature : QJsonDocument::fromJson(*geojson).object().value("features").toArray())
                for (const QJsonValue &source : feature.toObject().value("properties").toObject().value("sources").toArray()) {
                    const QString cited = source.toObject().value("document").toString();
                    if (!cited.isEmpty() && !documents.contains(cited))
                        checked.problems << QStringLiteral("%1: cites document %2, which is not in the bundle")
                                                .arg(QLatin1String(kIncidents), cited);
                }
        }
    }
    return checked;
}

} // namespace conflictmap::Bundle
