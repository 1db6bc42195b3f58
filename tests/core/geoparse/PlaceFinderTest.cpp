// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"
#include "TestPaths.h"

#include "geoparse/PlaceFinder.h"

#include <QFile>

using namespace conflictmap;

namespace {
const PlaceFinder &finder()
{
    static const std::shared_ptr<const PlaceFinder> opened = [] {
        auto made = PlaceFinder::open();
        INFO(made.error().toStdString());
        REQUIRE(made);
        return made.value();
    }();
    return *opened;
}

// What a test expects of a place: its name as the text writes it, and the
// place: a geonameid, an admin unit's code or a country's.
struct Expected {
    QString text;
    QString place;
};

std::string listed(const std::vector<PlaceMention> &mentions)
{
    QStringList lines;
    for (const PlaceMention &m : mentions)
        lines << QStringLiteral("%1+%2 %3 → %4 (%5)")
                     .arg(m.offset)
                     .arg(m.length)
                     .arg(m.text, m.place().identifier())
                     .arg(m.confidence);
    return lines.join(QLatin1Char('\n')).toStdString();
}

// The places found are exactly 'expected', in order, each at the offset
// where its text first occurs after the one before.
void requireFound(const QString &text, const std::vector<Expected> &expected)
{
    const std::vector<PlaceMention> mentions = finder().find(text);
    INFO("found:\n" << listed(mentions));
    REQUIRE(mentions.size() == expected.size());
    int from = 0;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const int offset = int(text.indexOf(expected[i].text, from));
        REQUIRE(offset >= 0);
        CHECK(mentions[i].offset == offset);
        CHECK(mentions[i].length == expected[i].text.size());
        CHECK(mentions[i].text == expected[i].text);
        CHECK(text.mid(mentions[i].offset, mentions[i].length) == mentions[i].text);
        CHECK(mentions[i].place().identifier() == expected[i].place);
        CHECK_FALSE(mentions[i].ambiguous);
        from = offset + int(expected[i].text.size());
    }
}

