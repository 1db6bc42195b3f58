// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "AppWindow.h"
#include "IncidentEditor.h"
#include "IncidentListModel.h"

#include "MapStyle.h"
#include "RegionCountModel.h"
#include "TestPaths.h"
#include "archive/DocumentReader.h"
#include "geo/BoundaryLayer.h"
#include "store/IncidentStore.h"
#include <QGeoRectangle>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using namespace conflictmap;

using namespace conflictmap::test;

TEST_CASE("clicking an incident's symbol opens its details with the Arabic source and quote", "[quick][analyst]")
{
    AppWindow app;
    const qint64 trucks = idOfTitle(*app.database.store(), "About 60 military trucks sent to the Fuzuli region");
    REQUIRE(trucks > 0);
    // The Fuzuli record is a region badge at Fuzuli's representative point.
    const QPointF fuzuli = app.map->fromCoordinate(
        QGeoCoordinate(app.database.store()->incident(trucks)->lat, app.database.store()->incident(trucks)->lon));
    REQUIRE(std::isfinite(fuzuli.x()));
    std::optional<QPointF> symbol;
    for (const QVariantMap &s : app.symbols()) {
        const QPointF centre(s.value("x").toDouble(), s.value("y").toDouble());
        if (QLineF(centre, fuzuli + QPointF(0, 16)).length() < 2) // a badge, just under Fuzuli's label
            symbol = centre;
    }
    REQUIRE(symbol);
    app.click(app.map, *symbol);
    REQUIRE(QTest::qWaitFor([&] { return app.selected() == trucks; }, 2000));
    IncidentDetails *details = app.details();
    REQUIRE(details);
    CHECK(details->valid());
    QQuickItem *panel = app.item("incidentPanel");
    CHECK(panel->isVisible());
    CHECK(app.item("incidentTitle")->property("text").toString() == "About 60 military trucks sent to the Fuzuli region");
    CHECK(app.item("incidentLocation")->property("text").toString().contains("only the region is known"));
    QTest::qWait(50);
    const QQuickItem *quote = app.item("claimQuote");
    CHECK(quote->property("text").toString().contains(QString::fromUtf8("«منطقة فضولي»")));
    CHECK(app.item("sourceTitle")->property("text").toString()
        == QString::fromUtf8("مكالمة هاتفية بين رئيس الأركان العامة الإيراني ووزير الدفاع الأذربيجاني"));
    // The list follows the map's selection.
    const QQuickItem *list = app.item("incidentList");
    CHECK(list->property("currentIndex").toInt() >= 0);
    // Escape clears it.
    QTest::keyClick(app.window, Qt::Key_Escape);
    CHECK(app.selected() == -1);
    CHECK_FALSE(panel->isVisible());
}

TEST_CASE("choosing an incident in the list selects it on the map", "[quick][analyst]")
{
    AppWindow app;
    QQuickItem *list = app.item("incidentList");
    QQuickItem *first = nullptr;
    REQUIRE(QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, first), Q_ARG(int, 0)));
    REQUIRE(first);
    app.click(first);
    REQUIRE(QTest::qWaitFor([&] { return app.selected() > 0; }, 2000));
    CHECK(
        app.details()->title() == "Azerbaijan's defence minister claims seven mountain military positions taken inside Armenia");
    CHECK(app.details()->location().contains("only the country is known"));
    // Its symbol on the map is drawn as selected.
    int selectedSymbols = 0;
    for (const QVariantMap &s : app.symbols())
        selectedSymbols += s.value("selected").toBool();
    CHECK(selectedSymbols == 1);
}

TEST_CASE("filters change what the list and the map show", "[quick][analyst]")
{
    AppWindow app;
    CHECK(app.listCount() == 7);
    const int allSymbols = int(app.symbols().size());
    CHECK(allSymbols == 5); // Baku (2 records) is east of the opening view
    // Each is drawn where the layer says (software renderer): the badge's
    // top edge in its status colour.
    const QImage shot = app.window->grabWindow();
    const QVariantMap colors = app.window->findChild<IncidentLayer *>("incidentLayer")->statusColors();
    for (const QVariantMap &s : app.symbols()) {
        const QColor expected(colors.value(s.value("status").toString()).toString());
        int closest = INT_MAX; // over the 3 rows the antialiased edge spans
        for (double dy : {-9.0, -10.0, -11.0}) {
            const QColor drawn
                = shot.pixelColor(app.map->mapToScene(QPointF(s.value("x").toDouble(), s.value("y").toDouble() + dy)).toPoint());
            closest = std::min(closest,
                std::abs(drawn.red() - expected.red()) + std::abs(drawn.green() - expected.green())
                    + std::abs(drawn.blue() - expected.blue()));
        }
        INFO(s.value("title").toString().toStdString());
        CHECK(closest < 40);
    }

    QQuickItem *search = app.item("searchField");
    search->forceActiveFocus();
    typeText(app.window, QString::fromUtf8("فضولي")); // typed, as an Arabic keyboard does
    REQUIRE(QTest::qWaitFor([&] { return app.listCount() == 1; }, 2000));
    CHECK(app.symbols().size() == 1);
    search->setProperty("text", QString());
    REQUIRE(QTest::qWaitFor([&] { return app.listCount() == 7; }, 2000));

    QQuickItem *status = app.item("statusFilter");
    REQUIRE(QMetaObject::invokeMethod(status, "activated", Q_ARG(int, 3)));
    status->setProperty("currentIndex", 3); // "disputed"
    QMetaObject::invokeMethod(status, "activated", Q_ARG(int, 3));
    REQUIRE(QTest::qWaitFor([&] { return app.listCount() == 3; }, 2000));
    CHECK(app.symbols().size() == 3);
    // Ctrl+F puts the cursor in the search field.
    app.map->forceActiveFocus();
    QTest::keySequence(app.window, QKeySequence(QStringLiteral("Ctrl+F")));
    CHECK(search->hasActiveFocus());
}

TEST_CASE("markup in titles and quotes is shown literally, links open only if http(s)", "[quick][analyst]")
{
    const QString title = QStringLiteral("<b>bold</b> <img src=x onerror=alert(1)> & <a href='javascript:alert(1)'>link</a>");
    AppWindow app([&](IncidentStore &store) {
        Source source;
        source.title = QStringLiteral("<i>Source</i>");
        source.url = QStringLiteral("javascript:alert(1)");
        const qint64 sourceId = store.addSource(source).value();
        Incident incident;
        incident.type = "shelling";
        incident.title = title;
        QString why;
        incident.date = PartialDate::parse("2022-09-13", &why);
        incident.lon = 46.338;
        incident.lat = 39.507;
        incident.precision = LocationPrecision::Exact;
        Claim claim;
        claim.sourceId = sourceId;
        claim.quote = QStringLiteral("<script>alert(1)</script>");
        incident.claims = {claim};
        REQUIRE(store.addIncident(incident));
    });
    const qint64 id = idOfTitle(*app.database.store(), title);
    app.window->setProperty("selectedIncident", int(id));
    QTest::qWait(50);
    QQuickItem *shown = app.item("incidentTitle");
    CHECK(shown->property("text").toString() == title);
    CHECK(shown->property("textFormat").toInt() == 0); // Text.PlainText
    QQuickItem *quote = app.item("claimQuote");
    CHECK(quote->property("text").toString() == "<script>alert(1)</script>");
    CHECK(quote->property("textFormat").toInt() == 0);
    CHECK(app.details()->claims().at(0).toMap().value("urlOpenable").toBool() == false);
    CHECK_FALSE(app.details()->openUrl("javascript:alert(1)"));
}

TEST_CASE("only http and https links are openable", "[quick][analyst]")
{
    CHECK(IncidentDetails::canOpen("https://news.example/a?b=1"));
    CHECK(IncidentDetails::canOpen("http://news.example/"));
    for (const char *url : {"javascript:alert(1)", "file:///etc/passwd", "data:text/html,<script>", "ftp://x.example/",
             "https:relative", "", "HTTPS://EXAMPLE.org/ok"}) {
        INFO(url);
        const bool expected = QByteArray(url).startsWith("HTTPS://");
        CHECK(IncidentDetails::canOpen(QString::fromLatin1(url)) == expected);
    }
}

