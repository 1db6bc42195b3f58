// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringView>

#include <string>
#include <string_view>

namespace conflictmap {

// The key a place name is matched by: the name romanised and folded so that
// the spellings of one name in different scripts and transliterations come
// out the same or a letter or two apart. Шуша, Şuşa, Shusha, Shousha →
// "susa"; Джермук, Jermuk, Ջերմուկ → "jermuk"; Yerevan, Ереван, Երևան →
// "erevan"; تبریز and Tabriz → "tabriz".
//
// How: letters lowercased and stripped of diacritics (after Azerbaijani
// ç, ş, ğ, ə, ı have become ch, sh, gh, a, i); Cyrillic (Russian,
// Azerbaijani, Ukrainian), Armenian, Georgian and Arabic-script (Arabic,
// Persian) letters romanised the way English-language maps spell the
// region's names; Arabic-script text first folded as incident search folds
// it (SearchText). Then the sounds that transliterations write in several
// ways become one letter: kh/x → x, sh → s, zh/dzh/j and Azerbaijani c → j,
// ch → c, gh → g, q → g (Azerbaijani Qəbələ is Gabala and Габала), ph → f,
// ou → u, w → v, ye → e; doubled letters count once; spaces, hyphens and
// apostrophes vanish. Other scripts (Greek, Hebrew, CJK…) keep their
// letters, lowercased, and so match only as written.
//
// The key is UTF-8: ASCII for every romanised script.
namespace NameKey {
// The key of one name.
std::string of(QStringView name);
// The key of a name with the generic words of admin units taken out
// (область, marz, province, rayonu, محافظة, استان…): "Сюникская область"
// → "syunikskaya"; words for a settlement (city, город, شهر) go too. A
// name of such words only keeps them. '*hadGenericWords' (if given) says
// whether words of admin units were taken out.
std::string withoutGenericWords(QStringView name, bool *hadGenericWords = nullptr);
// Whether the key of one word is a generic word of admin units, or an
// inflected form of one ("oblasti", "marzum", "rayonunda"): what tells a
// text means the province, not the town of the same name.
bool isGenericWord(std::string_view key);
} // namespace NameKey

} // namespace conflictmap
