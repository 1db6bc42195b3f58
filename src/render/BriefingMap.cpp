// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "render/BriefingMap.h"

#include "geo/BoundaryLayer.h"
#include "geo/ScaleDistance.h"
#include "io/WholeFile.h"
#include "model/StatusColours.h"
#include "render/SymbolPainter.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <set>

namespace conflictmap {

namespace {

constexpr double kMaxLatitude = 85.0;

double mercatorY(double lat)
{
    const double phi = std::clamp(lat, -kMaxLatitude, kMaxLatitude) * M_PI / 180;
    return std::log(std::tan(M_PI / 4 + phi / 2));
}

// Lon/lat to page pixels: Web Mercator, the bounds fitted into the frame
// whole, centred (the map shows a little more along one axis). Bounds whose
// east is west of their west cross the antimeridian: the map runs on past
// 180°, and what lies beyond it is drawn shifted by 360° (shifts()).
class Projection {
public:
    Projection(const QRectF &bounds, const QRectF &frame) : m_frame(frame)
    {
        const double east = bounds.right() < bounds.left() ? bounds.right() + 360 : bounds.right();
        const double x0 = bounds.left() * M_PI / 180, x1 = east * M_PI / 180;
        const double y0 = mercatorY(bounds.top()), y1 = mercatorY(bounds.bottom());
        m_scale = std::min(frame.width() / std::max(1e-9, x1 - x0), frame.height() / std::max(1e-9, y1 - y0));
        m_centreX = (x0 + x1) / 2;
        m_centreY = (y0 + y1) / 2;
        m_visible = visible();
    }
    QPointF operator()(double lon, double lat) const
    {
        return {m_frame.center().x() + (lon * M_PI / 180 - m_centreX) * m_scale,
            m_frame.center().y() - (mercatorY(lat) - m_centreY) * m_scale};
    }
    // The lon/lat box the frame shows.
    QRectF visible() const
    {
        const double west = (m_centreX - m_frame.width() / 2 / m_scale) * 180 / M_PI;
        const double east = (m_centreX + m_frame.width() / 2 / m_scale) * 180 / M_PI;
        const auto latOf = [](double y) { return (2 * std::atan(std::exp(y)) - M_PI / 2) * 180 / M_PI; };
        const double south = latOf(m_centreY - m_frame.height() / 2 / m_scale);
        const double north = latOf(m_centreY + m_frame.height() / 2 / m_scale);
        return QRectF(QPointF(west, south), QPointF(east, north));
    }
    // The shifts (-360°, 0, 360°) at which something whose lon/lat box is
    // 'box' is in view: none when it is out of view, two when it is wide
    // enough to show on both sides of the antimeridian.
    std::vector<double> shifts(const QRectF &box) const
    {
        std::vector<double> in;
        for (const double shift : {0.0, 360.0, -360.0})
            if (box.left() + shift <= m_visible.right() && m_visible.left() <= box.right() + shift
                && box.top() <= m_visible.bottom() && m_visible.top() <= box.bottom())
                in.push_back(shift);
        return in;
    }
    // Kilometres a pixel covers at the frame's centre latitude.
    double kmPerPixel() const
    {
        const double lat = 2 * std::atan(std::exp(m_centreY)) - M_PI / 2;
        return 6371.0 * std::cos(lat) / m_scale;
    }

private:
    QRectF m_frame;
    double m_scale = 1, m_centreX = 0, m_centreY = 0;
    QRectF m_visible;
};

struct Layout {
    double unit; // the text scale
    double margin;
    QRectF header, map, panel, footer;
};

Layout layoutOf(const BriefingPage &page)
{
    Layout l;
    l.unit = BriefingMap::textScale(page.size);
    const double w = page.size.width(), h = page.size.height();
    l.margin = 14 * l.unit;
    const double headerHeight = 62 * l.unit, footerHeight = 40 * l.unit;
    const double panelWidth = std::clamp(w * 0.27, 150.0 * l.unit, 420.0 * l.unit);
    l.header = QRectF(l.margin, l.margin, w - 2 * l.margin, headerHeight);
    l.footer = QRectF(l.margin, h - l.margin - footerHeight, w - 2 * l.margin, footerHeight);
    const double top = l.header.bottom() + l.margin / 2, bottom = l.footer.top() - l.margin / 2;
    l.panel = QRectF(w - l.margin - panelWidth, top, panelWidth, bottom - top);
    l.map = QRectF(l.margin, top, l.panel.left() - 2 * l.margin, bottom - top);
    return l;
}

QFont font(double pixels, bool bold = false)
{
    QFont f(QStringLiteral("Noto Sans"));
    f.setPixelSize(std::max(1, int(std::round(pixels))));
    f.setBold(bold);
    return f;
}

QColor statusColour(IncidentStatus status)
{
    return QColor::fromRgb(statusRgb(status));
}

QPainterPath pathOf(const MultiPolygon &polygons, const Projection &project, double shift)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const Polygon &polygon : polygons)
        for (const Ring &ring : polygon.rings) {
            if (ring.size() < 3)
                continue;
            QPolygonF points;
            points.reserve(qsizetype(ring.size()));
            for (const QPointF &p : ring)
                points << project(p.x() + shift, p.y());
            path.addPolygon(points);
            path.closeSubpath();
        }
    return path;
}

