// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "io/GeoJsonWriter.h"

#include "geo/BoundaryLayer.h"
#include "geo/Wkb.h"
#include "io/GeometryJson.h"

#include <QIODevice>

#include <algorithm>
#include <charconv>

namespace conflictmap {

namespace {
constexpr size_t kFlushSize = 1 << 20;
constexpr char kHex[] = "0123456789abcdef";

void append(std::string &out, std::string_view text)
{
    out.append(text.data(), text.size());
}
} // namespace

GeoJsonWriter::GeoJsonWriter(QIODevice &device, const BoundaryLayer *layer) : m_device(device)
{
    if (layer)
        for (const Region &region : layer->regions())
            m_regionNames.insert(region.code.toUtf8(), region.nameEn.toUtf8());
    m_buffer.reserve(kFlushSize + (64 << 10));
}

std::string GeoJsonWriter::quoted(std::string_view text)
{
    std::string out;
    appendQuoted(out, text);
    return out;
}

void GeoJsonWriter::appendQuoted(std::string &out, std::string_view text)
{
    out += '"';
    const char *run = text.data();
    const char *const end = text.data() + text.size();
    for (const char *p = run; p < end; ++p) {
        const unsigned char c = static_cast<unsigned char>(*p);
        // Most bytes need nothing: copy them in runs.
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0xE2)
            continue;
        const char *replacement = nullptr;
        char unicode[7];
        size_t skip = 0;
        switch (c) {
        case '"':
            replacement = "\\\"";
            break;
        case '\\':
            replacement = "\\\\";
            break;
        case '\n':
            replacement = "\\n";
            break;
        case '\r':
            replacement = "\\r";
            break;
        case '\t':
            replacement = "\\t";
            break;
        case '\b':
            replacement = "\\b";
            break;
        case '\f':
            replacement = "\\f";
            break;
        case 0xE2:
            // U+2028 and U+2029 are valid JSON but end lines in older JavaScript.
            if (end - p < 3 || static_cast<unsigned char>(p[1]) != 0x80
                || (static_cast<unsigned char>(p[2]) != 0xA8 && static_cast<unsigned char>(p[2]) != 0xA9))
                continue;
            replacement = static_cast<unsigned char>(p[2]) == 0xA8 ? "\\u2028" : "\\u2029";
            skip = 2;
            break;
        default:
            unicode[0] = '\\';
            unicode[1] = 'u';
            unicode[2] = '0';
            unicode[3] = '0';
            unicode[4] = kHex[c >> 4];
            unicode[5] = kHex[c & 15];
            unicode[6] = 0;
            replacement = unicode;
            break;
        }
        out.append(run, size_t(p - run));
        out += replacement;
        p += skip;
        run = p + 1;
    }
    out.append(run, size_t(end - run));
    out += '"';
}

void GeoJsonWriter::string(std::string_view text)
{
    appendQuoted(m_buffer, text);
}

void GeoJsonWriter::stringOrNull(std::string_view text)
{
    if (text.empty())
        m_buffer += "null";
    else
        string(text);
}

void GeoJsonWriter::number(double value)
{
    // At most 7 decimals (~1 cm), trailing zeros dropped: 46.338, not 46.3380000.
    char digits[64];
    auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value, std::chars_format::fixed, 7);
    if (ec != std::errc()) {
        m_buffer += '0';
        return;
    }
    char *last = end;
    while (last > digits && last[-1] == '0')
        --last;
    if (last > digits && last[-1] == '.')
        --last;
    std::string_view text(digits, size_t(last - digits));
    if (text == "-0")
        text = "0";
    append(m_buffer, text);
}

void GeoJsonWriter::integerOrNull(const std::optional<qint64> &value)
{
    if (!value) {
        m_buffer += "null";
        return;
    }
    char digits[24];
    auto [end, ec] = std::to_chars(digits, digits + sizeof digits, *value);
    Q_UNUSED(ec);
    append(m_buffer, std::string_view(digits, size_t(end - digits)));
}

bool GeoJsonWriter::begin()
{
    m_buffer += R"({"type":"FeatureCollection","features":[)";
    return flushIfFull();
}