TEST_CASE("a user adds an incident by clicking the map and filling the form, finds it, and exports", "[quick][analyst][form]")
{
    AppWindow app;
    IncidentStore &store = *app.database.store();
    REQUIRE(store.incidentCount() == 7);

    app.click(app.item("addButton"));
    QQuickItem *form = app.item("incidentForm");
    REQUIRE(QTest::qWaitFor([&] { return form->isVisible(); }, 2000));
    // Click the map at Goris: the form takes the position and finds Syunik.
    const QPointF goris = app.map->fromCoordinate(QGeoCoordinate(39.507, 46.338));
    app.click(app.map, goris);
    QQuickItem *latitude = app.item("latitudeField");
    REQUIRE(QTest::qWaitFor([&] { return !latitude->property("text").toString().isEmpty(); }, 2000));
    CHECK(latitude->property("text").toDouble() == Approx(39.507).margin(0.01));

    auto type = [&](const char *field, const QString &text) {
        QQuickItem *input = app.item(field);
        input->forceActiveFocus();
        REQUIRE(input->hasActiveFocus());
        typeText(app.window, text);
    };
    type("titleField", QString::fromUtf8("Shelling of Goris reported by «Azatutyun»"));
    type("dateField", "2022-13-01");
    type("sourceTitleField", QString::fromUtf8("Գորիսը հրետակոծվել է"));
    type("sourceLanguageField", "hy");
    type("quoteField", QString::fromUtf8("Գորիս"));
    // Save from the keyboard: in a run of the whole suite in one process
    // the mouse state QTest keeps from earlier tests' windows made this one
    // click miss now and then (each test runs alone under CTest).
    QQuickItem *save = app.item("saveButton");
    const auto pressSave = [&] {
        save->forceActiveFocus();
        QTest::keyClick(app.window, Qt::Key_Space);
    };
    pressSave();
    QQuickItem *formError = app.item("formError");
    REQUIRE(QTest::qWaitFor([&] { return formError->isVisible(); }, 2000));
    CHECK(formError->property("text").toString().contains("2022-13-01' has no month 13"));
    CHECK(store.incidentCount() == 7); // nothing written
    CHECK(store.sources().size() == 1);

    QQuickItem *date = app.item("dateField");
    date->setProperty("text", QString());
    type("dateField", "2022-11-05");
    // A period and fatality estimates: out of order, refused next to the field.
    type("untilField", "2022-11-07");
    type("fatalitiesLowField", "30");
    type("fatalitiesHighField", "9");
    pressSave();
    QObject *editor = form->property("editor").value<QObject *>();
    REQUIRE(editor);
    REQUIRE(QTest::qWaitFor(
        [&] { return editor->property("fieldErrors").toMap().value("fatalitiesLow").toString().contains("more than the high"); },
        2000));
    CHECK(store.incidentCount() == 7);
    app.item("fatalitiesLowField")->setProperty("text", QString());
    type("fatalitiesLowField", "3");
    pressSave();
    REQUIRE(QTest::qWaitFor([&] { return store.incidentCount() == 8; }, 2000));
    const qint64 added = idOfTitle(store, QString::fromUtf8("Shelling of Goris reported by «Azatutyun»"));
    REQUIRE(added > 0);
    const Incident incident = *store.incident(added);
    CHECK(incident.region == "AM-SU");
    CHECK(incident.precision == LocationPrecision::Near);
    CHECK(incident.date->toString() == "2022-11-05");
    CHECK(incident.dateUntil->toString() == "2022-11-07");
    CHECK(incident.fatalitiesLow == 3);
    CHECK(incident.fatalitiesHigh == 9);
    REQUIRE(incident.claims.size() == 1);
    CHECK(incident.claims[0].source.title == QString::fromUtf8("Գորիսը հրետակոծվել է"));
    CHECK(incident.claims[0].quote == QString::fromUtf8("Գորիս"));
    CHECK(app.selected() == added);
    CHECK_FALSE(form->isVisible());

    // Find it with a filter.
    QQuickItem *search = app.item("searchField");
    search->forceActiveFocus();
    typeText(app.window, "Azatutyun");
    REQUIRE(QTest::qWaitFor([&] { return app.listCount() == 1; }, 2000));

    // Export what the filters show, through the export dialog.
    QObject *dialog = app.window->findChild<QObject *>("exportDialog");
    REQUIRE(dialog);
    const QString file = app.dir.filePath("goris.geojson");
    dialog->setProperty("selectedFile", QUrl::fromLocalFile(file));
    REQUIRE(QMetaObject::invokeMethod(dialog, "accepted"));
    // It runs in the background; the notice says when it is done.
    REQUIRE(QTest::qWaitFor([&] { return !app.database.busy() && QFile::exists(file); }, 10000));
    CHECK(app.item("notice")->property("text").toString() == "Exported 1 incident.");
    QFile exported(file);
    REQUIRE(exported.open(QIODevice::ReadOnly));
    const QJsonArray features = QJsonDocument::fromJson(exported.readAll()).object().value("features").toArray();
    REQUIRE(features.size() == 1);
    CHECK(features[0].toObject().value("properties").toObject().value("title").toString()
        == QString::fromUtf8("Shelling of Goris reported by «Azatutyun»"));

    // Undo takes the addition back.
    app.click(app.item("undoButton"));
    REQUIRE(QTest::qWaitFor([&] { return store.incidentCount() == 7; }, 2000));
}

namespace {
// Selects incident 'id' and presses Delete: the question, once shown.
QObject *askToDelete(AppWindow &app, qint64 id)
{
    app.window->setProperty("selectedIncident", int(id));
    app.map->forceActiveFocus();
    QTest::keyClick(app.window, Qt::Key_Delete);
    QObject *confirm = app.window->findChild<QObject *>("confirmDelete");
    REQUIRE(confirm);
    REQUIRE(QTest::qWaitFor([&] { return confirm->property("visible").toBool(); }, 2000));
    return confirm;
}
} // namespace

TEST_CASE("deleting asks first, and undo brings the incident back", "[quick][analyst][form]")
{
    AppWindow app;
    IncidentStore &store = *app.database.store();
    const qint64 trucks = idOfTitle(store, "About 60 military trucks sent to the Fuzuli region");
    QObject *confirm = askToDelete(app, trucks);
    CHECK(store.incidentCount() == 7); // not before the answer
    REQUIRE(QMetaObject::invokeMethod(confirm, "accept"));
    REQUIRE(QTest::qWaitFor([&] { return store.incidentCount() == 6; }, 2000));
    QTest::keySequence(app.window, QKeySequence(QStringLiteral("Ctrl+Z")));
    REQUIRE(QTest::qWaitFor([&] { return store.incidentCount() == 7; }, 2000));
    const qint64 back = idOfTitle(store, "About 60 military trucks sent to the Fuzuli region");
    REQUIRE(back > 0);
    CHECK(store.incident(back)->claims.size() == 1);
    CHECK(store.incident(back)->quantity == 60);
}

TEST_CASE("a delete confirmed after a colleague changed the incident is refused, and the notice says who did",
    "[quick][analyst][form][version]")
{
    AppWindow app;
    IncidentStore &store = *app.database.store();
    const qint64 trucks = idOfTitle(store, "About 60 military trucks sent to the Fuzuli region");
    QObject *confirm = askToDelete(app, trucks);

    // While the question is open, a colleague confirms the report.
    QString error;
    auto colleague = IncidentStore::open(
        store.location(), std::shared_ptr<const BoundaryLayer>(BoundaryLayer::open(BoundaryLayer::defaultPath(), &error)));
    REQUIRE(colleague);
    Incident theirs = *colleague.value()->incident(trucks);
    theirs.status = IncidentStatus::Confirmed;
    REQUIRE(colleague.value()->updateIncident(theirs));

    REQUIRE(QMetaObject::invokeMethod(confirm, "accept"));
    QQuickItem *notice = app.item("notice");
    REQUIRE(QTest::qWaitFor([&] { return notice->property("text").toString().startsWith("incident "); }, 2000));
    CHECK(notice->property("text").toString().contains("was changed by"));
    CHECK(notice->property("text").toString().endsWith("look at theirs before deleting it"));
    REQUIRE(store.incident(trucks));
    CHECK(store.incident(trucks)->status == IncidentStatus::Confirmed);
    CHECK(app.window->property("selectedIncident").toInt() == int(trucks));

    // Asked again once the details show theirs, it goes.
    const IncidentDetails *details = app.details();
    REQUIRE(details);
    REQUIRE(QTest::qWaitFor([&] { return details->version() == store.incident(trucks)->version; }, 3000));
    REQUIRE(askToDelete(app, trucks) == confirm);
    REQUIRE(QMetaObject::invokeMethod(confirm, "accept"));
    REQUIRE(QTest::qWaitFor([&] { return !store.incident(trucks); }, 2000));
}

TEST_CASE("the only-in-view filter lists what the map shows", "[quick][analyst]")
{
    AppWindow app;
    CHECK(app.listCount() == 7);
    app.item("inViewOnly")->setProperty("checked", true);
    // Baku's two records are east of the opening view.
    REQUIRE(QTest::qWaitFor([&] { return app.listCount() == 5; }, 2000));
    CHECK(app.boundaryLayer->fitViewToRegion("AZ-BA"));
    REQUIRE(QTest::qWaitFor([&] { return app.listCount() == 2; }, 2000));
}