void drawGround(QPainter &p, const BriefingContent &content, const Projection &project, double unit)
{
    p.fillRect(p.clipBoundingRect(), QColor(0xdd, 0xe8, 0xf0)); // water
    const auto drawLayer = [&](const BoundaryLayer *layer, const QColor &fill, const QPen &pen) {
        if (!layer)
            return;
        p.setPen(pen);
        p.setBrush(fill);
        for (const Region &region : layer->regions())
            for (const double shift : project.shifts(region.bounds))
                p.drawPath(pathOf(region.geometry, project, shift));
    };
    drawLayer(content.countries, QColor(0xf3, 0xf0, 0xe8), QPen(QColor(0x8a, 0x8a, 0x8a), 0.9 * unit));
    drawLayer(content.units, QColor(0xf6, 0xf3, 0xeb), QPen(QColor(0xa8, 0xa8, 0xa8), 0.6 * unit));
}

// The unit names where they have room, larger units first.
void drawUnitNames(QPainter &p, const BoundaryLayer *layer, const Projection &project, const QRectF &frame, double unit)
{
    if (!layer)
        return;
    struct Label {
        double size;
        const Region *region;
        QPointF at;
    };
    std::vector<Label> bySize;
    for (const Region &region : layer->regions())
        for (const double shift : project.shifts(region.bounds)) {
            const QRectF box = QRectF(project(region.bounds.left() + shift, region.bounds.top()),
                project(region.bounds.right() + shift, region.bounds.bottom()))
                                   .normalized();
            const QPointF at = project(region.labelPoint.x() + shift, region.labelPoint.y());
            if (box.width() > 60 * unit && box.height() > 24 * unit && frame.contains(at))
                bySize.push_back({box.width() * box.height(), &region, at});
        }
    std::sort(bySize.begin(), bySize.end(), [](const Label &a, const Label &b) { return a.size > b.size; });
    p.setFont(font(10 * unit));
    p.setPen(QColor(0x70, 0x70, 0x70));
    const QFontMetricsF metrics(p.font());
    std::vector<QRectF> taken;
    for (const auto &[size, region, at] : bySize) {
        const QString name = region->name(QStringLiteral("en"));
        QRectF box = metrics.boundingRect(name);
        box.moveCenter(at);
        if (std::any_of(taken.begin(), taken.end(), [&](const QRectF &t) { return t.intersects(box); }))
            continue;
        taken.push_back(box.adjusted(-4 * unit, -2 * unit, 4 * unit, 2 * unit));
        p.drawText(box, Qt::AlignCenter, name);
    }
}

