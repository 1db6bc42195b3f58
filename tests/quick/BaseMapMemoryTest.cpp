// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AppWindow.h"

#include "BaseMapMemory.h"
#include "layers/BaseMapLayer.h"

#include <QFile>

using namespace conflictmap;
using namespace conflictmap::test;

TEST_CASE("the base map chosen in the app is the one the next start opens with", "[quick][basemap][app]")
{
    QFile::remove(BaseMapMemory::settingsPath());
    // A port nothing listens on: the test never reaches the network.
    const QString template_ = QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png");
    {
        AppWindow app;
        auto *memory = app.window->findChild<BaseMapMemory *>();
        REQUIRE(memory);
        CHECK(memory->source().isEmpty());
        // What the dialog does when the user adds a base map.
        memory->setSource(template_);
        memory->setAttribution(QStringLiteral("© Example tiles"));
    }
    {
        AppWindow app;
        auto *layer = app.window->findChild<BaseMapLayer *>("baseMap");
        REQUIRE(layer);
        CHECK(layer->source() == template_);
        CHECK(layer->userAttribution() == "© Example tiles");
        // Removed, it stays removed.
        app.window->findChild<BaseMapMemory *>()->setSource({});
    }
    AppWindow app;
    CHECK(app.window->findChild<BaseMapLayer *>("baseMap")->source().isEmpty());
    QFile::remove(BaseMapMemory::settingsPath());
}