TEST_CASE("the time window narrows list and map to the incidents it overlaps", "[quick][analyst][time]")
{
    AppWindow app;
    QQuickItem *slider = app.item("timeSlider");
    CHECK(slider->isVisible());
    QQuickItem *range = app.item("timeRange");
    // The sample spans 2022-09-01 to 2022-10-03: day 32 is 3 October.
    CHECK(range->property("to").toDouble() == 32);
    REQUIRE(QMetaObject::invokeMethod(range, "setValues", Q_ARG(double, 32), Q_ARG(double, 32)));
    REQUIRE(QMetaObject::invokeMethod(slider, "apply"));
    // What overlaps 3 October: the call (that day) and the October records; not September's.
    REQUIRE(QTest::qWaitFor([&] { return app.listCount() == 6; }, 2000));
    CHECK(app.item("timeWindow")->property("text").toString() == QString::fromUtf8("2022-10-03 – 2022-10-03"));
    REQUIRE(QMetaObject::invokeMethod(range, "setValues", Q_ARG(double, 0), Q_ARG(double, 29)));
    REQUIRE(QMetaObject::invokeMethod(slider, "apply"));
    REQUIRE(QTest::qWaitFor([&] { return app.listCount() == 1; }, 2000)); // September only
    CHECK(app.symbols().size() == 1);
}

namespace {
// Exports through the app's export dialog and gives the ids written.
QList<qint64> exportedIds(AppWindow &app, const QString &file)
{
    QObject *dialog = app.window->findChild<QObject *>("exportDialog");
    REQUIRE(dialog);
    dialog->setProperty("selectedFile", QUrl::fromLocalFile(file));
    REQUIRE(QMetaObject::invokeMethod(dialog, "accepted"));
    REQUIRE(QTest::qWaitFor([&] { return !app.database.busy() && QFile::exists(file); }, 10000));
    QFile exported(file);
    REQUIRE(exported.open(QIODevice::ReadOnly));
    QList<qint64> ids;
    for (const QJsonValue feature : QJsonDocument::fromJson(exported.readAll()).object().value("features").toArray())
        ids << feature.toObject().value("id").toInteger();
    return ids;
}

QList<qint64> listedIds(const AppWindow &app)
{
    auto *incidents = app.window->findChild<IncidentListModel *>();
    REQUIRE(incidents);
    QList<qint64> ids;
    for (int row = 0; row < incidents->rowCount(); ++row)
        ids << incidents->idAt(row);
    std::sort(ids.begin(), ids.end());
    return ids;
}
} // namespace

TEST_CASE("the export writes what the list shows: time window and \"only in view\" included", "[quick][analyst][export]")
{
    AppWindow app;
    // The time window: September only.
    QQuickItem *slider = app.item("timeSlider");
    REQUIRE(QMetaObject::invokeMethod(app.item("timeRange"), "setValues", Q_ARG(double, 0), Q_ARG(double, 29)));
    REQUIRE(QMetaObject::invokeMethod(slider, "apply"));
    REQUIRE(QTest::qWaitFor([&] { return app.listCount() == 1; }, 2000));
    QQuickItem *notice = app.item("notice");
    notice->setProperty("timeout", 500);
    CHECK(exportedIds(app, app.dir.filePath("september.geojson")) == listedIds(app));
    CHECK(notice->property("text").toString() == "Exported 1 incident.");
    CHECK(notice->isVisible());
    // The notice goes away by itself.
    CHECK(QTest::qWaitFor([&] { return !notice->isVisible(); }, 3000));

    // The whole span again, but only what is in view: Baku's two records are not.
    REQUIRE(QMetaObject::invokeMethod(app.item("timeRange"), "setValues", Q_ARG(double, 0), Q_ARG(double, 32)));
    REQUIRE(QMetaObject::invokeMethod(slider, "apply"));
    REQUIRE(QTest::qWaitFor([&] { return app.listCount() == 7; }, 2000));
    app.item("inViewOnly")->setProperty("checked", true);
    REQUIRE(QTest::qWaitFor([&] { return app.listCount() == 5; }, 2000));
    const QList<qint64> inView = exportedIds(app, app.dir.filePath("in-view.geojson"));
    CHECK(inView.size() == 5);
    CHECK(inView == listedIds(app));
}

TEST_CASE("the placed point can be dragged to a better position", "[quick][analyst][form]")
{
    AppWindow app;
    app.click(app.item("addButton"));
    const QPointF goris = app.map->fromCoordinate(QGeoCoordinate(39.507, 46.338));
    app.click(app.map, goris);
    QQuickItem *point = app.item("placedPoint");
    REQUIRE(QTest::qWaitFor([&] { return point->isVisible(); }, 2000));
    const QPoint from = point->mapToScene(QPointF(point->width() / 2, point->height() / 2)).toPoint();
    const QPoint to = from + QPoint(80, -40);
    QTest::mousePress(app.window, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 8; ++i)
        QTest::mouseMove(app.window, from + (to - from) * i / 8);
    QTest::mouseRelease(app.window, Qt::LeftButton, {}, to);
    const QGeoCoordinate expected = app.map->toCoordinate(app.map->mapFromScene(to));
    QQuickItem *latitude = app.item("latitudeField");
    REQUIRE(QTest::qWaitFor([&] { return std::abs(latitude->property("text").toDouble() - expected.latitude()) < 0.01; }, 2000));
    CHECK(app.item("longitudeField")->property("text").toDouble() == Approx(expected.longitude()).margin(0.01));
}

TEST_CASE("the region panel counts incidents per unit, filters to one, and shades the map", "[quick][analyst][regions]")
{
    AppWindow app;
    app.click(app.item("regionsButton"));
    QQuickItem *panel = app.item("regionsPanel");
    REQUIRE(QTest::qWaitFor([&] { return panel->isVisible(); }, 2000));
    QQuickItem *list = app.item("regionCounts");
    CHECK(list->property("count").toInt() == 6); // AZ-BA, AM-SU, AM-VD, AM-GR, AZ-FUZ, AM (whole country)
    // Beside the map's buttons, never over them, at any window size.
    for (const QSize size : {QSize(1400, 900), QSize(1000, 700), QSize(800, 600)}) {
        app.window->resize(size);
        QTest::qWait(50);
        const QRectF panelRect = panel->mapRectToScene(QRectF(0, 0, panel->width(), panel->height()));
        for (const char *button : {"zoomIn", "zoomOut", "zoomToAll", "zoomToSelection"}) {
            QQuickItem *b = app.item(button);
            INFO(button << " at " << size.width() << "x" << size.height());
            CHECK_FALSE(panelRect.intersects(b->mapRectToScene(QRectF(0, 0, b->width(), b->height()))));
        }
    }
    app.window->resize(1400, 900);
    QTest::qWait(50);
    QQuickItem *first = nullptr;
    REQUIRE(QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, first), Q_ARG(int, 0)));
    REQUIRE(first);
    CHECK(first->property("code").toString() == "AZ-BA"); // two records: the most
    CHECK(first->property("incidents").toInt() == 2);

    // The choropleth: Baku gets the strongest shade.
    CHECK(app.boundaryLayer->regionShades().isEmpty());
    app.item("choroplethSwitch")->setProperty("checked", true);
    CHECK(app.boundaryLayer->regionShades().value("AZ-BA").toDouble() == 1.0);
    CHECK(app.boundaryLayer->regionShades().value("AM-SU").toDouble() == 0.5);
    CHECK_FALSE(app.boundaryLayer->regionShades().contains("AM")); // a country's records shade no unit
    // The choropleth has a key in the map's own shades: 1 to 2 incidents per unit.
    REQUIRE(QTest::qWaitFor([&] { return app.item("choroplethKey")->isVisible(); }, 2000));
    const QVariantList key = app.window->findChild<RegionCountModel *>()->shadeKey();
    REQUIRE(key.size() == 2);
    CHECK(key.first().toMap().value("count").toInt() == 1);
    CHECK(key.last().toMap().value("count").toInt() == 2);
    CHECK(key.last().toMap().value("color").value<QColor>() == MapStyle::shade(1.0));

    // A unit filters list and map to it.
    app.click(first);
    REQUIRE(QTest::qWaitFor([&] { return app.listCount() == 2; }, 2000));
    CHECK(std::isfinite(app.map->fromCoordinate(QGeoCoordinate(40.409, 49.867)).x())); // the map went to Baku
    CHECK(app.map->zoomLevel() > 8);
}

TEST_CASE("the list filters by type and sorts newest first", "[quick][analyst]")
{
    AppWindow app;
    QQuickItem *type = app.item("typeFilter");
    const QStringList choices = type->property("model").toStringList();
    const int statement = int(choices.indexOf("statement"));
    REQUIRE(statement > 0);
    type->setProperty("currentIndex", statement);
    REQUIRE(QMetaObject::invokeMethod(type, "activated", Q_ARG(int, statement)));
    REQUIRE(QTest::qWaitFor([&] { return app.listCount() == 3; }, 2000));
    type->setProperty("currentIndex", 0);
    REQUIRE(QMetaObject::invokeMethod(type, "activated", Q_ARG(int, 0)));
    REQUIRE(QTest::qWaitFor([&] { return app.listCount() == 7; }, 2000));

    QQuickItem *list = app.item("incidentList");
    auto firstTitle = [&] {
        QQuickItem *first = nullptr;
        QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, first), Q_ARG(int, 0));
        return first ? first->property("title").toString() : QString();
    };
    CHECK(firstTitle().startsWith("Azerbaijan's defence minister claims")); // 2022-09: the oldest
    app.click(app.item("newestFirst"));
    REQUIRE(QTest::qWaitFor([&] { return firstTitle().startsWith("Phone call between"); }, 2000)); // 2022-10-03
}

