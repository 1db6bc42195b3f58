// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: finding places in any text (PlaceFinder on the bundled
// gazetteer). Properties checked (abort on failure, which libFuzzer
// reports): every place found lies inside the text, its text is the text's
// at its offset, places come in order without overlapping, each lies
// inside its sentence, and confidence is between 0 and 1.
#include "geoparse/PlaceFinder.h"

#include <cstdlib>

namespace {
const conflictmap::PlaceFinder &finder()
{
    static const std::shared_ptr<const conflictmap::PlaceFinder> made = [] {
        auto opened = conflictmap::PlaceFinder::open();
        if (!opened)
            std::abort();
        return opened.value();
    }();
    return *made;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace conflictmap;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    int end = 0;
    for (const PlaceMention &mention : finder().find(text, 0)) {
        if (mention.offset < end || mention.length <= 0 || mention.offset + mention.length > text.size())
            std::abort();
        if (text.mid(mention.offset, mention.length) != mention.text || mention.candidates.empty())
            std::abort();
        if (mention.sentenceStart > mention.offset || mention.sentenceEnd < mention.offset + mention.length)
            std::abort();
        if (!(mention.confidence >= 0 && mention.confidence <= 1))
            std::abort();
        end = mention.offset + mention.length;
    }
    return 0;
}
