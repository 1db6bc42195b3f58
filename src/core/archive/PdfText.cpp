// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/PdfText.h"

#include <QStringList>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>

namespace conflictmap::PdfText {

namespace {
QString toQString(const poppler::ustring &text)
{
    const poppler::byte_array utf8 = text.to_utf8();
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

// poppler writes what it repairs to standard error; the caller is told
// what matters in one line instead.
void quiet(const std::string &, void *) { }
} // namespace

Result<Extracted> extract(const QByteArray &pdf)
{
    using R = Result<Extracted>;
    poppler::set_debug_error_function(quiet, nullptr);
    std::unique_ptr<poppler::document> document(poppler::document::load_from_raw_data(pdf.constData(), int(pdf.size())));
    if (!document)
        return R::failure(Error::invalid(QStringLiteral("file"), QStringLiteral("the PDF is damaged: it cannot be read")));
    if (document->is_locked())
        return R::failure(Error::invalid(
            QStringLiteral("file"), QStringLiteral("the PDF is encrypted: its text cannot be read without its password")));
    Extracted extracted;
    extracted.pages = document->pages();
    if (extracted.pages <= 0)
        return R::failure(Error::invalid(QStringLiteral("file"), QStringLiteral("the PDF is damaged: it has no pages")));
    QStringList pages;
    for (int i = 0; i < extracted.pages; ++i) {
        const std::unique_ptr<poppler::page> page(document->create_page(i));
        pages << (page ? toQString(page->text(poppler::rectf(), poppler::page::raw_order_layout)).trimmed() : QString());
    }
    extracted.text = pages.join(QLatin1Char('\f')).trimmed();
    extracted.title = toQString(document->get_title()).simplified();
    return extracted;
}

} // namespace conflictmap::PdfText