TEST_CASE("the app notices incidents another process adds, without a restart", "[quick][analyst][concurrency]")
{
    AppWindow app;
    CHECK(app.listCount() == 7);
    QProcess cli;
    cli.start(testpaths::cli(),
        {"--db", app.database.path(), "add", "--type", "shelling", "--title", "Added by the CLI", "--date", "2022-10-05", "--lat",
            "39.507", "--lon", "46.338"});
    REQUIRE(cli.waitForFinished(30000));
    INFO(cli.readAllStandardError().toStdString());
    REQUIRE(cli.exitCode() == 0);
    REQUIRE(QTest::qWaitFor([&] { return app.listCount() == 8; }, 5000));
    CHECK(app.database.incidentCount() == 8);
}

TEST_CASE("nearby incidents merge into clusters that split as the map zooms in", "[quick][analyst][clusters]")
{
    // 200 exact positions on a 20 × 10 grid 200 m apart, west of Goris.
    AppWindow app([](IncidentStore &store) {
        const auto added = store.addAll([&]() -> Result<void> {
            for (int i = 0; i < 200; ++i) {
                Incident incident;
                incident.type = QStringLiteral("shelling");
                incident.title = QStringLiteral("Shelling %1").arg(i);
                QString error;
                incident.date = PartialDate::parse(QStringLiteral("2022-09-13"), &error);
                incident.lon = 46.20 + (i % 20) * 0.0025;
                incident.lat = 39.50 + (i / 20) * 0.0018;
                incident.precision = LocationPrecision::Exact;
                if (auto id = store.addIncident(incident); !id)
                    return Result<void>::failure(id.error());
            }
            return {};
        });
        REQUIRE(added);
    });
    auto inView = [&] {
        int incidents = 0, largest = 0;
        for (const QVariantMap &s : app.symbols()) {
            incidents += s.value("incidentCount").toInt();
            largest = std::max(largest, s.value("incidentCount").toInt());
        }
        return std::pair{incidents, largest};
    };
    const auto [before, largestBefore] = inView();
    CHECK(before == 205); // and the sample's five badges in the opening view
    CHECK(largestBefore > 10);
    const int symbolsBefore = int(app.symbols().size());
    // No cluster sits on another, even across grid cells' edges.
    const QList<QVariantMap> drawn = app.symbols();
    for (qsizetype i = 0; i < drawn.size(); ++i)
        for (qsizetype j = i + 1; j < drawn.size(); ++j)
            if (drawn[i].value("incidentCount").toInt() > 1 && drawn[j].value("incidentCount").toInt() > 1)
                CHECK(QLineF(drawn[i].value("x").toDouble(), drawn[i].value("y").toDouble(), drawn[j].value("x").toDouble(),
                          drawn[j].value("y").toDouble())
                          .length()
                    >= IncidentLayer::kMergeDistance);
    // A cluster's count is drawn on its dark disc, in white.
    {
        const QImage shot = app.window->grabWindow();
        for (const QVariantMap &s : app.symbols()) {
            if (s.value("incidentCount").toInt() < 2)
                continue;
            int white = 0, dark = 0;
            for (int dx = -6; dx <= 6; ++dx)
                for (int dy = -4; dy <= 4; ++dy) {
                    const QColor c = shot.pixelColor(
                        app.map->mapToScene(QPointF(s.value("x").toDouble() + dx, s.value("y").toDouble() + dy)).toPoint());
                    white += c.lightness() > 200;
                    dark += c.lightness() < 90;
                }
            CHECK(white > 3);
            CHECK(dark > 20);
        }
    }

    QPointF cluster;
    for (const QVariantMap &s : app.symbols())
        if (s.value("incidentCount").toInt() == largestBefore)
            cluster = QPointF(s.value("x").toDouble(), s.value("y").toDouble());
    const double zoom = app.map->zoomLevel();
    app.click(app.map, cluster);
    REQUIRE(QTest::qWaitFor([&] { return app.map->zoomLevel() > zoom + 1.5; }, 2000));
    CHECK(app.selected() == -1); // a cluster zooms, it selects nothing
    const auto [after, largestAfter] = inView();
    CHECK(largestAfter < largestBefore);
    CHECK(int(app.symbols().size()) > 1);
    CHECK(after <= before);
    CHECK(int(app.symbols().size()) != symbolsBefore);

    // Zoomed in far enough, every one of them is a symbol of its own.
    app.map->setZoomLevel(17);
    app.map->setCenter(QGeoCoordinate(39.5081, 46.2238));
    QTest::qWait(50);
    for (const QVariantMap &s : app.symbols())
        CHECK(s.value("incidentCount").toInt() == 1);
    CHECK(app.symbols().size() >= 4);
}

TEST_CASE("symbols stay on their incidents when the display CRS changes", "[quick][analyst][clusters]")
{
    AppWindow app;
    auto *layer = app.window->findChild<IncidentLayer *>("incidentLayer");
    REQUIRE(layer);
    auto onTheirIncidents = [&] {
        int checked = 0;
        for (const QVariantMap &s : app.symbols()) {
            if (s.value("incidentCount").toInt() != 1)
                continue;
            const auto incident = app.database.store()->incident(s.value("incidentId").toLongLong());
            REQUIRE(incident);
            const QPointF expected = app.map->fromCoordinate(QGeoCoordinate(incident->lat, incident->lon), false)
                + QPointF(0, s.value("precision") == "region" || s.value("precision") == "country" ? 16 : 0);
            INFO(incident->title.toStdString() << " in " << app.map->crs().toStdString());
            CHECK(std::abs(s.value("x").toDouble() - expected.x()) < 0.5);
            CHECK(std::abs(s.value("y").toDouble() - expected.y()) < 0.5);
            ++checked;
        }
        return checked;
    };
    CHECK(onTheirIncidents() == 5);
    for (const char *crs : {"EPSG:32638", "EPSG:4326", "EPSG:3857"}) {
        app.map->setCrs(QString::fromLatin1(crs));
        REQUIRE(QTest::qWaitFor([&] { return app.boundaryLayer->ready() && !layer->building(); }, 10000));
        QTest::qWait(20);
        CHECK(onTheirIncidents() >= 4);
    }
}

TEST_CASE("unit names and incident symbols never cover each other", "[quick][analyst][labels]")
{
    AppWindow app;
    // The whole sample in view: badges on Syunik, Vayots Dzor, Gegharkunik,
    // Fuzuli, Armenia, and Baku's cluster, each where a unit's name would go.
    app.map->fitViewportToGeoShape(QGeoRectangle(QGeoCoordinate(41.0, 44.0), QGeoCoordinate(38.5, 50.5)));
    const QList<QVariantMap> symbols = app.symbols();
    REQUIRE(symbols.size() >= 5);
    REQUIRE(QTest::qWaitFor([&] { return app.items("regionLabel").size() > 10; }, 2000));
    QTest::qWait(50);
    int checked = 0;
    for (const QQuickItem *label : app.items("regionLabel")) {
        if (!label->isVisible() || label->property("text").toString().isEmpty())
            continue;
        const QRectF text = label->mapRectToItem(app.map, QRectF(0, 0, label->width(), label->height()));
        for (const QVariantMap &s : symbols) {
            const double side = s.value("incidentCount").toInt() > 1 ? 26 : 20;
            const QRectF symbol(s.value("x").toDouble() - side / 2, s.value("y").toDouble() - side / 2, side, side);
            INFO(label->property("text").toString().toStdString() << " on " << s.value("title").toString().toStdString());
            CHECK_FALSE(text.intersects(symbol));
            ++checked;
        }
    }
    CHECK(checked > 50);
}

TEST_CASE("uncertainty circles are round and sharp at large scales", "[quick][analyst][rings]")
{
    AppWindow app([](IncidentStore &store) {
        // Alone: the sample's hatched units would cross the circle.
        deleteAllIncidents(store);
        REQUIRE(store.addIncident(gorisShelling("Shelling near Goris", LocationPrecision::Near)));
    });
    // About 2 km across the scale bar: the 5 km circle is hundreds of pixels wide.
    app.map->setZoomLevel(12.5);
    app.map->setCenter(QGeoCoordinate(39.507, 46.338));
    QVariantMap ring;
    for (const QVariantMap &s : app.symbols())
        if (s.value("title").toString() == "Shelling near Goris")
            ring = s;
    REQUIRE_FALSE(ring.isEmpty());
    const double r = ring.value("uncertaintyRadius").toDouble();
    REQUIRE(r > 150);
    REQUIRE(r < 0.45 * app.map->height()); // wholly in view
    const QPointF c(ring.value("x").toDouble(), ring.value("y").toDouble());
    const QImage shot = app.window->grabWindow();
    const QColor status("#2c6fbb"); // reported
    auto blueness = [&](QPointF at) {
        const QColor p = shot.pixelColor(app.map->mapToScene(at).toPoint());
        return p.blue() - (p.red() + p.green()) / 2;
    };
    // Round on every side (the top too), and sharp: the outline lies within
    // two pixels of the circle, the fill inside it, the map outside.
    for (const QPointF direction : {QPointF(0, -1), QPointF(0, 1), QPointF(-1, 0), QPointF(1, 0), QPointF(0.7071, -0.7071)}) {
        INFO(direction.x() << "," << direction.y());
        int strongest = -999;
        double where = 0;
        for (double d = r - 4; d <= r + 4; d += 0.5)
            if (const int b = blueness(c + direction * d); b > strongest) {
                strongest = b;
                where = d;
            }
        CHECK(std::abs(where - r) <= 2);
        CHECK(blueness(c + direction * (r - 12)) > blueness(c + direction * (r + 12)));
    }
}

