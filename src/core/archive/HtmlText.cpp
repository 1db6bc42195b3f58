// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/HtmlText.h"

#include "archive/TextEncoding.h"

#include <QRegularExpression>
#include <QSet>

#include <libxml/HTMLparser.h>

#include <memory>

namespace conflictmap::HtmlText {

namespace {
struct DocumentFree {
    void operator()(xmlDoc *document) const { xmlFreeDoc(document); }
};

// What a browser does not show as text.
bool hidden(const QByteArray &element)
{
    static const QSet<QByteArray> names{"script", "style", "noscript", "template", "head", "iframe", "object", "embed", "svg",
        "math", "canvas", "select", "button", "input", "textarea"};
    return names.contains(element);
}

// Elements that stand on lines of their own.
bool block(const QByteArray &element)
{
    static const QSet<QByteArray> names{"p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "tr", "table", "thead", "tbody", "section", "article", "header", "footer", "blockquote", "pre", "hr", "figure",
        "figcaption", "nav", "aside", "main", "address", "caption", "details", "summary", "body", "html"};
    return names.contains(element);
}

class TextWalk {
public:
    void walk(xmlNode *node)
    {
        for (; node; node = node->next) {
            if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
                append(QString::fromUtf8(reinterpret_cast<const char *>(node->content)));
            } else if (node->type == XML_ELEMENT_NODE) {
                const QByteArray name = QByteArray(reinterpret_cast<const char *>(node->name)).toLower();
                if (name == "title" && m_title.isEmpty())
                    m_title = textOf(node->children).simplified();
                if (name == "head")
                    findTitle(node->children);
                if (hidden(name))
                    continue;
                const bool isBlock = block(name);
                if (isBlock)
                    breakLine();
                walk(node->children);
                if (isBlock)
                    breakLine();
            }
        }
    }

    QString text() const
    {
        QStringList lines;
        for (const QString &line : m_lines)
            if (!line.trimmed().isEmpty())
                lines << line.trimmed();
        return lines.join(QLatin1Char('\n'));
    }
    QString title() const { return m_title; }

private:
    void findTitle(xmlNode *node)
    {
        for (; node && m_title.isEmpty(); node = node->next)
            if (node->type == XML_ELEMENT_NODE && QByteArray(reinterpret_cast<const char *>(node->name)).toLower() == "title")
                m_title = textOf(node->children).simplified();
    }

    static QString textOf(xmlNode *node)
    {
        QString text;
        for (; node; node = node->next)
            if (node->type == XML_TEXT_NODE)
                text += QString::fromUtf8(reinterpret_cast<const char *>(node->content));
        return text;
    }

    // Runs of white space are one space, as a browser shows them.
    void append(const QString &text)
    {
        for (const QChar c : text) {
            if (c.isSpace()) {
                m_space = true;
                continue;
            }
            if (m_space && !m_line.isEmpty())
                m_line += QLatin1Char(' ');
            m_space = false;
            m_line += c;
        }
    }
    void breakLine()
    {
        if (!m_line.isEmpty())
            m_lines << m_line;
        m_line.clear();
        m_space = false;
    }

    QStringList m_lines;
    QString m_line;
    bool m_space = false;
    QString m_title;
};

// The charset a page declares in its first bytes (<meta charset> or
// http-equiv Content-Type), as HTML's encoding sniffing looks for it.
QString declaredCharset(const QByteArray &html)
{
    static const QRegularExpression meta(
        QStringLiteral("<meta[^>]*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = meta.match(QString::fromLatin1(html.left(4096)));
    return match.hasMatch() ? match.captured(1) : QString();
}
} // namespace

Result<Extracted> extract(const QByteArray &html, const QString &encoding)
{
    using R = Result<Extracted>;
    QString charset = encoding;
    if (charset.isEmpty() && !html.startsWith("\xEF\xBB\xBF") && !html.startsWith("\xFF\xFE") && !html.startsWith("\xFE\xFF"))
        charset = declaredCharset(html);
    // A page saying it is UTF-8 that is not, or naming an unknown charset,
    // is read as if it declared nothing.
    Result<TextEncoding::Decoded> decoded = TextEncoding::decode(html, charset);
    if (!decoded && encoding.isEmpty() && !charset.isEmpty())
        decoded = TextEncoding::decode(html);
    if (!decoded)
        return R::failure(decoded.problem());
    // libxml2 gets UTF-8 and is told so; a charset the page declares would
    // make it switch again, so the declaration goes.
    static const QRegularExpression declaration(
        QStringLiteral("(<meta[^>]*charset\\s*=\\s*[\"']?\\s*)[A-Za-z0-9_.:-]+"), QRegularExpression::CaseInsensitiveOption);
    QString page = decoded->text;
    page.replace(declaration, QStringLiteral("\\1utf-8"));
    const QByteArray utf8 = page.toUtf8();
    std::unique_ptr<xmlDoc, DocumentFree> document(htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8",
        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET));
    if (!document)
        return R::failure(Error::invalid(QStringLiteral("file"), QStringLiteral("the HTML cannot be read")));
    TextWalk walk;
    walk.walk(xmlDocGetRootElement(document.get()));
    return Extracted{walk.text(), walk.title(), decoded->encoding};
}

} // namespace conflictmap::HtmlText