bool GeoJsonWriter::write(const IncidentRow &row)
{
    m_buffer += m_first ? "\n" : ",\n";
    m_first = false;
    m_buffer += R"({"type":"Feature","id":)";
    integerOrNull(row.id);
    // A line or area as stored, every coordinate exact; a point as before.
    const Result<Geometry> shape = row.geometry.empty()
        ? Result<Geometry>::failure(QString())
        : Wkb::read(QByteArray::fromRawData(row.geometry.data(), qsizetype(row.geometry.size())));
    if (shape) {
        m_buffer += R"(,"geometry":)";
        GeometryJson::write(m_buffer, shape.value());
    } else {
        m_buffer += R"(,"geometry":{"type":"Point","coordinates":[)";
        number(row.lon);
        m_buffer += ',';
        number(row.lat);
        m_buffer += "]}";
    }
    m_buffer += R"(,"properties":{"type":)";
    string(row.type);
    m_buffer += R"(,"title":)";
    string(row.title);
    m_buffer += R"(,"description":)";
    stringOrNull(row.description);
    m_buffer += R"(,"date":)";
    stringOrNull(row.date);
    m_buffer += R"(,"date_precision":)";
    stringOrNull(row.datePrecision);
    m_buffer += R"(,"status":)";
    string(row.status);
    m_buffer += R"(,"precision":)";
    string(row.precision);
    m_buffer += R"(,"region":)";
    stringOrNull(row.region);
    m_buffer += R"(,"region_name":)";
    const auto name = row.region.empty()
        ? m_regionNames.constEnd()
        : m_regionNames.constFind(QByteArray::fromRawData(row.region.data(), qsizetype(row.region.size())));
    stringOrNull(
        name == m_regionNames.constEnd() ? std::string_view() : std::string_view(name->constData(), size_t(name->size())));
    if (shape) {
        // Every unit the shape touches, largest share first.
        m_buffer += R"(,"regions":[)";
        for (size_t i = 0; i < row.regions.size(); ++i) {
            m_buffer += i ? R"(,{"region":)" : R"({"region":)";
            string(row.regions[i].region);
            m_buffer += R"(,"share":)";
            char digits[32];
            auto [end, ec] = std::to_chars(digits, digits + sizeof digits, row.regions[i].share);
            Q_UNUSED(ec);
            append(m_buffer, std::string_view(digits, size_t(end - digits)));
            m_buffer += '}';
        }
        m_buffer += ']';
    }
    // As IncidentJson writes them: names, or objects once one has a side or type.
    const bool described
        = std::any_of(row.actors.begin(), row.actors.end(), [](const auto &a) { return !a.side.empty() || !a.type.empty(); });
    m_buffer += R"(,"actors":[)";
    for (size_t i = 0; i < row.actors.size(); ++i) {
        if (i)
            m_buffer += ',';
        if (!described) {
            string(row.actors[i].name);
            continue;
        }
        m_buffer += R"({"name":)";
        string(row.actors[i].name);
        m_buffer += R"(,"side":)";
        stringOrNull(row.actors[i].side);
        m_buffer += R"(,"type":)";
        stringOrNull(row.actors[i].type);
        m_buffer += '}';
    }
    m_buffer += R"(],"date_until":)";
    stringOrNull(row.dateUntil);
    m_buffer += R"(,"fatalities":)";
    integerOrNull(row.fatalities);
    m_buffer += R"(,"fatalities_low":)";
    integerOrNull(row.fatalitiesLow);
    m_buffer += R"(,"fatalities_high":)";
    integerOrNull(row.fatalitiesHigh);
    m_buffer += R"(,"equipment":)";
    stringOrNull(row.equipment);
    m_buffer += R"(,"quantity":)";
    integerOrNull(row.quantity);
    m_buffer += R"(,"created":)";
    stringOrNull(row.created);
    m_buffer += R"(,"updated":)";
    stringOrNull(row.updated);
    m_buffer += R"(,"extra":)";
    if (row.extra.empty())
        m_buffer += "null";
    else
        append(m_buffer, row.extra); // stored as checked JSON
    m_buffer += R"(,"sources":[)";
    for (size_t i = 0; i < row.claims.size(); ++i) {
        const IncidentRow::ClaimRow &c = row.claims[i];
        m_buffer += i ? R"(,{"title":)" : R"({"title":)";
        string(c.title);
        m_buffer += R"(,"url":)";
        stringOrNull(c.url);
        m_buffer += R"(,"publisher":)";
        stringOrNull(c.publisher);
        m_buffer += R"(,"language":)";
        stringOrNull(c.language);
        m_buffer += R"(,"published":)";
        stringOrNull(c.published);
        m_buffer += R"(,"claimant":)";
        stringOrNull(c.claimant);
        m_buffer += R"(,"stance":)";
        string(c.stance);
        m_buffer += R"(,"quote":)";
        stringOrNull(c.quote);
        m_buffer += R"(,"translation":)";
        stringOrNull(c.translation);
        if (!c.reliability.empty()) {
            m_buffer += R"(,"reliability":)";
            string(c.reliability);
        }
        if (!c.credibility.empty()) {
            m_buffer += R"(,"credibility":)";
            append(m_buffer, c.credibility);
        }
        if (!c.document.empty()) { // the SHA-256 of its stored document, as a bundle names it
            m_buffer += R"(,"document":)";
            string(c.document);
        }
        m_buffer += '}';
    }
    m_buffer += "]}}";
    return flushIfFull();
}

bool GeoJsonWriter::finish()
{
    m_buffer += "\n]}\n";
    return flush();
}

bool GeoJsonWriter::flushIfFull()
{
    return m_buffer.size() < kFlushSize || flush();
}

bool GeoJsonWriter::flush()
{
    const qint64 n = m_device.write(m_buffer.data(), qint64(m_buffer.size()));
    if (n != qint64(m_buffer.size())) {
        m_error = m_device.errorString();
        return false;
    }
    m_written += n;
    m_buffer.clear();
    return true;
}

} // namespace conflictmap