TEST_CASE("incidents at the very same spot spread out so each can be clicked", "[quick][analyst][clusters][spread]")
{
    QList<qint64> ids;
    AppWindow app([&](IncidentStore &store) {
        deleteAllIncidents(store);
        for (const char *title : {"First report", "Second report", "Third report"})
            ids << store.addIncident(gorisShelling(title)).value();
    });
    const auto spreadOnes = [&] {
        QList<QVariantMap> spread;
        for (const QVariantMap &s : app.symbols())
            if (s.value("spread").toBool())
                spread << s;
        return spread;
    };
    // However far one zooms short of the deepest, one cluster of three.
    app.map->setZoomLevel(18);
    app.map->setCenter(QGeoCoordinate(39.507, 46.338));
    REQUIRE(app.symbols().size() == 1);
    const QVariantMap cluster = app.symbols().first();
    CHECK(cluster.value("incidentCount").toInt() == 3);
    // A click spreads it, without zooming.
    app.click(app.map, QPointF(cluster.value("x").toDouble(), cluster.value("y").toDouble()));
    CHECK(app.map->zoomLevel() == Approx(18));
    REQUIRE(spreadOnes().size() == 3);
    QList<qint64> clicked;
    for (const QVariantMap &s : spreadOnes()) {
        CHECK(s.value("incidentCount").toInt() == 1);
        for (const QVariantMap &other : spreadOnes())
            if (other.value("incidentId") != s.value("incidentId"))
                CHECK(QLineF(s.value("x").toDouble(), s.value("y").toDouble(), other.value("x").toDouble(),
                          other.value("y").toDouble())
                          .length()
                    >= 18); // apart: each clickable
        app.click(app.map, QPointF(s.value("x").toDouble(), s.value("y").toDouble()));
        REQUIRE(QTest::qWaitFor([&] { return app.selected() == s.value("incidentId").toLongLong(); }, 2000));
        clicked << app.selected();
    }
    std::sort(clicked.begin(), clicked.end());
    CHECK(clicked == ids);
    // Another zoom gathers them again; the deepest spreads them by itself.
    app.map->setZoomLevel(17);
    CHECK(spreadOnes().isEmpty());
    app.map->setZoomLevel(app.map->maximumZoomLevel());
    app.map->setCenter(QGeoCoordinate(39.507, 46.338));
    CHECK(spreadOnes().size() == 3);
}

TEST_CASE(
    "the form shows coordinates as typed and types by their labels, and details show kept properties", "[quick][analyst][form]")
{
    qint64 id = -1;
    AppWindow app([&](IncidentStore &store) {
        Incident incident = gorisShelling("Shelling near Goris");
        incident.extra
            = QString::fromUtf8(R"({"unit":"20th Guards Army","superior":"Western Military District","sidc":"SFGPUCI----D"})");
        id = store.addIncident(incident).value();
    });
    app.window->setProperty("selectedIncident", int(id));
    // Kept properties, in the details.
    QStringList values;
    REQUIRE(QTest::qWaitFor([&] { return app.items("extraValue").size() == 3; }, 2000));
    for (const QQuickItem *value : app.items("extraValue"))
        values << value->property("text").toString();
    CHECK(values.contains("Western Military District"));
    CHECK(values.contains("20th Guards Army"));

    app.click(app.item("editButton"));
    REQUIRE(QTest::qWaitFor([&] { return app.item("incidentForm")->isVisible(); }, 2000));
    CHECK(app.item("latitudeField")->property("text").toString() == "39.507");
    CHECK(app.item("longitudeField")->property("text").toString() == "46.338");
    // The type by its label; choosing another sets its name.
    QQuickItem *type = app.item("typeField");
    CHECK(type->property("displayText").toString() == "Shelling");
    const QVariantList types = type->property("model").toList();
    int strike = -1;
    for (int i = 0; i < types.size(); ++i)
        if (types[i].toMap().value("name") == "air_or_drone_strike")
            strike = i;
    REQUIRE(strike >= 0);
    CHECK(types[strike].toMap().value("label").toString() == "Air or drone strike");
    REQUIRE(QMetaObject::invokeMethod(type, "activated", Q_ARG(int, strike)));
    CHECK(app.window->findChild<IncidentEditor *>()->property("type").toString() == "air_or_drone_strike");
}

TEST_CASE("undo and redo walk back and forth through adds, edits and deletes, ids kept", "[quick][analyst][undo]")
{
    AppWindow app;
    IncidentStore &store = *app.database.store();
    const qint64 id = app.database.addIncident(gorisShelling("Shelling near Goris")).value();
    Incident edited = *store.incident(id);
    edited.title = "Shelling of Goris";
    REQUIRE(app.database.updateIncident(edited));
    REQUIRE(app.database.deleteIncident(id) == QString());
    const qint64 trucks = idOfTitle(store, "About 60 military trucks sent to the Fuzuli region");
    REQUIRE(app.database.deleteIncident(trucks) == QString());
    CHECK(store.incidentCount() == 6);
    CHECK(app.database.undoText()
        == QString::fromUtf8("Undo deleting \u201cAbout 60 military trucks sent to the Fuzuli region\u201d"));

    const auto key = [&](const char *sequence) {
        app.map->forceActiveFocus();
        QTest::keySequence(app.window, QKeySequence(QString::fromLatin1(sequence)));
    };
    key("Ctrl+Z"); // the trucks come back, with their id and claim
    REQUIRE(store.incident(trucks));
    CHECK(store.incident(trucks)->claims.size() == 1);
    key("Ctrl+Z"); // the deleted one, edited title and id kept
    REQUIRE(store.incident(id));
    CHECK(store.incident(id)->title == "Shelling of Goris");
    key("Ctrl+Z");
    CHECK(store.incident(id)->title == "Shelling near Goris");
    key("Ctrl+Z");
    CHECK_FALSE(store.incident(id));
    CHECK_FALSE(app.database.canUndo());
    CHECK(store.incidentCount() == 7);

    key("Ctrl+Shift+Z");
    REQUIRE(store.incident(id));
    CHECK(store.incident(id)->title == "Shelling near Goris");
    app.click(app.item("redoButton"));
    REQUIRE(store.incident(id));
    CHECK(store.incident(id)->title == "Shelling of Goris");
    key("Ctrl+Shift+Z");
    CHECK_FALSE(store.incident(id));
    CHECK(app.database.canRedo());
    // A new change forgets what was undone.
    REQUIRE(app.database.deleteIncident(idOfTitle(store, "S-300 air-defence systems deployed in Baku")) == QString());
    CHECK_FALSE(app.database.canRedo());
    CHECK(app.database.canUndo());
}