// Symbols on a page: on a raster page (PNG) each look is painted once and
// copied, so a million records take seconds; on a vector page (PDF, SVG)
// each is drawn as shapes.
class SymbolStamps {
public:
    SymbolStamps(const QPainter &p, double unit)
        : m_unit(unit), m_raster(p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster)
    {
    }
    void draw(QPainter &p, const QPointF &at, const SymbolPainter::Key &key)
    {
        if (!m_raster) {
            p.save();
            p.translate(at);
            p.scale(m_unit, m_unit);
            SymbolPainter::paint(p, key);
            p.restore();
            return;
        }
        const QString id = QString::number(int(key.kind)) + key.family + key.color.name() + (key.near ? u'n' : u'x');
        auto stamp = m_stamps.constFind(id);
        if (stamp == m_stamps.constEnd()) {
            const int side = int(std::ceil(SymbolPainter::kCellPoints * m_unit));
            QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.translate(side / 2.0, side / 2.0);
            painter.scale(m_unit, m_unit);
            SymbolPainter::paint(painter, key);
            painter.end();
            stamp = m_stamps.insert(id, image);
        }
        p.drawImage(at - QPointF(stamp->width() / 2.0, stamp->height() / 2.0), *stamp);
    }

private:
    double m_unit;
    bool m_raster;
    QHash<QString, QImage> m_stamps;
};

struct Shown {
    std::vector<const BriefingControl *> control;
    std::set<IncidentStatus> statuses;
    std::set<QString> families;
    std::set<LocationPrecision> precisions;
    bool lines = false, areas = false;
};

// How an area of control is drawn, on the map and in the legend: the
// assessment filled, a claim hatched with a dashed edge, in the party's colour.
void styleControl(QPainter &p, const BriefingControl &area, double unit)
{
    QColor fill = area.colour;
    if (area.claimedBy.isEmpty()) {
        fill.setAlpha(80);
        p.setPen(QPen(area.colour, 1.8 * unit));
        p.setBrush(fill);
    } else {
        p.setPen(QPen(area.colour, 1.8 * unit, Qt::DashLine));
        p.setBrush(QBrush(area.colour, Qt::FDiagPattern));
    }
}

void drawControl(QPainter &p, const BriefingContent &content, const Projection &project, double unit, Shown &shown)
{
    for (const BriefingControl &area : content.control) {
        const std::vector<double> shifts = project.shifts(area.area.bounds());
        if (shifts.empty())
            continue;
        styleControl(p, area, unit);
        for (const double shift : shifts)
            p.drawPath(pathOf(area.area.polygons, project, shift));
        shown.control.push_back(&area);
    }
}

