#include "CatchQtStrings.h"

#include "TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {
struct Run {
    int exitCode;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(testpaths::cli(), arguments);
    REQUIRE(process.waitForFinished(30000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

TEST_CASE("region-at names the unit containing a point, in every script", "[cli]")
{
    const Run run = cli({"region-at", "46.338", "39.507"});
    CHECK(run.exitCode == 0);
    CHECK(run.out == QString::fromUtf8("AM-SU\tSyunik\tՍյունիք\tمحافظة سيونيك\tСюникская область\n"));
    CHECK(run.err.isEmpty());

    const Run json = cli({"region-at", "47.145", "39.601", "--json"});
    REQUIRE(json.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(o.value("code").toString() == "AZ-FUZ");
    CHECK(o.value("name_local").toString() == QString::fromUtf8("Füzuli"));
    CHECK(o.value("name_ar").toString() == QString::fromUtf8("مقاطعة فضولي"));
}

TEST_CASE("regions lists every unit of the layer", "[cli]")
{
    const Run run = cli({"regions", "--json"});
    REQUIRE(run.exitCode == 0);
    const QJsonArray all = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QStringList codes;
    for (const QJsonValue &v : all)
        codes << v.toObject().value("code").toString();
    CHECK(codes.size() == 113);
    for (const char *code : {"AZ-FUZ", "AM-SU", "AM-VD", "AM-GR"})
        CHECK(codes.contains(code));
}

TEST_CASE("bad input gets one clear line and a non-zero exit", "[cli]")
{
    struct Case {
        QStringList arguments;
        int exitCode;
        const char *message;
    };
    const Case cases[] = {
        {{"region-at", "46.3"}, 2, "region-at: expected 2 argument(s), got 1"},
        {{"region-at", "abc", "39"}, 2, "longitude 'abc' is not a number in [-180, 180]"},
        {{"region-at", "46", "95"}, 2, "latitude '95' is not a number in [-90, 90]"},
        {{"region-at", "nan", "39"}, 2, "longitude 'nan' is not a number"},
        {{"region-at", "2.35", "48.85"}, 1, "no region of"},
        {{"region-at", "46", "39", "--layer", "/no/such.gpkg"}, 1, "/no/such.gpkg: no such file"},
        {{"regions", "--layer", testpaths::data("points.geojson")}, 1, "no polygon layer"},
        {{"regions", "--bogus"}, 2, "Unknown option 'bogus'"},
        {{"frobnicate"}, 2, "unknown command 'frobnicate'"},
        {{}, 2, "usage: conflictmap-cli"},
    };
    for (const Case &c : cases) {
        INFO(c.arguments.join(' ').toStdString());
        const Run run = cli(c.arguments);
        CHECK(run.exitCode == c.exitCode);
        CHECK(run.err.contains(QString::fromUtf8(c.message)));
        CHECK(run.out.isEmpty());
        if (!c.arguments.isEmpty())
            CHECK(run.err.count('\n') == 1);
    }
}

TEST_CASE("negative longitudes are accepted after --", "[cli]")
{
    const Run run = cli({"region-at", "--", "-70.6", "-33.4"});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains("contains -70.6, -33.4"));
}