TEST_CASE("claims are added, changed and removed in the app, and undone", "[quick][analyst][form][claims]")
{
    AppWindow app;
    IncidentStore &store = *app.database.store();
    const qint64 trucks = idOfTitle(store, "About 60 military trucks sent to the Fuzuli region");
    app.window->setProperty("selectedIncident", int(trucks));
    app.click(app.item("editButton"));
    REQUIRE(QTest::qWaitFor([&] { return app.item("incidentForm")->isVisible(); }, 2000));
    REQUIRE(app.items("claimRow").size() == 1);
    auto *editor = app.window->findChild<IncidentEditor *>();
    const Claim original = store.incident(trucks)->claims.at(0);

    // Change the claim: who claims it.
    app.click(app.items("editClaim").first());
    CHECK(editor->claimIndex() == 0);
    editor->setProperty("claimant", "Ministry of Defence of Azerbaijan");
    editor->setProperty("stance", "claims");
    app.click(app.item("saveClaimButton"));
    REQUIRE(store.incident(trucks)->claims.size() == 1);
    CHECK(store.incident(trucks)->claims[0].claimant == "Ministry of Defence of Azerbaijan");
    CHECK(store.incident(trucks)->claims[0].stance == Stance::Claims);
    CHECK(store.incident(trucks)->claims[0].quote.contains(QString::fromUtf8("«منطقة فضولي»"))); // kept

    // Add one on a new source.
    editor->setProperty("sourceTitle", QString::fromUtf8("Азербайджан перебросил технику"));
    editor->setProperty("sourceLanguage", "ru");
    editor->setProperty("stance", "denies");
    editor->setProperty("claimant", "Ministry of Defence of Armenia");
    app.click(app.item("saveClaimButton"));
    REQUIRE(QTest::qWaitFor([&] { return app.items("claimRow").size() == 2; }, 2000));
    CHECK(store.incident(trucks)->claims.size() == 2);
    CHECK(store.sources().size() == 2);
    // A refused claim writes nothing: a bad language tag.
    editor->setProperty("sourceTitle", "Another report");
    editor->setProperty("sourceLanguage", "not a language");
    CHECK_FALSE(editor->saveClaim());
    CHECK(store.incident(trucks)->claims.size() == 2);
    CHECK(store.sources().size() == 2);

    // Remove the first; undo brings it back, redo removes it again.
    app.click(app.items("removeClaim").first());
    REQUIRE(store.incident(trucks)->claims.size() == 1);
    CHECK(store.incident(trucks)->claims[0].claimant == "Ministry of Defence of Armenia");
    REQUIRE(app.database.undo());
    CHECK(store.incident(trucks)->claims.size() == 2);
    REQUIRE(app.database.undo());
    REQUIRE(app.database.undo());
    REQUIRE(store.incident(trucks)->claims.size() == 1);
    CHECK(store.incident(trucks)->claims[0].claimant == original.claimant); // as it was
    CHECK(store.incident(trucks)->claims[0].stance == original.stance);
    CHECK(store.incident(trucks)->claims[0].quote == original.quote);
    CHECK_FALSE(app.database.canUndo());
}

namespace {
// Imports through the app's import dialog; waits until it is done.
void importThroughDialog(AppWindow &app, const QString &file)
{
    QObject *dialog = app.window->findChild<QObject *>("importDialog");
    REQUIRE(dialog);
    dialog->setProperty("selectedFile", QUrl::fromLocalFile(file));
    REQUIRE(QMetaObject::invokeMethod(dialog, "accepted"));
    REQUIRE(QTest::qWaitFor([&] { return !app.database.busy(); }, 60000));
}
} // namespace

TEST_CASE(
    "the app imports a GeoJSON file with a progress bar, and a second import adds nothing twice", "[quick][analyst][import]")
{
    AppWindow app;
    IncidentStore &store = *app.database.store();
    QQuickItem *notice = app.item("notice");

    // A third party's file without our fields: refused in one line naming the file and feature, nothing written.
    importThroughDialog(app, testpaths::data("unit-positions.geojson"));
    const QString refused = notice->property("text").toString();
    INFO(refused.toStdString());
    CHECK(refused.contains("unit-positions.geojson: feature 0: "));
    CHECK_FALSE(refused.contains('\n'));
    CHECK(store.incidentCount() == 7);

    // A larger file: the bar shows how far the import has come.
    const QString file = app.dir.filePath("many.geojson");
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(R"({"type":"FeatureCollection","features":[)");
        for (int i = 0; i < 30000; ++i)
            out.write(
                QStringLiteral(R"(%1{"type":"Feature","id":%2,"geometry":{"type":"Point","coordinates":[%3,%4]},)"
                               R"("properties":{"type":"shelling","title":"Report %2","date":"2022-09-13","precision":"exact"}})")
                    .arg(i ? "," : "")
                    .arg(i)
                    .arg(44.8 + (i % 100) * 0.02)
                    .arg(39.0 + (i / 100) * 0.005)
                    .toUtf8());
        out.write("]}");
    }
    QObject *dialog = app.window->findChild<QObject *>("importDialog");
    dialog->setProperty("selectedFile", QUrl::fromLocalFile(file));
    REQUIRE(QMetaObject::invokeMethod(dialog, "accepted"));
    QQuickItem *bar = app.item("noticeProgress");
    double seen = 0;
    REQUIRE(QTest::qWaitFor(
        [&] {
            if (bar->isVisible())
                seen = std::max(seen, bar->property("value").toDouble());
            return !app.database.busy();
        },
        60000));
    CHECK(seen > 0); // the bar moved while the file was read
    CHECK(store.incidentCount() == 30007);
    CHECK(notice->property("text").toString() == "Imported 30000 features: 30000 added, 0 updated, 0 unchanged.");
    REQUIRE(QTest::qWaitFor([&] { return app.listCount() == 30007; }, 10000)); // the list follows

    importThroughDialog(app, file);
    CHECK(store.incidentCount() == 30007);
    CHECK(notice->property("text").toString() == "Imported 30000 features: 0 added, 0 updated, 30000 unchanged.");
}

TEST_CASE(
    "the form warns of a point outside the boundary layer and suggests the swap, without refusing it", "[quick][analyst][form]")
{
    AppWindow app;
    app.click(app.item("addButton"));
    REQUIRE(QTest::qWaitFor([&] { return app.item("incidentForm")->isVisible(); }, 2000));
    auto *editor = app.window->findChild<IncidentEditor *>();
    QQuickItem *warning = app.item("positionWarning");
    editor->setProperty("latitude", "40.41"); // Baku, the right way round
    editor->setProperty("longitude", "49.87");
    REQUIRE(QTest::qWaitFor([&] { return editor->property("regionFound").toString().startsWith("AZ-BA"); }, 2000));
    CHECK_FALSE(warning->isVisible());
    editor->setProperty("latitude", "49.87"); // swapped
    editor->setProperty("longitude", "40.41");
    REQUIRE(QTest::qWaitFor([&] { return warning->isVisible(); }, 2000));
    CHECK(warning->property("text").toString()
        == "49.87, 40.41 is outside the boundary layer; were latitude and longitude swapped?");
    // Saved all the same: an incident abroad is legitimate.
    editor->setProperty("title", "Report from abroad");
    editor->setProperty("date", "2022-09-13");
    editor->setProperty("type", "shelling");
    REQUIRE(editor->save());
    CHECK(app.database.store()->incidentCount() == 8);
}

TEST_CASE("a change rolled back with its transaction leaves no undo step behind", "[quick][undo]")
{
    QTemporaryDir dir;
    IncidentDatabase database(dir.filePath("incidents.sqlite"), BoundaryLayer::defaultPath());
    REQUIRE(database.isOpen());
    const auto refused = database.writeAll([&]() -> Result<void> {
        REQUIRE(database.addIncident(gorisShelling("Added, then rolled back")));
        return Result<void>::failure("a later step refused");
    });
    CHECK_FALSE(refused);
    CHECK(database.store()->incidentCount() == 7);
    CHECK_FALSE(database.canUndo()); // nothing to undo: it never happened

    const auto written = database.writeAll([&]() -> Result<void> {
        const auto added = database.addIncident(gorisShelling("Added"));
        return added ? Result<void>() : Result<void>::failure(added.error());
    });
    REQUIRE(written);
    CHECK(database.store()->incidentCount() == 8);
    REQUIRE(database.canUndo());
    REQUIRE(database.undo());
    CHECK(database.store()->incidentCount() == 7);
}

TEST_CASE("the details show who recorded an incident and its history, and a reason typed in the form is kept with the change",
    "[quick][analyst][history]")
{
    AppWindow app;
    IncidentStore &store = *app.database.store();
    const qint64 id = idOfTitle(store, "About 60 military trucks sent to the Fuzuli region");
    REQUIRE(id > 0);
    app.window->setProperty("selectedIncident", int(id));
    REQUIRE(QTest::qWaitFor([&] { return !app.item("authorship")->property("text").toString().isEmpty(); }, 2000));
    CHECK(app.item("authorship")->property("text").toString().startsWith("Recorded "));
    // Each claim says who recorded it.
    const QString claimRecorded = app.item("claimRecorded")->property("text").toString();
    CHECK(claimRecorded.startsWith("claim recorded "));
    CHECK(claimRecorded.contains(QStringLiteral(" by %1").arg(store.self().name)));
    const int before = int(app.items("historyEntry").size());
    CHECK(before >= 2); // the incident and its claim added

    app.click(app.item("editButton"));
    REQUIRE(QTest::qWaitFor([&] { return app.item("incidentForm")->isVisible(); }, 2000));
    const QString reason = QString::fromUtf8("مصدر ثانٍ يؤكد — a second source");
    for (const auto &[field, text] : {std::pair{"reasonField", reason}, {"titleField", QStringLiteral(" (confirmed)")}}) {
        QQuickItem *input = app.item(field);
        input->forceActiveFocus();
        REQUIRE(input->hasActiveFocus());
        if (QString::fromLatin1(field) == "titleField")
            QTest::keyClick(app.window, Qt::Key_End);
        typeText(app.window, text);
    }
    QQuickItem *save = app.item("saveButton");
    save->forceActiveFocus();
    QTest::keyClick(app.window, Qt::Key_Space);
    REQUIRE(QTest::qWaitFor([&] { return !app.item("incidentForm")->isVisible(); }, 2000));

    const auto changes = store.history(HistoryQuery::ofIncident(id, 1));
    REQUIRE(changes);
    REQUIRE(changes->size() == 1);
    CHECK(changes->front().operation == "update");
    CHECK(changes->front().reason == reason);
    CHECK(store.incident(id)->title.endsWith(" (confirmed)"));
    // The panel shows the change at the top, with its reason as typed.
    REQUIRE(QTest::qWaitFor([&] { return int(app.items("historyEntry").size()) == before + 1; }, 2000));
    bool shown = false;
    for (QQuickItem *label : app.items("historyEntry").first()->childItems())
        shown = shown || label->property("text").toString() == reason;
    CHECK(shown);
    CHECK(app.item("authorship")->property("text").toString().contains("changed"));
}

