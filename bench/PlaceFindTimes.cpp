// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Place finding (geoparsing) speed: a 5 KB article (the seed article in
// Arabic and paragraphs in the region's other languages, cut at a word
// boundary once past 5 KB) run through PlaceFinder many times; the median
// and 95th percentile per article, how long the finder takes to make, and
// the places found, as "key value" lines for scripts/bench. With OUT_DIR,
// also writes the article and every name of the gazetteer there (one a
// line) for the reference: grep -F with all the names.
#include "Percentile.h"
#include "geoparse/PlaceFinder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <cstdio>

using namespace conflictmap;

namespace {
constexpr int kRounds = 200;
constexpr int kArticleBytes = 5 * 1024;

const char *const kParagraphs[] = {
    "Азербайджанские войска обстреляли позиции под Шушой. В Ереване заявили, что снаряды упали в Горисе и Капане. "
    "Обстановка в Вайоц-Дзорской области и у Джермука спокойная.",
    "Ադրբեջանական զորքերը հարվածել են Սիսիանի և Գորիսի ուղղությամբ։ Երևանում հայտարարեցին, որ Սյունիքի մարզում կրակը "
    "դադարել է։",
    "Ermənistan silahlı qüvvələri Laçın və Kəlbəcər istiqamətində mövqelərimizi atəşə tutub. Tovuz rayonunda da gərginlik "
    "var.",
    "نیروهای جمهوری آذربایجان در نزدیکی مرز ارمنستان مستقر شده‌اند. مقامات در تبریز و ایروان نسبت به تنش در استان "
    "سیونیک "
    "هشدار دادند.",
    "Azerbaijani forces shelled positions near Jermuk and in the Vayots Dzor province on Tuesday, the Armenian defence "
    "ministry said. Residents of Ijevan reported drones over Tavush.",
    "რუსეთის ჯარები თბილისიდან 40 კილომეტრში დგანან. გორში და ბათუმში ვითარება მშვიდია.",
};

QString article(const QString &seedPath)
{
    QFile seed(seedPath);
    QString text = seed.open(QIODevice::ReadOnly) ? QString::fromUtf8(seed.readAll()) : QString();
    for (int i = 0; text.toUtf8().size() < kArticleBytes; ++i)
        text += QLatin1Char('\n') + QString::fromUtf8(kParagraphs[i % std::size(kParagraphs)]);
    while (text.toUtf8().size() > kArticleBytes) {
        const int space = int(text.lastIndexOf(QLatin1Char(' ')));
        text.truncate(space > 0 ? space : text.size() - 1);
    }
    return text;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3 || args.size() > 4) {
        std::fprintf(stderr, "usage: conflictmap_find_bench GAZETTEER SEED_ARTICLE [OUT_DIR]\n");
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    auto made = PlaceFinder::open(args.at(1));
    if (!made) {
        std::fprintf(stderr, "conflictmap_find_bench: %s\n", qPrintable(made.error()));
        return 1;
    }
    const double makeMs = double(timer.nsecsElapsed()) / 1e6;
    const PlaceFinder &finder = *made.value();
    const QString text = article(args.at(2));

    std::vector<double> times;
    std::size_t found = 0;
    for (int round = 0; round < kRounds; ++round) {
        timer.restart();
        found = finder.find(text).size();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("article_bytes %lld\narticle_characters %lld\nmake_ms %.0f\nfind_median_ms %.2f\nfind_p95_ms %.2f\nfound %zu\n",
        static_cast<long long>(text.toUtf8().size()), static_cast<long long>(text.size()), makeMs, percentile(times, 0.5),
        percentile(times, 0.95), found);

    if (args.size() == 4) {
        QFile out(args.at(3) + QStringLiteral("/article.txt"));
        QFile names(args.at(3) + QStringLiteral("/names.txt"));
        if (!out.open(QIODevice::WriteOnly) || !names.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "conflictmap_find_bench: cannot write to %s\n", qPrintable(args.at(3)));
            return 1;
        }
        out.write(text.toUtf8());
        for (const GazetteerEntry &entry : finder.gazetteer().entries())
            for (const PlaceName &name : entry.names)
                names.write(name.text.toUtf8() + '\n');
    }
    return 0;
}
