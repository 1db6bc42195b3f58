// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {
struct Run {
    int exitCode;
    QString out;
    QString err;
};

// Runs 'program' in 'workingDirectory', as a user would: no test database,
// no display.
Run run(const QString &program, const QStringList &arguments, const QString &workingDirectory)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove("CONFLICTMAP_DB");
    environment.insert("XDG_DATA_HOME", workingDirectory);
    environment.insert("QT_QPA_PLATFORM", "offscreen");
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

TEST_CASE("cmake --install gives programs that run from anywhere with their data, desktop entry and icon", "[install]")
{
    QTemporaryDir prefix;
    QTemporaryDir elsewhere;
    const Run install
        = run(testpaths::cmake(), {"--install", testpaths::buildDir(), "--prefix", prefix.path()}, elsewhere.path());
    INFO(install.out.toStdString() << install.err.toStdString());
    REQUIRE(install.exitCode == 0);
    const QDir p(prefix.path());
    const QString cli = p.filePath("bin/conflictmap-cli"), app = p.filePath("bin/conflictmap");
    const QString geodata = p.filePath("share/conflictmap/geodata");
    for (const QString &file :
        {cli, app, geodata + "/caucasus-admin1.gpkg", geodata + "/caucasus-places.sqlite", geodata + "/sample-incidents.geojson",
            geodata + "/ATTRIBUTION.md", p.filePath("share/applications/conflictmap.desktop"),
            p.filePath("share/icons/hicolor/scalable/apps/conflictmap.svg"), p.filePath("share/doc/conflictmap/LICENSE")}) {
        INFO(file.toStdString());
        CHECK(QFileInfo(file).isFile());
    }
    const QByteArray desktop = bytesOf(p.filePath("share/applications/conflictmap.desktop"));
    for (const char *line : {"[Desktop Entry]\n", "\nType=Application\n", "\nExec=conflictmap\n", "\nIcon=conflictmap\n"})
        CHECK(desktop.contains(line));
    QXmlStreamReader svg(bytesOf(p.filePath("share/icons/hicolor/scalable/apps/conflictmap.svg")));
    REQUIRE(svg.readNextStartElement());
    CHECK(svg.name() == QLatin1String("svg"));
    while (!svg.atEnd())
        svg.readNext();
    CHECK_FALSE(svg.hasError());
    CHECK(bytesOf(p.filePath("share/doc/conflictmap/LICENSE"))
              .contains("GNU GENERAL PUBLIC LICENSE\n                       Version 3"));

    // What the programs can use at run time names no path of the source
    // tree, as UTF-8 or as a QStringLiteral's UTF-16 (debug information may:
    // an out-of-tree build's relative paths escape the prefix map).
    const QString source = testpaths::sourceDir();
    for (const QString &program : {cli, app}) {
        const QString stripped = elsewhere.filePath("stripped");
        REQUIRE(run(testpaths::objcopy(), {"--strip-debug", program, stripped}, elsewhere.path()).exitCode == 0);
        const QByteArray bytes = bytesOf(stripped);
        REQUIRE(bytes.size() > 100000);
        CHECK_FALSE(bytes.contains(source.toUtf8()));
        CHECK_FALSE(bytes.contains(QByteArray(reinterpret_cast<const char *>(source.utf16()), source.size() * 2)));
    }

    // From another working directory, away from the build tree.
    const QString work = elsewhere.path();
    CHECK(run(cli, {"--help"}, work).out.startsWith("usage: conflictmap-cli"));
    const Run init = run(cli, {"--db", "x.sqlite", "init", "--sample"}, work);
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains("7 incidents, 1 sources"));
    CHECK(run(cli, {"--db", "x.sqlite", "list"}, work).out.contains("About 60 military trucks sent to the Fuzuli region"));
    CHECK(run(cli, {"region-at", "46.338", "39.507"}, work).out.startsWith("AM-SU\tSyunik\t"));
    CHECK(run(cli, {"places", "search", "Goris", "--format", "json"}, work).out.contains("\"geonameid\": 174895"));
    const Run shot = run(app, {"--db", "x.sqlite", "--size", "800x500", "--screenshot", "map.png"}, work);
    INFO(shot.err.toStdString());
    CHECK(shot.exitCode == 0);
    const QImage image(QDir(work).filePath("map.png"));
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(800, 500));
    QSet<QRgb> colours;
    for (int y = 40; y < image.height(); y += 13)
        for (int x = 0; x < image.width(); x += 13)
            colours.insert(image.pixel(x, y));
    CHECK(colours.size() > 20); // the QML window with the map, not a blank one

    // The installed programs use the installed data, never the build tree's.
    REQUIRE(QDir(geodata).removeRecursively());
    const Run lost = run(cli, {"region-at", "46.338", "39.507"}, work);
    CHECK(lost.exitCode == 1);
    CHECK(lost.err.contains(geodata + "/caucasus-admin1.gpkg"));
    CHECK(run(app, {"--db", "x.sqlite", "--screenshot", "lost.png"}, work).exitCode != 0);
    CHECK_FALSE(QFile::exists(QDir(work).filePath("lost.png")));
}