TEST_CASE("a colleague's save while the form is open is not overwritten: the form says who and offers theirs or mine",
    "[quick][analyst][version]")
{
    AppWindow app;
    IncidentStore &store = *app.database.store();
    const qint64 id = idOfTitle(store, "About 60 military trucks sent to the Fuzuli region");
    REQUIRE(id > 0);
    app.window->setProperty("selectedIncident", int(id));
    app.click(app.item("editButton"));
    REQUIRE(QTest::qWaitFor([&] { return app.item("incidentForm")->isVisible(); }, 2000));

    // A colleague (another connection) changes the status meanwhile.
    QString error;
    auto colleague = IncidentStore::open(
        store.location(), std::shared_ptr<const BoundaryLayer>(BoundaryLayer::open(BoundaryLayer::defaultPath(), &error)));
    REQUIRE(colleague);
    Incident theirs = *colleague.value()->incident(id);
    theirs.status = IncidentStatus::Disputed;
    REQUIRE(colleague.value()->updateIncident(theirs));

    // The form scrolls: its buttons are pressed from the keyboard.
    const auto press = [&](const char *button) {
        QQuickItem *item = app.item(button);
        item->forceActiveFocus();
        QTest::keyClick(app.window, Qt::Key_Space);
    };
    QQuickItem *title = app.item("titleField");
    title->forceActiveFocus();
    QTest::keyClick(app.window, Qt::Key_End);
    typeText(app.window, QStringLiteral(" (mine)"));
    press("saveButton");
    REQUIRE(QTest::qWaitFor([&] { return app.item("conflict")->isVisible(); }, 2000));
    CHECK(app.item("incidentForm")->isVisible());
    QQuickItem *banner = app.item("conflict");
    bool said = false;
    for (QQuickItem *label : banner->findChildren<QQuickItem *>())
        said = said || label->property("text").toString().contains("was changed by");
    CHECK(said);
    CHECK(store.incident(id)->status == IncidentStatus::Disputed);
    CHECK_FALSE(store.incident(id)->title.endsWith(" (mine)"));

    // Theirs: the form shows the stored incident again.
    press("reloadButton");
    REQUIRE(QTest::qWaitFor([&] { return !app.item("conflict")->isVisible(); }, 2000));
    CHECK_FALSE(title->property("text").toString().endsWith(" (mine)"));

    // Mine over theirs, after another conflict: saved knowingly.
    theirs = *colleague.value()->incident(id);
    theirs.fatalities = 4;
    REQUIRE(colleague.value()->updateIncident(theirs));
    title->forceActiveFocus();
    QTest::keyClick(app.window, Qt::Key_End);
    typeText(app.window, QStringLiteral(" (mine)"));
    press("saveButton");
    REQUIRE(QTest::qWaitFor([&] { return app.item("conflict")->isVisible(); }, 2000));
    press("saveOverButton");
    REQUIRE(QTest::qWaitFor([&] { return !app.item("incidentForm")->isVisible(); }, 2000));
    CHECK(store.incident(id)->title.endsWith(" (mine)"));
}

TEST_CASE(
    "an earlier version is restored from the details' history, as a new change that Undo takes back", "[quick][analyst][history]")
{
    AppWindow app;
    IncidentStore &store = *app.database.store();
    const qint64 id = idOfTitle(store, "About 60 military trucks sent to the Fuzuli region");
    REQUIRE(id > 0);
    const QString original = store.incident(id)->title;
    Incident edited = *store.incident(id);
    edited.title = QString::fromUtf8("Շարժում Ֆիզուլիի ուղղությամբ");
    REQUIRE(app.database.updateIncident(edited));
    app.window->setProperty("selectedIncident", int(id));

    // Newest first: the retitling, then the incident as it was added.
    const auto visibleRestores = [&] {
        QList<QQuickItem *> shown;
        for (QQuickItem *button : app.items("restoreButton"))
            if (button->isVisible())
                shown << button;
        return shown;
    };
    REQUIRE(QTest::qWaitFor([&] { return visibleRestores().size() == 2; }, 2000));
    QQuickItem *asAdded = visibleRestores().at(1);
    asAdded->forceActiveFocus();
    QTest::keyClick(app.window, Qt::Key_Space);
    REQUIRE(QTest::qWaitFor([&] { return store.incident(id)->title == original; }, 2000));

    // A change of its own, with its reason, and the panel shows it.
    const auto newest = store.history(HistoryQuery::ofIncident(id, 1));
    REQUIRE(newest);
    REQUIRE(newest->size() == 1);
    CHECK(newest->front().operation == "update");
    CHECK(newest->front().reason.startsWith("restores change "));
    REQUIRE(QTest::qWaitFor([&] { return visibleRestores().size() == 3; }, 2000));
    CHECK(app.item("restoreError")->property("text").toString().isEmpty());

    // Undo takes it back.
    REQUIRE(app.database.undo());
    CHECK(store.incident(id)->title == edited.title);
}

TEST_CASE("the app says when the server's connection is lost, connects again by itself and shows what others wrote meanwhile",
    "[quick][postgres][connection]")
{
    AppWindow app;
    REQUIRE(app.server); // the tests' PostgreSQL run
    IncidentStore &store = *app.database.store();
    const int before = app.listCount();
    const qint64 id = idOfTitle(store, "About 60 military trucks sent to the Fuzuli region");
    const QString title = store.incident(id)->title;
    Incident edited = *store.incident(id);

    // The server ends the app's session, as a restart does, and takes no
    // new one for a while.
    // (From another database: a database's own session cannot bar it.)
    auto opened = PgConnection::open(PostgresServer::shared().uri(QStringLiteral("postgres")));
    REQUIRE(opened);
    auto &admin = opened.value();
    const QByteArray name = app.server->name().toUtf8();
    REQUIRE(admin->exec(("ALTER DATABASE \"" + name + "\" ALLOW_CONNECTIONS false").constData()).ok());
    REQUIRE(
        admin->exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", {PgParam(app.server->name())})
            .ok());
    REQUIRE(QTest::qWaitFor([&] { return app.item("connectionProblem")->isVisible(); }, 5000));
    CHECK(app.item("connectionProblem")->property("text").toString().contains("database"));

    // A write meanwhile fails in one line and changes nothing.
    edited.title = QStringLiteral("Written while the server was away");
    const auto refused = app.database.updateIncident(edited);
    CHECK_FALSE(refused);
    CHECK(refused.error().count('\n') == 0);

    // Back: a colleague adds an incident; the app reconnects and shows it.
    REQUIRE(admin->exec(("ALTER DATABASE \"" + name + "\" ALLOW_CONNECTIONS true").constData()).ok());
    QString error;
    auto colleague = IncidentStore::open(
        store.location(), std::shared_ptr<const BoundaryLayer>(BoundaryLayer::open(BoundaryLayer::defaultPath(), &error)));
    REQUIRE(colleague);
    Incident added = *colleague.value()->incident(id);
    added.id = 0;
    added.claims.clear();
    added.title = QStringLiteral("Added while the app was away");
    REQUIRE(colleague.value()->addIncident(added));
    const bool back = QTest::qWaitFor([&] { return !app.item("connectionProblem")->isVisible(); }, 15000);
    INFO(app.item("connectionProblem")->property("text").toString().toStdString());
    REQUIRE(back); // connected again
    REQUIRE(QTest::qWaitFor([&] { return app.listCount() == before + 1; }, 5000));
    CHECK(store.incident(id)->title == title);

    // Listening again: the next commit of a colleague's is seen too.
    added.title = QStringLiteral("Added after the app was back");
    REQUIRE(colleague.value()->addIncident(added));
    CHECK(QTest::qWaitFor([&] { return app.listCount() == before + 2; }, 5000));
}

