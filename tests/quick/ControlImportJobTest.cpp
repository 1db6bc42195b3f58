// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "IncidentDatabase.h"
#include "geo/BoundaryLayer.h"
#include "store/IncidentStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace conflictmap;

TEST_CASE("The app imports a KML archive of control in the background and the views are told")
{
    QTemporaryDir dir;
    IncidentDatabase database(dir.filePath("incidents.sqlite"), BoundaryLayer::defaultPath());
    REQUIRE(database.store());
    QFile kml(dir.filePath("control.kml"));
    REQUIRE(kml.open(QIODevice::WriteOnly));
    kml.write(R"(<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Placemark><TimeStamp><when>2022-09-14</when></TimeStamp><Polygon><outerBoundaryIs><LinearRing><coordinates>45.9,39.5 46.0,39.5 46.0,39.6 45.9,39.5</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
<Placemark><TimeStamp><when>2022-09-15</when></TimeStamp><Polygon><outerBoundaryIs><LinearRing><coordinates>45.9,39.5 46.1,39.5 46.1,39.6 45.9,39.5</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
</Document></kml>)");
    kml.close();
    QSignalSpy finished(&database, &IncidentDatabase::importFinished);
    QSignalSpy changed(&database, &IncidentDatabase::changed);
    database.importControl(kml.fileName(), QStringLiteral("Armenia"), {}, QStringLiteral("timestamp"), {});
    REQUIRE(finished.wait(20000));
    CHECK(finished.at(0).at(0).toString().isEmpty());
    CHECK(finished.at(0).at(1).toString() == "2 features, 2 versions of Armenia (assessed): 2 added, 0 updated, 0 unchanged");
    CHECK(changed.count() >= 1);
    CHECK(database.store()->control().recordCount() == 2);

    // A day in the wrong form is said at once, and nothing is written.
    database.importControl(kml.fileName(), QStringLiteral("Armenia"), {}, {}, QStringLiteral("15.09.2022"));
    REQUIRE(finished.count() == 2);
    CHECK(finished.at(1).at(0).toString() == "date: '15.09.2022' is not a day in the form YYYY-MM-DD");
    CHECK(database.store()->control().recordCount() == 2);
}
