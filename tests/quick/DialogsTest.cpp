// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every dialog of the app, opened in the real scene: a dialog whose QML
// implementation needs a module that is not installed crashes or warns
// only when it is opened (the file dialog needs Qt.labs.folderlistmodel).
#include "AppWindow.h"

#include <QMetaObject>

using namespace conflictmap::test;

namespace {
QStringList g_warnings;
void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_warnings << message;
}

// Collects warnings while it lives, even when a REQUIRE ends the test.
struct WarningCollector {
    QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
    ~WarningCollector() { qInstallMessageHandler(previous); }
};

// QtQuick.Dialogs' dialogs and Controls' popups (Dialog, Menu…), by class.
bool isDialog(const QObject *object)
{
    return object->inherits("QQuickAbstractDialog") || object->inherits("QQuickPopup");
}
} // namespace

TEST_CASE("every dialog of the app opens and closes in the real scene without a warning", "[quick][app][dialogs]")
{
    AppWindow app;
    QList<QObject *> dialogs;
    for (QObject *object : app.window->findChildren<QObject *>())
        if (isDialog(object) && object->parent() != nullptr && !object->objectName().isEmpty())
            dialogs << object;
    QStringList names;
    for (const QObject *dialog : dialogs)
        names << dialog->objectName();
    INFO(names.join(", ").toStdString());
    // Those the app has now; a new one must be named to be opened here.
    for (const char *expected : {"exportDialog", "importDialog", "sourceDialog", "layerDialog", "confirmDelete", "aboutDialog",
             "baseMapDialog", "baseMapFileDialog", "mapImageDialog"})
        CHECK(names.contains(QLatin1String(expected)));

    const WarningCollector collector;
    for (QObject *dialog : dialogs) {
        g_warnings.clear();
        INFO(dialog->objectName().toStdString());
        REQUIRE(QMetaObject::invokeMethod(dialog, "open"));
        const bool opened = QTest::qWaitFor([&] { return dialog->property("visible").toBool(); }, 3000);
        QTest::qWait(100); // the dialog's contents (a folder listing) load after it shows
        REQUIRE(QMetaObject::invokeMethod(dialog, "close"));
        const bool closed = QTest::qWaitFor([&] { return !dialog->property("visible").toBool(); }, 3000);
        INFO(g_warnings.join('\n').toStdString());
        CHECK(opened);
        CHECK(g_warnings.isEmpty());
        CHECK(closed);
    }
}