QString seedArticle()
{
    QFile file(testpaths::data(QStringLiteral("seed-article-ar.txt")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

const QString kArmenia = QStringLiteral("AM");
const QString kAzerbaijan = QStringLiteral("AZ");
const QString kYerevan = QStringLiteral("616052");
const QString kGoris = QStringLiteral("174895");
const QString kTbilisi = QStringLiteral("611717");
const QString kJermuk = QStringLiteral("174884");
const QString kBaku = QStringLiteral("587084");
} // namespace

TEST_CASE("the seed article: its five places and Iran, Armenia, Azerbaijan, nothing else", "[geoparse]")
{
    const QString text = seedArticle();
    const std::vector<PlaceMention> mentions = finder().find(text);
    INFO("found:\n" << listed(mentions));
    QSet<QString> places;
    for (const PlaceMention &m : mentions) {
        places.insert(m.place().identifier());
        CHECK(text.mid(m.offset, m.length) == m.text);
    }
    CHECK(places
        == QSet<QString>{QStringLiteral("AZ-FUZ"), kBaku, QStringLiteral("AM-SU"), QStringLiteral("AM-VD"),
            QStringLiteral("AM-GR"), QStringLiteral("IR"), kArmenia, kAzerbaijan});

    // The list "محافظات سيونيك وفاياتس جور وجغاركونيك": the provinces, the
    // joined و left out, two of them in spellings the gazetteer lacks.
    auto at = [&](const QString &name) {
        const auto found = std::find_if(mentions.begin(), mentions.end(), [&](const PlaceMention &m) { return m.text == name; });
        REQUIRE(found != mentions.end());
        return *found;
    };
    const PlaceMention syunik = at(QStringLiteral("سيونيك"));
    CHECK(syunik.offset == text.indexOf(QStringLiteral("محافظات سيونيك")) + 8);
    CHECK(syunik.match == PlaceMention::Match::Exact);
    const PlaceMention vayotsDzor = at(QStringLiteral("فاياتس جور"));
    CHECK(vayotsDzor.offset == text.indexOf(QStringLiteral("وفاياتس جور")) + 1);
    CHECK(vayotsDzor.match == PlaceMention::Match::Phonetic);
    CHECK(vayotsDzor.place().identifier() == QStringLiteral("AM-VD"));
    const PlaceMention gegharkunik = at(QStringLiteral("جغاركونيك"));
    CHECK(gegharkunik.offset == text.indexOf(QStringLiteral("وجغاركونيك")) + 1);
    CHECK(gegharkunik.place().identifier() == QStringLiteral("AM-GR"));
    // "منطقة فضولي": the district, not the town; its sentence, from after
    // the one before.
    const PlaceMention fuzuli = at(QStringLiteral("فضولي"));
    CHECK(fuzuli.place().kind == GazetteerEntry::Kind::AdminUnit);
    const QString sentence = text.mid(fuzuli.sentenceStart, fuzuli.sentenceEnd - fuzuli.sentenceStart);
    CHECK(sentence.startsWith(QStringLiteral("كما وأن الزيادة")));
    CHECK(sentence.endsWith(QStringLiteral("في المستقبل القريب.")));
    // Baku the city, however the text writes it (لباكو: to Baku).
    CHECK(std::count_if(mentions.begin(), mentions.end(), [](const PlaceMention &m) { return m.text == QStringLiteral("باكو"); })
        == 3);
    for (const PlaceMention &m : mentions)
        CHECK(m.confidence >= 0.8);
}

TEST_CASE("Russian: case endings, adjectives before область, hyphenated names", "[geoparse]")
{
    requireFound(QStringLiteral("Азербайджанские войска обстреляли позиции под Шушой. В Ереване заявили, что снаряды упали в "
                                "Горисе и Капане. Премьер-министр Армении прилетел в Тбилиси. Обстановка в Вайоц-Дзорской "
                                "области и у Джермука спокойная."),
        {{QStringLiteral("Шушой"), QStringLiteral("147105")}, {QStringLiteral("Ереване"), kYerevan},
            {QStringLiteral("Горисе"), kGoris}, {QStringLiteral("Капане"), QStringLiteral("174875")},
            {QStringLiteral("Армении"), kArmenia}, {QStringLiteral("Тбилиси"), kTbilisi},
            {QStringLiteral("Вайоц-Дзорской"), QStringLiteral("AM-VD")}, {QStringLiteral("Джермука"), kJermuk}});
    // "Сюникская": a province before область, but no country in "азербайджанские войска".
    requireFound(QStringLiteral("В Сюникской области снова стреляют."), {{QStringLiteral("Сюникской"), QStringLiteral("AM-SU")}});
    requireFound(QStringLiteral("Азербайджанские войска отошли."), {});
}

TEST_CASE("Armenian: genitive, locative and the province word", "[geoparse]")
{
    requireFound(QStringLiteral("Ադրբեջանական զորքերը հարվածել են Սիսիանի և Գորիսի ուղղությամբ։ Երևանում հայտարարեցին, որ "
                                "Սյունիքի մարզում կրակը դադարել է։ Ջերմուկում տուժածներ չկան։"),
        {{QStringLiteral("Սիսիանի"), QStringLiteral("174972")}, {QStringLiteral("Գորիսի"), kGoris},
            {QStringLiteral("Երևանում"), kYerevan}, {QStringLiteral("Սյունիքի"), QStringLiteral("AM-SU")},
            {QStringLiteral("Ջերմուկում"), kJermuk}});
}

TEST_CASE("Azerbaijani: case endings after vowel harmony, rayonu", "[geoparse]")
{
    requireFound(QStringLiteral("Ermənistan silahlı qüvvələri Laçın və Kəlbəcər istiqamətində mövqelərimizi atəşə tutub. "
                                "Tovuz rayonunda da gərginlik var. Bakıdan bildirilib ki, Gəncəyə zərbə endirilməyib."),
        {{QStringLiteral("Ermənistan"), kArmenia}, {QStringLiteral("Laçın"), QStringLiteral("AZ-LAC")},
            {QStringLiteral("Kəlbəcər"), QStringLiteral("AZ-KAL")}, {QStringLiteral("Tovuz"), QStringLiteral("AZ-TOV")},
            {QStringLiteral("Bakıdan"), kBaku}, {QStringLiteral("Gəncəyə"), QStringLiteral("586523")}});
}

TEST_CASE("Persian: names of several words, city and province words", "[geoparse]")
{
    requireFound(QStringLiteral("نیروهای جمهوری آذربایجان در نزدیکی مرز ارمنستان مستقر شده‌اند. مقامات در "
                                "تبریز "
                                "و "
                                "ایروان "
                                "نسبت به تنش در استان سیونیک هشدار دادند."),
        {{QStringLiteral("جمهوری آذربایجان"), kAzerbaijan}, {QStringLiteral("ارمنستان"), kArmenia},
            {QStringLiteral("تبریز"), QStringLiteral("113646")}, {QStringLiteral("ایروان"), kYerevan},
            {QStringLiteral("سیونیک"), QStringLiteral("AM-SU")}});
}

TEST_CASE("English: capitalised names only, demonyms are not places, the province word", "[geoparse]")
{
    requireFound(QStringLiteral("Azerbaijani forces shelled positions near Jermuk and in the Vayots Dzor province on Tuesday, "
                                "the Armenian defence ministry said. Residents of Ijevan reported drones over Tavush. Talks "
                                "are expected in Tbilisi."),
        {{QStringLiteral("Jermuk"), kJermuk}, {QStringLiteral("Vayots Dzor"), QStringLiteral("AM-VD")},
            {QStringLiteral("Ijevan"), QStringLiteral("616627")}, {QStringLiteral("Tavush"), QStringLiteral("AM-TV")},
            {QStringLiteral("Tbilisi"), kTbilisi}});
    // Lowercase words are words ("goris" is no town).
    requireFound(QStringLiteral("the goris of tbilisi"), {});
}

TEST_CASE("Georgian: the nominative and the cases of place", "[geoparse]")
{
    requireFound(QStringLiteral("რუსეთის ჯარები თბილისიდან 40 კილომეტრში დგანან. გორში და ბათუმში ვითარება მშვიდია."),
        {{QStringLiteral("რუსეთის"), QStringLiteral("RU")}, {QStringLiteral("თბილისიდან"), kTbilisi},
            {QStringLiteral("გორში"), QStringLiteral("614455")}, {QStringLiteral("ბათუმში"), QStringLiteral("615532")}});
}

TEST_CASE("a name of two places far apart is ambiguous until the text tells which", "[geoparse]")
{
    // Armavir: a town of Armenia and a city of Russia.
    const std::vector<PlaceMention> alone = finder().find(QStringLiteral("Shelling was reported in Armavir."), 0);
    INFO(listed(alone));
    REQUIRE(alone.size() == 1);
    CHECK(alone[0].ambiguous);
    QSet<QString> countries;
    for (const PlaceMention::Candidate &c : alone[0].candidates)
        countries.insert(c.entry->country);
    CHECK(countries.contains(QStringLiteral("AM")));
    CHECK(countries.contains(QStringLiteral("RU")));

    for (const auto &[text, country] :
        {std::pair{QStringLiteral("Shelling was reported in Armavir, Armenia."), QStringLiteral("AM")},
            std::pair{QStringLiteral("Shelling was reported in Armavir, Russia."), QStringLiteral("RU")},
            std::pair{QStringLiteral("Shelling was reported in Armavir. Yerevan protested."), QStringLiteral("AM")}}) {
        const std::vector<PlaceMention> found = finder().find(text);
        INFO(text.toStdString() << "\n" << listed(found));
        REQUIRE(!found.empty());
        CHECK(found[0].text == QStringLiteral("Armavir"));
        CHECK_FALSE(found[0].ambiguous);
        CHECK(found[0].place().country == country);
        CHECK(found[0].confidence > alone[0].confidence);
    }
}

TEST_CASE("a text without places, an empty text and a text of symbols find nothing", "[geoparse]")
{
    CHECK(finder().find(QString()).empty());
    CHECK(finder().find(QStringLiteral("… — 123 ### \n\n")).empty());
    CHECK(finder().find(QStringLiteral("The meeting was postponed until further notice.")).empty());
    CHECK(finder().find(QStringLiteral("وقال المتحدث إن الاجتماع تأجل إلى موعد لاحق.")).empty());
}

TEST_CASE("sentences end at stops of every script and at paragraph separators, with their closing quotes, not inside numbers",
    "[geoparse]")
{
    const QString text
        = QStringLiteral("He said “Goris is calm.” Then: 3.5 km from Kapan! Ջերմուկում խաղաղ է։ هل باكو آمنة؟ Done")
        + QChar(0x2029) + QStringLiteral("Tbilisi too");
    const std::vector<PlaceMention> found = finder().find(text);
    INFO(listed(found));
    REQUIRE(found.size() == 5);
    auto sentence = [&](const PlaceMention &m) { return text.mid(m.sentenceStart, m.sentenceEnd - m.sentenceStart); };
    CHECK(sentence(found[0]) == QStringLiteral("He said “Goris is calm.”"));
    CHECK(sentence(found[1]) == QStringLiteral("Then: 3.5 km from Kapan!"));
    CHECK(sentence(found[2]) == QStringLiteral("Ջերմուկում խաղաղ է։"));
    CHECK(sentence(found[3]) == QStringLiteral("هل باكو آمنة؟"));
    CHECK(sentence(found[4]) == QStringLiteral("Tbilisi too")); // a paragraph separator ends "Done"
}