TEST_CASE("a claim whose quote is not in its source's stored text is flagged in the details, and each claim shows its grade",
    "[quick][analyst][archive]")
{
    AppWindow app;
    IncidentStore &store = *app.database.store();
    auto document = DocumentReader::read(
        QString::fromUtf8("أرسلت أذربيجان نحو 60 شاحنة عسكرية إلى منطقة فضولي.").toUtf8(), QStringLiteral("call.txt"));
    REQUIRE(document);
    Source call;
    call.title = QStringLiteral("Call (archived)");
    call.reliability = QStringLiteral("C");
    const auto source = store.addSource(call, *document);
    REQUIRE(source);
    Incident incident = gorisShelling("Trucks, two claims");
    for (const char *quote : {"«منطقة فضولي»", "«مئة شاحنة»"}) {
        Claim claim;
        claim.sourceId = *source;
        claim.quote = QString::fromUtf8(quote);
        if (incident.claims.empty())
            claim.credibility = 3;
        incident.claims.push_back(claim);
    }
    const auto id = app.database.addIncident(incident);
    REQUIRE(id);
    app.window->setProperty("selectedIncident", int(*id));
    REQUIRE(QTest::qWaitFor([&] { return app.items("claimQuote").size() == 2; }, 2000));
    QStringList flagged;
    for (QQuickItem *flag : app.items("quoteNotFound"))
        if (flag->isVisible())
            for (QQuickItem *sibling : flag->parentItem()->childItems())
                if (sibling->objectName() == "claimQuote")
                    flagged << sibling->property("text").toString();
    CHECK(flagged == QStringList{QString::fromUtf8("«مئة شاحنة»")});
    // And each card gives the grade: the source's reliability, the claim's credibility.
    QStringList grades;
    for (QQuickItem *grade : app.items("claimGrade"))
        grades << grade->property("text").toString();
    CHECK(grades == QStringList{"Grade C3: fairly reliable, possibly true", "Grade C?: fairly reliable"});
}

TEST_CASE("the list and map narrow to incidents with a claim graded at least as well as chosen", "[quick][analyst][grading]")
{
    AppWindow app;
    IncidentStore &store = *app.database.store();
    const auto graded = [&](const char *reliability, int credibility, const char *title) {
        Source source;
        source.title = QStringLiteral("Source of ") + QLatin1String(title);
        source.reliability = QLatin1String(reliability);
        const auto sourceId = store.addSource(source);
        REQUIRE(sourceId);
        Incident incident = gorisShelling(title);
        Claim claim;
        claim.sourceId = *sourceId;
        claim.credibility = credibility;
        incident.claims = {claim};
        REQUIRE(app.database.addIncident(incident));
    };
    graded("B", 2, "Well sourced");
    graded("E", 5, "Rumour");
    REQUIRE(QTest::qWaitFor([&] { return app.listCount() == 9; }, 2000));
    const auto choose = [&](const char *filter, int index) {
        QQuickItem *combo = app.item(filter);
        combo->setProperty("currentIndex", index);
        REQUIRE(QMetaObject::invokeMethod(combo, "activated", Q_ARG(int, index)));
    };
    choose("reliabilityFilter", 3); // C or better
    REQUIRE(QTest::qWaitFor([&] { return app.listCount() == 1; }, 2000));
    CHECK(app.symbols().size() == 1);
    choose("reliabilityFilter", 0);
    choose("credibilityFilter", 5); // 5 or better
    REQUIRE(QTest::qWaitFor([&] { return app.listCount() == 2; }, 2000));
    choose("credibilityFilter", 1); // confirmed only
    REQUIRE(QTest::qWaitFor([&] { return app.listCount() == 0; }, 2000));
    CHECK(QTest::qWaitFor([&] { return app.symbols().empty(); }, 2000));
    choose("credibilityFilter", 0);
    REQUIRE(QTest::qWaitFor([&] { return app.listCount() == 9; }, 2000));
}

TEST_CASE("a claim card regrades its source and its claim, and the list's grade filter follows", "[quick][analyst][grading]")
{
    AppWindow app;
    IncidentStore &store = *app.database.store();
    const qint64 trucks = idOfTitle(store, "About 60 military trucks sent to the Fuzuli region");
    REQUIRE(trucks > 0);
    app.window->setProperty("selectedIncident", int(trucks));
    QQuickItem *grade = app.item("claimGrade");
    REQUIRE(QTest::qWaitFor([&] { return grade->isVisible(); }, 2000));
    CHECK(grade->property("text").toString() == "Not graded");

    QQuickItem *regrade = app.item("regradeButton");
    app.click(regrade);
    QQuickItem *editor = app.item("gradeEditor");
    REQUIRE(QTest::qWaitFor([&] { return editor->isVisible(); }, 2000));
    // As a choice in the box gives it.
    REQUIRE(QMetaObject::invokeMethod(app.item("reliabilityChoice"), "activated", Q_ARG(int, 2)));
    REQUIRE(QMetaObject::invokeMethod(app.item("credibilityChoice"), "activated", Q_ARG(int, 3)));
    const Incident graded = *store.incident(trucks);
    REQUIRE(graded.claims.size() == 1);
    CHECK(graded.claims[0].source.reliability == "B");
    CHECK(graded.claims[0].credibility == 3);
    REQUIRE(QTest::qWaitFor(
        [&] { return app.item("claimGrade")->property("text").toString() == "Grade B3: usually reliable, possibly true"; },
        2000));
    CHECK(app.item("gradeError")->property("text").toString().isEmpty());
    CHECK(app.item("gradeEditor")->isVisible()); // still open after the details reloaded

    // The list's filter "3 or better" now shows it.
    QQuickItem *filter = app.item("credibilityFilter");
    filter->setProperty("currentIndex", 3);
    REQUIRE(QMetaObject::invokeMethod(filter, "activated", Q_ARG(int, 3)));
    REQUIRE(QTest::qWaitFor([&] { return app.listCount() == 1; }, 2000));

    // Not graded again.
    REQUIRE(QMetaObject::invokeMethod(app.item("credibilityChoice"), "activated", Q_ARG(int, 0)));
    CHECK_FALSE(store.incident(trucks)->claims[0].credibility.has_value());
}

TEST_CASE("the form edits each actor's name, side and type in a row of its own", "[quick][analyst][form][actors]")
{
    qint64 id = -1;
    AppWindow app([&](IncidentStore &store) {
        Incident incident = gorisShelling("Shelling near Goris");
        incident.actors = {{QString::fromUtf8("Armed Forces of Armenia (1992-)"), "b", "state_forces"},
            {QString::fromUtf8("Azərbaycan Silahlı Qüvvələri"), "a", {}}};
        id = store.addIncident(incident).value();
    });
    app.window->setProperty("selectedIncident", int(id));
    app.click(app.item("editButton"));
    REQUIRE(QTest::qWaitFor([&] { return app.item("incidentForm")->isVisible(); }, 2000));
    // Each actor in its row, its side and type chosen, the name as stored
    // (a parenthesis of its own is part of it).
    REQUIRE(QTest::qWaitFor([&] { return app.items("actorName1").size() == 1; }, 2000));
    CHECK(app.item("actorName0")->property("text").toString() == "Armed Forces of Armenia (1992-)");
    CHECK(app.item("actorSide0")->property("displayText").toString() == "side b");
    CHECK(app.item("actorType0")->property("displayText").toString() == "state forces");
    CHECK(app.item("actorName1")->property("text").toString() == QString::fromUtf8("Azərbaycan Silahlı Qüvvələri"));
    CHECK(app.item("actorSide1")->property("displayText").toString() == "side a");
    CHECK(app.item("actorType1")->property("displayText").toString() == "no type");

    // The keyboard as a user would: the second actor's type one down
    // (state forces), the first removed, a third added and named.
    QQuickItem *type = app.item("actorType1");
    type->forceActiveFocus();
    QTest::keyClick(app.window, Qt::Key_Down);
    CHECK(type->property("displayText").toString() == "state forces");
    app.click(app.item("removeActor0"));
    REQUIRE(QTest::qWaitFor([&] { return app.items("actorName1").isEmpty(); }, 2000));
    CHECK(app.item("actorName0")->property("text").toString() == QString::fromUtf8("Azərbaycan Silahlı Qüvvələri"));
    app.click(app.item("addActorButton"));
    REQUIRE(QTest::qWaitFor([&] { return app.items("actorName1").size() == 1; }, 2000));
    QQuickItem *name = app.item("actorName1");
    name->forceActiveFocus();
    typeText(app.window, QString::fromUtf8("Civilians (Armenia)"));
    QQuickItem *side = app.item("actorSide1");
    side->forceActiveFocus();
    QTest::keyClick(app.window, Qt::Key_Down);
    QTest::keyClick(app.window, Qt::Key_Down);
    CHECK(side->property("displayText").toString() == "side b");
    // A row left without a name is no actor.
    app.click(app.item("addActorButton"));

    QQuickItem *save = app.item("saveButton");
    save->forceActiveFocus();
    QTest::keyClick(app.window, Qt::Key_Space);
    REQUIRE(QTest::qWaitFor([&] { return !app.item("incidentForm")->isVisible(); }, 2000));
    const Incident saved = *app.database.store()->incident(id);
    REQUIRE(saved.actors.size() == 2);
    CHECK(saved.actors[0] == Actor{QString::fromUtf8("Azərbaycan Silahlı Qüvvələri"), "a", "state_forces"});
    CHECK(saved.actors[1] == Actor{QString::fromUtf8("Civilians (Armenia)"), "b", {}});
}
