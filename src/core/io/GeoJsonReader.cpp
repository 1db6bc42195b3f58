// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "io/GeoJsonReader.h"

#include <cmath>
#include <cstdlib>
#include <cstring>

namespace conflictmap {

namespace {
// Appends code point 'c' as UTF-8.
void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Length of the valid UTF-8 sequence starting at 'p', or 0 (overlong
// forms, surrogates and code points past U+10FFFF are invalid).
size_t utf8Length(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    size_t n;
    char32_t min;
    char32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        min = 0x80;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        min = 0x800;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        min = 0x10000;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (size_t(end - p) < n)
        return 0;
    for (size_t i = 1; i < n; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
}
} // namespace

bool GeoJsonReader::isWgs84Crs(const JsonValue &crs)
{
    if (crs.isNull())
        return true;
    const JsonValue *properties = crs.member("properties");
    const JsonValue *name = properties ? properties->member("name") : nullptr;
    if (!name || !name->isString())
        return false;
    for (const char *wgs84 : {"urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "urn:ogc:def:crs:EPSG::4326",
             "EPSG:4326", "OGC:CRS84", "CRS84"})
        if (name->text == wgs84)
            return true;
    return false;
}

Result<void> GeoJsonReader::fail(const QString &what) const
{
    return Result<void>::failure(QStringLiteral("byte %1: %2").arg(m_at - m_begin).arg(what));
}

void GeoJsonReader::skipSpace()
{
    while (m_at < m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
        ++m_at;
}

bool GeoJsonReader::consume(char c)
{
    skipSpace();
    if (m_at < m_end && *m_at == c) {
        ++m_at;
        return true;
    }
    return false;
}

Result<void> GeoJsonReader::literal(std::string_view word)
{
    if (size_t(m_end - m_at) < word.size() || std::memcmp(m_at, word.data(), word.size()) != 0)
        return fail(QStringLiteral("invalid JSON value"));
    m_at += word.size();
    return {};
}

Result<void> GeoJsonReader::string(std::string &out)
{
    out.clear();
    if (m_at >= m_end || *m_at != '"')
        return fail(QStringLiteral("expected a string"));
    ++m_at;
    while (true) {
        // Copy the plain run up to the next quote, backslash or control byte.
        const char *run = m_at;
        while (m_at < m_end && *m_at != '"' && *m_at != '\\' && static_cast<unsigned char>(*m_at) >= 0x20
            && static_cast<unsigned char>(*m_at) < 0x80)
            ++m_at;
        out.append(run, size_t(m_at - run));
        if (out.size() > kMaximumString)
            return fail(QStringLiteral("a string longer than %1 MiB").arg(kMaximumString >> 20));
        if (m_at >= m_end)
            return fail(QStringLiteral("unexpected end of file inside a string (truncated?)"));
        const unsigned char c = static_cast<unsigned char>(*m_at);
        if (c == '"') {
            ++m_at;
            return {};
        }
        if (c < 0x20)
            return fail(QStringLiteral("a control character inside a string must be escaped"));
        if (c >= 0x80) {
            const size_t n
                = utf8Length(reinterpret_cast<const unsigned char *>(m_at), reinterpret_cast<const unsigned char *>(m_end));
            if (n == 0)
                return fail(QStringLiteral("invalid UTF-8"));
            out.append(m_at, n);
            m_at += n;
            continue;
        }
        // A backslash escape.
        if (++m_at >= m_end)
            return fail(QStringLiteral("unexpected end of file inside a string (truncated?)"));
        const char e = *m_at++;
        switch (e) {
        case '"':
        case '\\':
        case '/':
            out += e;
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u': {
            auto hex4 = [&](char32_t &v) {
                if (m_end - m_at < 4)
                    return false;
                v = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = hexValue(m_at[i]);
                    if (h < 0)
                        return false;
                    v = (v << 4) | char32_t(h);
                }
                m_at += 4;
                return true;
            };
            char32_t cp;
            if (!hex4(cp))
                return fail(QStringLiteral("invalid \\u escape"));
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                char32_t low;
                if (m_end - m_at < 2 || m_at[0] != '\\' || m_at[1] != 'u')
                    return fail(QStringLiteral("an unpaired UTF-16 surrogate in a \\u escape"));
                m_at += 2;
                if (!hex4(low) || low < 0xDC00 || low > 0xDFFF)
                    return fail(QStringLiteral("an unpaired UTF-16 surrogate in a \\u escape"));
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                return fail(QStringLiteral("an unpaired UTF-16 surrogate in a \\u escape"));
            }
            if (cp == 0)
                return fail(QStringLiteral("a NUL character in a string"));
            appendUtf8(out, cp);
            break;
        }
        default:
            return fail(QStringLiteral("invalid escape \\%1").arg(QLatin1Char(e)));
        }
    }
}

Result<void> GeoJsonReader::number(double &out)
{
    // JSON's grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    const char *start = m_at;
    const char *p = m_at;
    auto digits = [&] {
        const char *d = p;
        while (p < m_end && *p >= '0' && *p <= '9')
            ++p;
        return p > d;
    };
    if (p < m_end && *p == '-')
        ++p;
    if (p < m_end && *p == '0')
        ++p;
    else if (!digits())
        return fail(QStringLiteral("invalid number"));
    if (p < m_end && *p == '.') {
        ++p;
        if (!digits())
            return fail(QStringLiteral("invalid number"));
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < m_end && (*p == '+' || *p == '-'))
            ++p;
        if (!digits())
            return fail(QStringLiteral("invalid number"));
    }
    if (p - start > 64)
        return fail(QStringLiteral("a number of more than 64 characters"));
    char text[72];
    std::memcpy(text, start, size_t(p - start));
    text[p - start] = 0;
    out = std::strtod(text, nullptr);
    m_at = p;
    m_lastNumber.assign(start, size_t(p - start));
    if (!std::isfinite(out))
        return fail(QStringLiteral("a number too large to be finite"));
    return {};
}

