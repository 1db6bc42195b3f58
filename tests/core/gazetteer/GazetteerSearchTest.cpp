// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "gazetteer/Gazetteer.h"

#include <QTemporaryDir>

using namespace conflictmap;

namespace {
// The bundled regional gazetteer, opened once for all these tests.
const Gazetteer &regional()
{
    static const std::shared_ptr<const Gazetteer> gazetteer = [] {
        auto opened = Gazetteer::open(Gazetteer::defaultPath());
        INFO(opened.error().toStdString());
        REQUIRE(opened);
        return opened.value();
    }();
    return *gazetteer;
}

std::vector<PlaceMatch> found(const QString &text, int limit = 10)
{
    auto matches = regional().search(text, limit);
    INFO(text.toStdString() << ": " << matches.error().toStdString());
    REQUIRE(matches);
    return matches.value();
}

// What a first result is, for failure messages.
std::string described(const std::vector<PlaceMatch> &matches)
{
    if (matches.empty())
        return "nothing";
    const GazetteerEntry &e = *matches.front().entry;
    return QStringLiteral("%1 (%2, %3) of %4").arg(e.name).arg(e.geonameid).arg(e.adminCode).arg(matches.size()).toStdString();
}

struct Expected {
    const char *typed;
    qint64 geonameid;
};

// Checks that 'typed' finds the place 'expected.geonameid' first; returns
// that first match.
PlaceMatch checkFirst(const Expected &expected)
{
    const auto matches = found(QString::fromUtf8(expected.typed));
    INFO(expected.typed << " found " << described(matches));
    REQUIRE_FALSE(matches.empty());
    CHECK(matches.front().entry->geonameid == expected.geonameid);
    return matches.front();
}
} // namespace

TEST_CASE("a place is found first by its name in any script or spelling", "[gazetteer]")
{
    const Expected table[] = {
        // Shusha
        {"Шуша", 147105},
        {"Şuşa", 147105},
        {"Shushi", 147105},
        {"Shusha", 147105},
        {"Շուշի", 147105},
        {"شوشی", 147105},
        {"SHUSHA", 147105},
        {"susa", 147105},
        // Stepanakert / Xankəndi
        {"Stepanakert", 146970},
        {"Xankəndi", 146970},
        {"Khankendi", 146970},
        {"Степанакерт", 146970},
        {"Xankendi", 146970},
        {"Ստեփանակերտ", 146970},
        // Goris
        {"Goris", 174895},
        {"Горис", 174895},
        {"Գորիս", 174895},
        // Fuzuli
        {"Fuzuli", 148106},
        {"Füzuli", 148106},
        {"Физули", 148106},
        {"Ֆիզուլի", 148106},
        {"Fizuli", 148106},
        // Jermuk: in no catalog, found through its alternate names and romanisation
        {"Jermuk", 174884},
        {"Джермук", 174884},
        {"Ջերմուկ", 174884},
        // Tbilisi
        {"Tbilisi", 611717},
        {"თბილისი", 611717},
        {"Тбилиси", 611717},
        {"Tiflis", 611717},
        // Baku
        {"Baku", 587084},
        {"Bakı", 587084},
        {"Баку", 587084},
        {"باکو", 587084},
        {"Baki", 587084},
        // Yerevan
        {"Yerevan", 616052},
        {"Երևան", 616052},
        {"Ереван", 616052},
        {"Erevan", 616052},
        // others of the region
        {"Gyumri", 616635},
        {"Ganja", 586523},
        {"Gəncə", 586523},
        {"Гянджа", 586523},
        {"Kapan", 174875},
        {"Vardenis", 616108},
        {"Vanadzor", 616530},
        {"Hadrut", 148105},
        {"Gori", 614455},
    };
    for (const Expected &expected : table)
        checkFirst(expected);
}

