// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "geo/GdalErrorTrap.h"

#include <cpl_error.h>

namespace conflictmap {

namespace {
void CPL_STDCALL collect(CPLErr level, CPLErrorNum, const char *message)
{
    if (level < CE_Failure || !message)
        return;
    *static_cast<QString *>(CPLGetErrorHandlerUserData()) = QString::fromUtf8(message);
}
} // namespace

GdalErrorTrap::GdalErrorTrap()
{
    CPLPushErrorHandlerEx(collect, &m_lastError);
}

GdalErrorTrap::~GdalErrorTrap()
{
    CPLPopErrorHandler();
}

} // namespace conflictmap
