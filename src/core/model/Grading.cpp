// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/Grading.h"

#include <QStringList>

namespace conflictmap::Grading {

QString reliabilityName(const QString &grade)
{
    static const char *const names[] = {"completely reliable", "usually reliable", "fairly reliable", "not usually reliable",
        "unreliable", "reliability cannot be judged"};
    const int index = grade.size() == 1 ? grade.at(0).unicode() - 'A' : -1;
    return index >= 0 && index < 6 ? QLatin1String(names[index]) : QString();
}

QString credibilityName(std::optional<int> grade)
{
    static const char *const names[]
        = {"confirmed by other sources", "probably true", "possibly true", "doubtful", "improbable", "truth cannot be judged"};
    return grade && *grade >= 1 && *grade <= 6 ? QLatin1String(names[*grade - 1]) : QString();
}

QString code(const Claim &claim)
{
    if (claim.source.reliability.isEmpty() && !claim.credibility)
        return {};
    return (claim.source.reliability.isEmpty() ? QStringLiteral("?") : claim.source.reliability)
        + (claim.credibility ? QString::number(*claim.credibility) : QStringLiteral("?"));
}

QString describe(const Claim &claim)
{
    const QString grade = code(claim);
    if (grade.isEmpty())
        return {};
    QStringList words;
    for (const QString &name : {reliabilityName(claim.source.reliability), credibilityName(claim.credibility)})
        if (!name.isEmpty())
            words << name;
    return QStringLiteral("%1: %2").arg(grade, words.join(QStringLiteral(", ")));
}

} // namespace conflictmap::Grading