TEST_CASE("a place is found first despite a typo or two", "[gazetteer]")
{
    const Expected table[] = {{"Stepanakret", 146970}, {"Shushha", 147105}, {"Stepanakerd", 146970}, {"Stepankert", 146970},
        {"Yerevna", 616052}, {"Tbilizi", 611717}, {"Vardneis", 616108}, {"Gyumro", 616635}, {"Джермуп", 174884},
        {"Vanadozr", 616530}, {"Fuizuli", 148106}};
    for (const Expected &expected : table)
        CHECK(checkFirst(expected).quality == PlaceMatch::Quality::Typo);
    // Doubled letters count once: no typo at all.
    for (const char *doubled : {"Vardenisss", "Vanadzorr", "Джермукк"})
        CHECK(found(QString::fromUtf8(doubled)).front().quality == PlaceMatch::Quality::Exact);
}

TEST_CASE("the beginning of a name finds the place as one types", "[gazetteer]")
{
    const Expected table[] = {{"Stepan", 146970}, {"Степан", 146970}, {"Xankə", 146970}, {"Yere", 616052}, {"Ере", 616052},
        {"Tbil", 611717}, {"Stepenak", 146970}};
    for (const Expected &expected : table)
        checkFirst(expected);
}

TEST_CASE("admin units are found by their names in any script", "[gazetteer]")
{
    struct Unit {
        const char *typed;
        const char *code;
    };
    const Unit table[] = {{"Սյունիք", "AM-SU"}, {"Сюникская область", "AM-SU"}, {"Syunik", "AM-SU"}, {"Syunik Province", "AM-SU"},
        {"محافظة سيونيك", "AM-SU"}, {"Vayots Dzor", "AM-VD"}, {"Вайоцдзорская область", "AM-VD"}, {"Վայոց Ձոր", "AM-VD"},
        {"Gegharkunik", "AM-GR"}, {"Гехаркуникская", "AM-GR"}, {"Գեղարքունիք", "AM-GR"}, {"Laçın rayonu", "AZ-LAC"},
        {"Lachin district", "AZ-LAC"}, {"Лачинский район", "AZ-LAC"}};
    for (const Unit &expected : table) {
        const auto matches = found(QString::fromUtf8(expected.typed));
        INFO(expected.typed << " found " << described(matches));
        REQUIRE_FALSE(matches.empty());
        const GazetteerEntry &first = *matches.front().entry;
        CHECK(first.kind == GazetteerEntry::Kind::AdminUnit);
        CHECK(first.adminCode == QLatin1String(expected.code));
    }
}

TEST_CASE("a town comes before the unit of its name unless the text names a unit", "[gazetteer]")
{
    CHECK(found(QStringLiteral("Lachin")).front().entry->geonameid == 147625);
    CHECK(found(QStringLiteral("Lachin rayon")).front().entry->adminCode == QLatin1String("AZ-LAC"));
    const auto yerevan = found(QStringLiteral("Yerevan"));
    REQUIRE(yerevan.size() >= 2);
    CHECK(yerevan[0].entry->kind == GazetteerEntry::Kind::Place);
    CHECK(yerevan[1].entry->kind == GazetteerEntry::Kind::AdminUnit);
    CHECK(yerevan[1].entry->adminCode == QLatin1String("AM-ER"));
}

TEST_CASE("among equal matches the bigger place comes first", "[gazetteer]")
{
    // Every place whose name begins with "Gor": Goris (20,000) and Gori
    // (45,000) before the villages.
    const auto matches = found(QStringLiteral("Gor"), 50);
    REQUIRE(matches.size() >= 3);
    for (std::size_t i = 1; i < matches.size(); ++i) {
        if (matches[i].quality != matches[i - 1].quality)
            continue;
        INFO(matches[i - 1].entry->name.toStdString() << " before " << matches[i].entry->name.toStdString());
        CHECK(matches[i - 1].entry->population
            >= matches[i].entry->population / (matches[i].entry->kind == GazetteerEntry::Kind::AdminUnit ? 2 : 1));
    }
    CHECK(matches[0].entry->geonameid == 614455); // Gori, a town, before any village called Gor…
}

TEST_CASE("nonsense finds nothing", "[gazetteer]")
{
    for (const char *typed : {"xqzvw", "qwpzmxk", "zxcvbnmzxcv", "Фывапролджэ", "ԱԲԳԴԵԶԷԸԹԺ", "Lorem ipsum dolor sit amet",
             "12345678", "#@!$%^&*", "", "   "}) {
        const auto matches = found(QString::fromUtf8(typed));
        INFO(typed << " found " << described(matches));
        CHECK(matches.empty());
    }
}

