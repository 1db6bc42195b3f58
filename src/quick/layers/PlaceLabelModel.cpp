// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "layers/PlaceLabelModel.h"

#include "layers/ProjectedPlaces.h"

#include <QFontMetricsF>
#include <QHash>

#include <cmath>

namespace conflictmap {

namespace {
constexpr int kMaximumLabels = 250;
constexpr double kPadding = 2.0; // pixels kept free around each name
constexpr double kGap = 3.0; // pixels between a dot and its name

QString nameIn(const GazetteerEntry &entry, const QString &language)
{
    if (language == QLatin1String("local")) {
        // Through the country's language, so that an Armenian or Georgian
        // place is named in its script even where the catalogs tag a Latin
        // spelling with the language ("Goris" as hy).
        static const QHash<QString, QString> languages{{QStringLiteral("AM"), QStringLiteral("hy")},
            {QStringLiteral("GE"), QStringLiteral("ka")}, {QStringLiteral("AZ"), QStringLiteral("az")},
            {QStringLiteral("RU"), QStringLiteral("ru")}, {QStringLiteral("IR"), QStringLiteral("fa")},
            {QStringLiteral("TR"), QStringLiteral("tr")}};
        const QString own = languages.value(entry.country);
        return own.isEmpty() ? entry.localName : entry.displayName(own);
    }
    // GeoNames' main name is its English (romanised) one: better for a
    // reader of English than the local script most places would fall back to.
    if (language == QLatin1String("en")) {
        for (const PlaceName &name : entry.names)
            if (name.language == QLatin1String("en"))
                return name.text;
        return entry.name;
    }
    return entry.displayName(language);
}

double dotSizeOf(const ProjectedPlaces::Place &place)
{
    if (place.capital)
        return 9;
    if (place.entry->population >= 100000)
        return 7;
    return place.entry->population >= 10000 ? 6 : 5;
}
} // namespace

PlaceLabelModel::PlaceLabelModel(QObject *parent) : LabelListModel(parent)
{
    m_font.setPixelSize(11);
}

double PlaceLabelModel::smallestPopulationAt(double zoom)
{
    // Three million at zoom 4, a quarter of that per level in: towns of
    // 50,000 at zoom 7, 3,000 at 9, every place (500 and more) from 10.
    return 3e6 / std::pow(4.0, zoom - 4.0);
}

QVariant PlaceLabelModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Label &label = m_labels[size_t(index.row())];
    switch (role) {
    case TextRole:
    case Qt::DisplayRole:
        return label.text;
    case XRole:
        return label.textCentre.x();
    case YRole:
        return label.textCentre.y();
    case DotXRole:
        return label.dot.x();
    case DotYRole:
        return label.dot.y();
    case DotSizeRole:
        return label.dotSize;
    case CapitalRole:
        return label.capital;
    case GeonameIdRole:
        return label.geonameid;
    }
    return {};
}

QHash<int, QByteArray> PlaceLabelModel::roleNames() const
{
    return {{TextRole, "label"}, {XRole, "labelX"}, {YRole, "labelY"}, {DotXRole, "dotX"}, {DotYRole, "dotY"},
        {DotSizeRole, "dotSize"}, {CapitalRole, "capital"}, {GeonameIdRole, "geonameid"}};
}

void PlaceLabelModel::layout(const std::shared_ptr<const ProjectedPlaces> &places, const MapViewport &viewport, double zoom,
    const QString &language, const std::vector<QRectF> &avoid)
{
    std::vector<Label> labels;
    if (places && viewport.resolution() > 0) {
        if (m_sizesFor != places || m_sizesLanguage != language) {
            m_sizes.assign(places->places.size(), QSizeF());
            m_sizesFor = places;
            m_sizesLanguage = language;
        }
        RectGrid blocked;
        for (const QRectF &rect : avoid)
            blocked.add(rect);
        const QFontMetricsF metrics(m_font);
        const QRectF screen(QPointF(), viewport.size());
        const double smallest = smallestPopulationAt(zoom);
        for (size_t i = 0; i < places->places.size() && labels.size() < size_t(kMaximumLabels); ++i) {
            const ProjectedPlaces::Place &place = places->places[i];
            // Capitals come first; the rest by population, so none after this one is big enough.
            if (!place.capital && double(place.entry->population) < smallest)
                break;
            if (place.capital && zoom < 3)
                continue;
            const QPointF dot = viewport.toScreen(place.projected);
            if (!screen.contains(dot))
                continue;
            const double dotSize = dotSizeOf(place);
            const QRectF dotBox(dot.x() - dotSize / 2, dot.y() - dotSize / 2, dotSize, dotSize);
            if (blocked.firstHit(dotBox))
                continue;
            QSizeF &size = m_sizes[i];
            const QString text = nameIn(*place.entry, language);
            if (!size.isValid())
                size = metrics.size(Qt::TextSingleLine, text);
            // Right of the dot, else left, above, below: the first that is free.
            const double w = size.width(), h = size.height(), r = dotSize / 2 + kGap;
            const QRectF candidates[]
                = {QRectF(dot.x() + r, dot.y() - h / 2, w, h), QRectF(dot.x() - r - w, dot.y() - h / 2, w, h),
                    QRectF(dot.x() - w / 2, dot.y() - r - h, w, h), QRectF(dot.x() - w / 2, dot.y() + r, w, h)};
            for (const QRectF &candidate : candidates) {
                const QRectF box = candidate.adjusted(-kPadding, -kPadding, kPadding, kPadding);
                if (!screen.contains(box) || blocked.firstHit(box))
                    continue;
                blocked.add(box);
                blocked.add(dotBox);
                labels.push_back({int(i), text, candidate.center(), dot, dotSize, place.capital, place.entry->geonameid, box});
                break;
            }
        }
    }
    replaceRows(m_labels, std::move(labels),
        [](const Label &a, const Label &b) { return a.text == b.text && a.place == b.place; }, {XRole, YRole, DotXRole, DotYRole},
        {TextRole, DotSizeRole, CapitalRole, GeonameIdRole, Qt::DisplayRole});
}

} // namespace conflictmap
