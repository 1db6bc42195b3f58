// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

namespace conflictmap {

// Pixels as the core hands them to the UI: 8-bit red, green, blue, alpha
// (not premultiplied), rows from the top, no padding. Qt Gui is not linked
// here; the map wraps them in a QImage (Format_RGBA8888).
struct RgbaImage {
    int width = 0;
    int height = 0;
    QByteArray pixels; // width * height * 4 bytes

    bool isNull() const { return width <= 0 || height <= 0; }
    static RgbaImage transparent(int width, int height)
    {
        return {width, height, QByteArray(qsizetype(width) * height * 4, '\0')};
    }
};

} // namespace conflictmap