TEST_CASE("a very long query is refused with a clear message", "[gazetteer]")
{
    // Refused before any search (its speed is scripts/bench's to measure).
    const auto matches = regional().search(QString(10000, QLatin1Char('a')), 10);
    REQUIRE_FALSE(matches);
    CHECK(matches.error().contains(QLatin1String("10000 characters")));
    // At the limit it is searched.
    CHECK(regional().search(QString(Gazetteer::kMaxQueryLength, QLatin1Char('a')), 10));
}

TEST_CASE("control characters separate words and find nothing on their own", "[gazetteer]")
{
    CHECK(found(QString::fromUtf8("\x01\x02\x1b[0m\x7f")).empty());
    CHECK(found(QStringLiteral("\u0000\u0000")).empty());
    const auto matches = found(QString::fromUtf8("Shu\x01sha\n"));
    REQUIRE_FALSE(matches.empty());
    CHECK(matches.front().entry->geonameid == 147105);
}

TEST_CASE("results show the name in the reader's language", "[gazetteer]")
{
    const GazetteerEntry &shusha = *found(QStringLiteral("Shusha")).front().entry;
    CHECK(shusha.displayName(QStringLiteral("hy")) == QString::fromUtf8("Շուշի"));
    CHECK(shusha.displayName(QStringLiteral("ru")) == QString::fromUtf8("Шуша"));
    CHECK(shusha.displayName(QStringLiteral("ru-RU")) == QString::fromUtf8("Шуша"));
    CHECK(shusha.displayName(QStringLiteral("fa")) == QString::fromUtf8("شوشی"));
    CHECK(shusha.displayName(QStringLiteral("en")) == QString::fromUtf8("Shusha"));
    // No Zulu name: the local one (Azerbaijani).
    CHECK(shusha.displayName(QStringLiteral("zu")) == QString::fromUtf8("Şuşa"));
    CHECK(shusha.displayName(QString()) == QString::fromUtf8("Şuşa"));
    // Jermuk is in no catalog: its Armenian-script name is the Armenian one.
    const GazetteerEntry &jermuk = *found(QStringLiteral("Jermuk")).front().entry;
    CHECK(jermuk.displayName(QStringLiteral("hy")) == QString::fromUtf8("Ջերմուկ"));
    CHECK(jermuk.localName == QString::fromUtf8("Ջերմուկ"));
    // The catalog tags a Latin "Goris" as Armenian: the Armenian-script name wins.
    const GazetteerEntry &goris = *found(QStringLiteral("Goris")).front().entry;
    CHECK(goris.displayName(QStringLiteral("hy")) == QString::fromUtf8("Գորիս"));
}

TEST_CASE("every entry has a position and an admin unit that the gazetteer holds", "[gazetteer]")
{
    std::size_t places = 0, units = 0;
    for (const GazetteerEntry &entry : regional().entries()) {
        INFO(entry.name.toStdString());
        CHECK(std::abs(entry.lon - 45) < 10);
        CHECK(std::abs(entry.lat - 40) < 8);
        REQUIRE(regional().adminUnit(entry.adminCode));
        CHECK_FALSE(entry.names.empty());
        (entry.kind == GazetteerEntry::Kind::Place ? places : units) += 1;
    }
    CHECK(places > 1000);
    CHECK(units == 113);
    CHECK(regional().adminUnit(QStringLiteral("AM-SU"))->names.size() == 4);
}

TEST_CASE("a file that is not a gazetteer is refused with its name", "[gazetteer]")
{
    QTemporaryDir dir;
    const QString garbage = dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile file(garbage);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not SQLite at all, only text that pretends");
    file.close();
    for (const QString &path : {garbage, dir.filePath(QStringLiteral("missing.sqlite")),
             Gazetteer::defaultPath().replace(QLatin1String("caucasus-places.sqlite"), QLatin1String("caucasus-admin1.gpkg"))}) {
        const auto opened = Gazetteer::open(path);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().contains(path));
    }
}
