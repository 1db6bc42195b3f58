// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AppWindow.h"
#include "CatchQtStrings.h"

#include <QFileInfo>
#include <QImage>

using namespace conflictmap;
using conflictmap::test::AppWindow;

TEST_CASE("Map image… writes the view as a briefing map through the real dialog", "[quick][app][render]")
{
    AppWindow app;
    const QString file = app.dir.filePath("briefing.png");
    QObject *dialog = app.window->findChild<QObject *>("mapImageDialog");
    REQUIRE(dialog);
    dialog->setProperty("currentFolder", QUrl::fromLocalFile(app.dir.path()));
    dialog->setProperty("selectedFile", QUrl::fromLocalFile(file));
    app.click(app.item("mapImageButton"));
    REQUIRE(QTest::qWaitFor([&] { return dialog->property("visible").toBool(); }, 3000));
    QTest::qWait(200); // the folder is listed
    REQUIRE(QMetaObject::invokeMethod(dialog, "accept"));
    REQUIRE(QTest::qWaitFor([&] { return QFileInfo::exists(file); }, 10000));

    const QString notice = app.item("notice")->property("text").toString();
    INFO(notice.toStdString());
    CHECK(notice.startsWith("Map image written: "));
    const QImage image(file);
    REQUIRE(image.size() == QSize(1600, 1000));
    // A page: white margins, the ground drawn in the frame.
    CHECK(image.pixelColor(2, 2) == QColor(Qt::white));
    int ground = 0;
    for (int y = 200; y < 800; y += 10)
        for (int x = 100; x < 1000; x += 10)
            ground += image.pixelColor(x, y) != QColor(Qt::white);
    CHECK(ground > 4000);
}
