// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/TextEncoding.h"

#include <QHash>
#include <QStringDecoder>
#include <QStringList>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <memory>

namespace conflictmap::TextEncoding {

namespace {
// ICU's detector is unsure of short texts in the Arabic and Cyrillic code
// pages (40% for a paragraph of Arabic): its guesses down to this are
// tried, and taken only when they read as text.
constexpr int kWorthTrying = 10;

struct ConverterClose {
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};
struct DetectorClose {
    void operator()(UCharsetDetector *detector) const { ucsdet_close(detector); }
};

Result<QString> convert(const QByteArray &bytes, const QString &encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterClose> converter(ucnv_open(encoding.toLatin1().constData(), &status));
    if (U_FAILURE(status) || !converter)
        return Result<QString>::failure(Error::invalid(
            QStringLiteral("encoding"), QStringLiteral("'%1' is not an encoding this system knows").arg(encoding.left(40))));
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    // UTF-16 is at most one unit for each byte, plus a surrogate per four.
    std::u16string text(size_t(bytes.size()) + 16, u'\0');
    status = U_ZERO_ERROR;
    const int32_t length
        = ucnv_toUChars(converter.get(), text.data(), int32_t(text.size()), bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return Result<QString>::failure(Error::invalid(QStringLiteral("encoding"),
            QStringLiteral("the bytes are not text in %1 (%2)").arg(encoding, QLatin1String(u_errorName(status)))));
    return QString::fromUtf16(text.data(), length);
}
// Text as people write it: words between spaces, letters mostly of one
// script (and Latin beside it), few symbols or control characters. Bytes
// read in the wrong code page give letters of mixed scripts and symbols.
bool readsAsText(const QString &text)
{
    qsizetype spaces = 0, symbols = 0, latin = 0, scripted = 0;
    QHash<int, qsizetype> scripts;
    for (const QChar c : text) {
        if (c.isSpace()) {
            ++spaces;
        } else if (c.isLetter() || c.isMark()) {
            const QChar::Script script = c.script();
            if (script == QChar::Script_Latin)
                ++latin;
            else if (script != QChar::Script_Common && script != QChar::Script_Inherited)
                ++scripts[script];
            ++scripted;
        } else if (!c.isDigit() && !c.isPunct()) {
            ++symbols;
        }
    }
    qsizetype dominant = 0;
    for (const qsizetype count : std::as_const(scripts))
        dominant = std::max(dominant, count);
    const qsizetype size = text.size();
    return size > 0 && spaces * 25 >= size && symbols * 25 <= size && (dominant + latin) * 20 >= scripted * 19;
}
} // namespace

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

Result<Decoded> decode(const QByteArray &bytes, const QString &encoding)
{
    using R = Result<Decoded>;
    if (!encoding.isEmpty()) {
        const Result<QString> text = convert(bytes, encoding);
        if (!text)
            return R::failure(text.problem());
        return Decoded{*text, encoding};
    }
    const auto withMark = [&](const char *mark, const char *name) -> std::optional<R> {
        if (!bytes.startsWith(mark))
            return std::nullopt;
        const Result<QString> text = convert(bytes.mid(qsizetype(strlen(mark))), QLatin1String(name));
        return text ? R(Decoded{*text, QLatin1String(name)}) : R::failure(text.problem());
    };
    if (auto read = withMark("\xEF\xBB\xBF", "UTF-8"))
        return *read;
    if (auto read = withMark("\xFF\xFE", "UTF-16LE"))
        return *read;
    if (auto read = withMark("\xFE\xFF", "UTF-16BE"))
        return *read;
    if (isUtf8(bytes))
        return Decoded{QString::fromUtf8(bytes), QStringLiteral("UTF-8")};

    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorClose> detector(ucsdet_open(&status));
    ucsdet_setText(detector.get(), bytes.constData(), int32_t(bytes.size()), &status);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &found, &status);
    QStringList tried;
    for (int32_t i = 0; U_SUCCESS(status) && i < found; ++i) {
        const QString name = QLatin1String(ucsdet_getName(matches[i], &status));
        const int confidence = ucsdet_getConfidence(matches[i], &status);
        if (U_FAILURE(status) || confidence < kWorthTrying)
            break;
        const Result<QString> text = convert(bytes, name);
        if (text && readsAsText(*text))
            return Decoded{*text, name};
        tried << QStringLiteral("%1 (%2%)").arg(name).arg(confidence);
    }
    return R::failure(Error::invalid(QStringLiteral("encoding"),
        tried.isEmpty() ? QStringLiteral("the text is not UTF-8 and its encoding cannot be told: name it")
                        : QStringLiteral("the text is not UTF-8 and its encoding cannot be told (it does not read as text in"
                                         " %1): name it")
                              .arg(tried.join(QStringLiteral(", ")))));
}

} // namespace conflictmap::TextEncoding