Result<void> GeoJsonReader::value(JsonValue &out, int depth)
{
    if (depth > kMaximumDepth)
        return fail(QStringLiteral("nesting deeper than %1 levels").arg(kMaximumDepth));
    skipSpace();
    if (m_at >= m_end)
        return fail(QStringLiteral("unexpected end of file (truncated?)"));
    out.items.clear();
    out.members.clear();
    switch (*m_at) {
    case '{': {
        out.type = JsonValue::Type::Object;
        ++m_at;
        if (consume('}'))
            return {};
        do {
            skipSpace();
            auto &member = out.members.emplace_back();
            if (auto r = string(member.first); !r)
                return r;
            if (!consume(':'))
                return fail(QStringLiteral("expected ':' after an object key"));
            if (auto r = value(member.second, depth + 1); !r)
                return r;
        } while (consume(','));
        if (!consume('}'))
            return fail(
                m_at >= m_end ? QStringLiteral("unexpected end of file (truncated?)") : QStringLiteral("expected ',' or '}'"));
        return {};
    }
    case '[': {
        out.type = JsonValue::Type::Array;
        ++m_at;
        if (consume(']'))
            return {};
        do {
            if (auto r = value(out.items.emplace_back(), depth + 1); !r)
                return r;
        } while (consume(','));
        if (!consume(']'))
            return fail(
                m_at >= m_end ? QStringLiteral("unexpected end of file (truncated?)") : QStringLiteral("expected ',' or ']'"));
        return {};
    }
    case '"':
        out.type = JsonValue::Type::String;
        return string(out.text);
    case 't':
        out.type = JsonValue::Type::Bool;
        out.boolean = true;
        return literal("true");
    case 'f':
        out.type = JsonValue::Type::Bool;
        out.boolean = false;
        return literal("false");
    case 'n':
        out.type = JsonValue::Type::Null;
        return literal("null");
    default: {
        out.type = JsonValue::Type::Number;
        auto read = number(out.number);
        out.text = m_lastNumber;
        return read;
    }
    }
}

Result<qint64> GeoJsonReader::read(const std::function<Result<void>(const JsonValue &, qint64)> &feature)
{
    using R = Result<qint64>;
    auto failed = [](const Result<void> &r) { return R::failure(r.problem()); };
    // A byte-order mark is tolerated, as many editors write one.
    if (m_end - m_at >= 3 && std::memcmp(m_at, "\xEF\xBB\xBF", 3) == 0)
        m_at += 3;
    skipSpace();
    if (m_at >= m_end)
        return R::failure(QStringLiteral("the file is empty"));
    if (!consume('{'))
        return failed(fail(QStringLiteral("not a GeoJSON FeatureCollection (expected '{')")));
    bool isCollection = false;
    bool sawFeatures = false;
    qint64 count = 0;
    std::string key;
    JsonValue scratch;
    if (!consume('}')) {
        do {
            skipSpace();
            if (auto r = string(key); !r)
                return failed(r);
            if (!consume(':'))
                return failed(fail(QStringLiteral("expected ':' after an object key")));
            skipSpace();
            if (key == "features") {
                sawFeatures = true;
                if (!consume('['))
                    return failed(fail(QStringLiteral("\"features\" must be an array")));
                if (!consume(']')) {
                    do {
                        if (auto r = value(scratch, 2); !r)
                            return failed(r);
                        if (auto r = feature(scratch, count); !r)
                            return R::failure(QStringLiteral("feature %1: %2").arg(count).arg(r.error()));
                        ++count;
                    } while (consume(','));
                    if (!consume(']'))
                        return failed(fail(m_at >= m_end ? QStringLiteral("unexpected end of file (truncated?)")
                                                         : QStringLiteral("expected ',' or ']' between features")));
                }
                continue;
            }
            if (auto r = value(scratch, 1); !r)
                return failed(r);
            if (key == "type")
                isCollection = scratch.isString() && scratch.text == "FeatureCollection";
            // RFC 7946 has no crs; older GeoJSON (and GDAL) may name WGS 84
            // lon/lat in one, which is the same. Anything else is refused.
            if (key == "crs" && !isWgs84Crs(scratch))
                return R::failure(QStringLiteral("crs: only WGS 84 longitude/latitude is supported (RFC 7946), not %1")
                                      .arg(QString::fromStdString(scratch.serialized().substr(0, 120))));
        } while (consume(','));
        if (!consume('}'))
            return failed(fail(
                m_at >= m_end ? QStringLiteral("unexpected end of file (truncated?)") : QStringLiteral("expected ',' or '}'")));
    }
    skipSpace();
    if (m_at != m_end)
        return failed(fail(QStringLiteral("data after the end of the document")));
    if (!isCollection || !sawFeatures)
        return R::failure(
            QStringLiteral("not a GeoJSON FeatureCollection (needs \"type\": \"FeatureCollection\" and \"features\")"));
    return count;
}

} // namespace conflictmap
