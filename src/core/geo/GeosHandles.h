// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <geos_c.h>

#include <memory>

namespace conflictmap::geos {

// A GEOS context is not thread-safe: each user owns one.
struct ContextFinisher {
    void operator()(GEOSContextHandle_t h) const { GEOS_finish_r(h); }
};
using Context = std::unique_ptr<std::remove_pointer_t<GEOSContextHandle_t>, ContextFinisher>;

// A geometry owned within a context.
class Geometry {
public:
    Geometry(GEOSContextHandle_t context, GEOSGeometry *geometry) : m_context(context), m_geometry(geometry) { }
    Geometry(const Geometry &) = delete;
    Geometry &operator=(const Geometry &) = delete;
    ~Geometry()
    {
        if (m_geometry)
            GEOSGeom_destroy_r(m_context, m_geometry);
    }
    GEOSGeometry *get() const { return m_geometry; }
    explicit operator bool() const { return m_geometry != nullptr; }

private:
    GEOSContextHandle_t m_context;
    GEOSGeometry *m_geometry;
};

} // namespace conflictmap::geos
