// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "geo/BoundaryLayer.h"
#include "render/BriefingMap.h"
#include "store/IncidentFilter.h"

#include <memory>
#include <optional>

namespace conflictmap {

class IncidentStore;

// Which areas of control a briefing map shows: the version of each series
// in force on 'day' (of one party's series when 'party' is given), the
// analyst's assessments and the claimants' as asked.
struct BriefingControlView {
    QDate day;
    QString party;
    bool assessed = true;
    bool claimed = true;
};

// What the command line's render and the app's "Export map image…" hand
// the briefing map alike: the records with their types' families, the
// areas of control, the ground layers with their credits, and the page's
// texts that come from the data (the window of the filter, when the
// database last changed).
class BriefingData {
public:
    // The records the filter finds in the store, read as export streams
    // them (no more than a map needs of each kept), and the areas of
    // control 'control' asks for (none without it); 'window' overrides the
    // text made from the filter's dates ("2022-09" for a month asked as one).
    static Result<std::unique_ptr<BriefingData>> gather(const IncidentStore &store, const IncidentFilter &filter,
        const QString &window = {}, const std::optional<BriefingControlView> &control = {});

    const BriefingContent &content() const { return m_content; }
    // What the records cover (their points and shapes), or nothing without records.
    std::optional<QRectF> extent() const;
    // The page with these texts, the area and size given.
    BriefingPage page(const QRectF &bounds, const QSize &size, const QString &title) const;

private:
    BriefingContent m_content;
    std::unique_ptr<BoundaryLayer> m_countries;
    QString m_window;
    QString m_dataAsOf;
};

} // namespace conflictmap