void drawIncidents(QPainter &p, const BriefingContent &content, const Projection &project, double unit, Shown &shown)
{
    std::vector<const BriefingRecord *> areas, lines, points;
    for (const BriefingRecord &record : content.records) {
        if (record.shape && record.shape->isAreal())
            areas.push_back(&record);
        else if (record.shape && record.shape->type != Geometry::Type::MultiPoint)
            lines.push_back(&record);
        else
            points.push_back(&record);
    }
    // Areas beneath lines beneath points: nothing hides a point.
    for (const BriefingRecord *incident : areas) {
        const QColor colour = statusColour(incident->status);
        QColor fill = colour;
        fill.setAlpha(60);
        p.setPen(QPen(colour, 1.6 * unit));
        p.setBrush(fill);
        for (const double shift : project.shifts(incident->shape->bounds()))
            p.drawPath(pathOf(incident->shape->polygons, project, shift));
        shown.areas = true;
        shown.statuses.insert(incident->status);
    }
    for (const BriefingRecord *incident : lines) {
        p.setPen(QPen(statusColour(incident->status), 2.6 * unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        for (const double shift : project.shifts(incident->shape->bounds()))
            for (const auto &part : incident->shape->lines) {
                QPolygonF line;
                for (const QPointF &point : part)
                    line << project(point.x() + shift, point.y());
                p.drawPolyline(line);
            }
        shown.lines = true;
        shown.statuses.insert(incident->status);
    }
    const double ringPixels = kNearRadiusKm / project.kmPerPixel();
    SymbolStamps stamps(p, unit);
    std::set<std::pair<QString, IncidentStatus>> hatched;
    for (const BriefingRecord *incident : points) {
        const QColor colour = statusColour(incident->status);
        const QString &family = incident->family;
        std::vector<QPointF> at;
        if (incident->shape && incident->shape->type == Geometry::Type::MultiPoint)
            at = incident->shape->points;
        else
            at.push_back({incident->lon, incident->lat});
        for (const QPointF &lonLat : at)
            for (const double shift : project.shifts(QRectF(lonLat, QSizeF(0, 0)))) {
                const QPointF pixel = project(lonLat.x() + shift, lonLat.y());
                SymbolPainter::Key key{SymbolPainter::Kind::Point, family, colour, false, {}, false};
                switch (incident->precision) {
                case LocationPrecision::Exact:
                    break;
                case LocationPrecision::Near:
                    key.near = true;
                    if (ringPixels > 11 * unit) { // the ring to scale, once it is larger than the halo
                        p.setPen(QPen(colour, 1.2 * unit, Qt::DashLine));
                        p.setBrush(Qt::NoBrush);
                        p.drawEllipse(pixel, ringPixels, ringPixels);
                    }
                    break;
                case LocationPrecision::Region:
                    key.kind = SymbolPainter::Kind::Region;
                    // Each unit hatched once a status, however many records it holds.
                    if (const Region *region = content.units ? content.units->regionByCode(incident->region) : nullptr;
                        region && hatched.insert({incident->region, incident->status}).second) {
                        p.setPen(QPen(colour, 1.4 * unit));
                        p.setBrush(QBrush(colour, Qt::BDiagPattern));
                        for (const double unitShift : project.shifts(region->bounds))
                            p.drawPath(pathOf(region->geometry, project, unitShift));
                    }
                    break;
                case LocationPrecision::Country:
                    key.kind = SymbolPainter::Kind::Country;
                    break;
                }
                stamps.draw(p, pixel, key);
                shown.statuses.insert(incident->status);
                shown.families.insert(family);
                shown.precisions.insert(incident->precision);
            }
    }
}

void drawScaleBar(QPainter &p, const Projection &project, const QRectF &frame, double unit)
{
    const double kmPerPixel = project.kmPerPixel();
    const double km = roundScaleDistance(kmPerPixel, frame.width() / 4);
    const double width = km / kmPerPixel;
    const QPointF origin(frame.left() + 12 * unit, frame.bottom() - 14 * unit);
    const QString label = km >= 1 ? QStringLiteral("%1 km").arg(km) : QStringLiteral("%1 m").arg(km * 1000);
    p.setFont(font(11 * unit));
    const QRectF box(origin.x() - 6 * unit, origin.y() - 26 * unit, width + 12 * unit + 8 * unit, 34 * unit);
    p.fillRect(box, QColor(255, 255, 255, 210));
    p.setPen(QPen(Qt::black, 2 * unit));
    p.drawLine(origin, origin + QPointF(width, 0));
    p.drawLine(origin, origin - QPointF(0, 6 * unit));
    p.drawLine(origin + QPointF(width, 0), origin + QPointF(width, -6 * unit));
    p.drawText(QRectF(origin.x(), origin.y() - 24 * unit, width + 40 * unit, 16 * unit), Qt::AlignLeft | Qt::AlignVCenter, label);
}

// Text in a box, wrapped at words; returns the height used (0 when it did
// not fit and was not drawn).
double drawWrapped(QPainter &p, const QRectF &box, const QString &text)
{
    const QRectF needed = p.boundingRect(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    if (needed.height() > box.height())
        return 0;
    p.drawText(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    return needed.height();
}

void drawPanel(QPainter &p, const BriefingContent &content, const Shown &shown, const QRectF &panel, double unit)
{
    double y = panel.top();
    const double row = 22 * unit;
    const auto heading = [&](const QString &text) {
        p.setFont(font(13 * unit, true));
        p.setPen(Qt::black);
        p.drawText(QRectF(panel.left(), y, panel.width(), row), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += row;
    };
    const auto entry = [&](const SymbolPainter::Key &key, const QString &text) {
        if (y + row > panel.bottom())
            return;
        p.save();
        p.translate(panel.left() + 12 * unit, y + row / 2);
        p.scale(unit * 0.9, unit * 0.9);
        SymbolPainter::paint(p, key);
        p.restore();
        p.setFont(font(11.5 * unit));
        p.setPen(QColor(0x20, 0x20, 0x20));
        p.drawText(QRectF(panel.left() + 30 * unit, y, panel.width() - 30 * unit, row), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += row;
    };
    const QColor neutral(0x45, 0x4f, 0x5a);
    if (!shown.control.empty()) {
        heading(QStringLiteral("Control on %1").arg(content.controlDay.toString(Qt::ISODate)));
        for (const BriefingControl *area : shown.control) {
            const QString who = area->claimedBy.isEmpty()
                ? QStringLiteral("%1 (assessed)").arg(BriefingMap::isolated(area->party))
                : QStringLiteral("%1, as %2 claims")
                      .arg(BriefingMap::isolated(area->party), BriefingMap::isolated(area->claimedBy));
            // Wrapped: a claimant's name may be long; the text's first line
            // level with the swatch.
            p.setFont(font(11.5 * unit));
            p.setPen(QColor(0x20, 0x20, 0x20));
            const double lineTop = y + (row - QFontMetricsF(p.font()).height()) / 2;
            const double used
                = drawWrapped(p, QRectF(panel.left() + 30 * unit, lineTop, panel.width() - 30 * unit, panel.bottom() - lineTop),
                    QStringLiteral("%1, %2").arg(who, area->date.toString(Qt::ISODate)));
            if (used <= 0)
                break;
            styleControl(p, *area, unit);
            p.drawRect(QRectF(panel.left() + 4 * unit, y + 5 * unit, 16 * unit, row - 10 * unit));
            y = std::max(y + row, lineTop + used + 3 * unit);
        }
        y += row / 2;
    }
    // No heading over nothing (a page of areas of control alone).
    if (!shown.statuses.empty() || shown.lines || shown.areas)
        heading(QStringLiteral("Legend"));
    for (IncidentStatus status : shown.statuses)
        entry({SymbolPainter::Kind::Point, QStringLiteral("clash"), statusColour(status), false, {}, false}, toString(status));
    static const std::pair<const char *, const char *> familyLabels[]
        = {{"clash", "Clash, strike, shelling"}, {"territory", "Territory taken or left"}, {"movement", "Movement, deployment"},
            {"diplomatic", "Diplomatic contact, statement"}, {"other", "Other"}};
    for (const auto &[family, label] : familyLabels)
        if (shown.families.count(QLatin1String(family)))
            entry({SymbolPainter::Kind::Point, QLatin1String(family), neutral, false, {}, false}, QLatin1String(label));
    if (shown.precisions.count(LocationPrecision::Exact))
        entry({SymbolPainter::Kind::Point, QStringLiteral("clash"), neutral, false, {}, false}, QStringLiteral("exact position"));
    if (shown.precisions.count(LocationPrecision::Near))
        entry({SymbolPainter::Kind::Point, QStringLiteral("clash"), neutral, false, {}, true},
            QStringLiteral("near (within about %1 km)").arg(kNearRadiusKm));
    if (shown.precisions.count(LocationPrecision::Region))
        entry({SymbolPainter::Kind::Region, {}, neutral, false, {}, false}, QStringLiteral("only the unit (hatched)"));
    if (shown.precisions.count(LocationPrecision::Country))
        entry({SymbolPainter::Kind::Country, {}, neutral, false, {}, false}, QStringLiteral("only the country"));
    const auto swatch = [&](bool area, const QString &text) {
        if (y + row > panel.bottom())
            return;
        p.setPen(QPen(neutral, (area ? 1.6 : 2.6) * unit));
        p.setBrush(area ? QColor(neutral.red(), neutral.green(), neutral.blue(), 60) : QColor(Qt::transparent));
        if (area)
            p.drawRect(QRectF(panel.left() + 4 * unit, y + 5 * unit, 16 * unit, row - 10 * unit));
        else
            p.drawLine(QPointF(panel.left() + 3 * unit, y + row / 2), QPointF(panel.left() + 21 * unit, y + row / 2));
        p.setFont(font(11.5 * unit));
        p.drawText(QRectF(panel.left() + 30 * unit, y, panel.width() - 30 * unit, row), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += row;
    };
    if (shown.lines)
        swatch(false, QStringLiteral("line (front, route, movement)"));
    if (shown.areas)
        swatch(true, QStringLiteral("area"));

    // The areas of control's sources only for those drawn: one outside the
    // page is not what it rests on.
    QStringList sources = content.sources;
    for (const BriefingControl *area : shown.control)
        for (const QString &source : area->sources)
            if (!sources.contains(source))
                sources << source;
    y += row / 2;
    heading(QStringLiteral("Sources cited (%1)").arg(sources.size()));
    p.setFont(font(10.5 * unit));
    p.setPen(QColor(0x20, 0x20, 0x20));
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QString line = QStringLiteral("%1. %2").arg(i + 1).arg(sources[i]);
        const double reserve = i + 1 < sources.size() ? 16 * unit : 0; // room for "… and N more"
        const double used = drawWrapped(p, QRectF(panel.left(), y, panel.width(), panel.bottom() - y - reserve), line);
        if (used <= 0) {
            p.drawText(QRectF(panel.left(), y, panel.width(), 16 * unit), Qt::AlignLeft | Qt::AlignTop,
                QStringLiteral("… and %1 more").arg(sources.size() - i));
            break;
        }
        y += used + 3 * unit;
    }
}

} // namespace

double BriefingMap::textScale(const QSize &size)
{
    return std::clamp(std::min(size.width() / 1600.0, size.height() / 1000.0) * 1.3, 0.5, 8.0);
}

QString BriefingMap::isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

QRectF BriefingMap::mapFrame(const BriefingPage &page)
{
    return layoutOf(page).map;
}

QPointF BriefingMap::pixelOf(const BriefingPage &page, double lon, double lat)
{
    const Projection project(page.bounds, mapFrame(page));
    const std::vector<double> shifts = project.shifts(QRectF(QPointF(lon, lat), QSizeF(0, 0)));
    return project(lon + (shifts.empty() ? 0 : shifts.front()), lat);
}

std::optional<BriefingMap::Format> BriefingMap::formatOf(const QString &path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".png")))
        return Format::Png;
    if (lower.endsWith(QLatin1String(".pdf")))
        return Format::Pdf;
    if (lower.endsWith(QLatin1String(".svg")))
        return Format::Svg;
    return std::nullopt;
}

void BriefingMap::paint(QPainter &p, const BriefingContent &content, const BriefingPage &page)
{
    const Layout l = layoutOf(page);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(QRectF(QPointF(), QSizeF(page.size)), Qt::white);

    // The header: title, then the date or window and when the data was as shown.
    p.setPen(Qt::black);
    p.setFont(font(24 * l.unit, true));
    p.drawText(QRectF(l.header.left(), l.header.top(), l.header.width(), 32 * l.unit), Qt::AlignLeft | Qt::AlignVCenter,
        page.title.isEmpty() ? QStringLiteral("Incidents") : page.title);
    p.setFont(font(13 * l.unit));
    p.setPen(QColor(0x30, 0x30, 0x30));
    p.drawText(QRectF(l.header.left(), l.header.top() + 34 * l.unit, l.header.width(), 22 * l.unit),
        Qt::AlignLeft | Qt::AlignVCenter,
        QStringLiteral("%1  ·  %2 %3 shown  ·  data as of %4")
            .arg(page.window)
            .arg(content.records.size())
            .arg(content.records.size() == 1 ? QStringLiteral("record") : QStringLiteral("records"))
            .arg(page.dataAsOf.isEmpty() ? QStringLiteral("(no changes recorded)") : page.dataAsOf));

    // The map, clipped to its frame.
    const Projection project(page.bounds, l.map);
    Shown shown;
    p.save();
    p.setClipRect(l.map);
    drawGround(p, content, project, l.unit);
    drawControl(p, content, project, l.unit, shown);
    drawUnitNames(p, content.units, project, l.map, l.unit);
    drawIncidents(p, content, project, l.unit, shown);
    drawScaleBar(p, project, l.map, l.unit);
    p.restore();
    p.setPen(QPen(QColor(0x60, 0x60, 0x60), 1 * l.unit));
    p.setBrush(Qt::NoBrush);
    p.drawRect(l.map);

    drawPanel(p, content, shown, l.panel, l.unit);

    // The credits of every layer drawn.
    p.setFont(font(9.5 * l.unit));
    p.setPen(QColor(0x40, 0x40, 0x40));
    p.drawText(l.footer, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, content.credits.join(QStringLiteral("  ·  ")));
}

Result<void> BriefingMap::write(const QString &path, const BriefingContent &content, const BriefingPage &page)
{
    const std::optional<Format> format = formatOf(path);
    if (!format)
        return Result<void>::failure(QStringLiteral("%1: not a .png, .pdf or .svg file name").arg(path));
    return WholeFile::write<void>(path, [&](QIODevice &file) -> Result<void> {
        switch (*format) {
        case Format::Png: {
            QImage image(page.size, QImage::Format_ARGB32_Premultiplied);
            if (image.isNull())
                return Result<void>::failure(
                    QStringLiteral("not enough memory for a %1×%2 image").arg(page.size.width()).arg(page.size.height()));
            {
                QPainter painter(&image);
                paint(painter, content, page);
            }
            if (!image.save(&file, "PNG"))
                return Result<void>::failure(QStringLiteral("cannot write the PNG"));
            return {};
        }
        case Format::Pdf: {
            QPdfWriter pdf(&file);
            pdf.setResolution(96);
            pdf.setPageSize(QPageSize(QSizeF(page.size) * 72.0 / 96.0, QPageSize::Point));
            pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
            pdf.setTitle(page.title);
            pdf.setCreator(QStringLiteral("conflictmap"));
            QPainter painter(&pdf);
            if (!painter.isActive())
                return Result<void>::failure(QStringLiteral("cannot write the PDF"));
            paint(painter, content, page);
            return {};
        }
        case Format::Svg: {
            QSvgGenerator svg;
            svg.setOutputDevice(&file);
            svg.setSize(page.size);
            svg.setViewBox(QRect(QPoint(), page.size));
            svg.setTitle(page.title);
            svg.setDescription(QStringLiteral("conflictmap briefing map"));
            QPainter painter(&svg);
            if (!painter.isActive())
                return Result<void>::failure(QStringLiteral("cannot write the SVG"));
            paint(painter, content, page);
            return {};
        }
        }
        return {};
    });
}

} // namespace conflictmap
