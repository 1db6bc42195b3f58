#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 conflictmap contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A GeoPackage from `export --format gpkg` opened in QGIS (Debian's 3.22,
through PyQGIS, offscreen) as a colleague would open it: each incident layer
comes with conflictmap's style from layer_styles (categories on status and
type family, not QGIS's single default symbol), every record falls in a
category, and QGIS draws each incident in its status colour where it is.

Usage: gpkg_opens_styled.py CONFLICTMAP-CLI OUTPUT-DIR
Exit 0 when every check holds; else each failed check on a line, exit 1.
"""
import os
import subprocess
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsExpressionContext, QgsExpressionContextUtils,
                       QgsFeatureRequest, QgsMapRendererSequentialJob, QgsMapSettings, QgsRectangle, QgsRenderContext,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
    return condition


def cli(*args):
    subprocess.run([sys.argv[1], "--db", database, *args], check=True, stdout=subprocess.DEVNULL)


out_dir = sys.argv[2]
os.makedirs(out_dir, exist_ok=True)
work = tempfile.mkdtemp(prefix="conflictmap-qgis-")
database = os.path.join(work, "incidents.sqlite")
gpkg = os.path.join(out_dir, "incidents.gpkg")
if os.path.exists(gpkg):
    os.remove(gpkg)
cli("init")
cli("source", "add", "--title", "مكالمة هاتفية", "--publisher", "Example")
# Records of four statuses and as many families, far enough apart to be
# told apart on the image.
records = [("claimed", "armed_clash", 45.0, 40.0), ("confirmed", "equipment_deployment", 46.0, 40.0),
           ("denied", "territory_captured", 45.0, 39.3), ("disputed", "diplomatic_contact", 46.0, 39.3)]
for status, kind, lon, lat in records:
    cli("add", "--type", kind, "--title", f"{status} {kind} جنوب", "--date", "2022-09-13", "--lon", str(lon),
        "--lat", str(lat), "--precision", "exact", "--status", status, "--source", "1")
cli("add", "--type", "territory_captured", "--title", "reported area", "--date", "2022-09", "--status", "reported",
    "--wkt", "POLYGON ((45.3 39.5, 45.7 39.5, 45.7 39.8, 45.3 39.8, 45.3 39.5))", "--source", "1")
cli("export", "--format", "gpkg", "-o", gpkg, "--bbox", "44.8,39.2,46.2,40.1")

app = QgsApplication([], False)
app.initQgis()
layer = QgsVectorLayer(f"{gpkg}|layername=incident_points", "incident_points", "ogr")
if check(layer.isValid(), "QGIS cannot open the layer incident_points"):
    renderer = layer.renderer()
    check(renderer.type() == "categorizedSymbol",
          f"the layer has QGIS's '{renderer.type()}' renderer, not conflictmap's categories: the style was not applied")
    if renderer.type() == "categorizedSymbol":
        values = {category.value() for category in renderer.categories()}
        context = QgsRenderContext()
        # The class is an expression: evaluated per feature, as a map canvas does.
        context.setExpressionContext(QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer)))
        renderer.startRender(context, layer.fields())
        colours = {}
        for feature in layer.getFeatures(QgsFeatureRequest()):
            key = f"{feature['status']} {feature['family']}"
            check(key in values, f"'{key}' has no category of the style")
            context.expressionContext().setFeature(feature)
            symbol = renderer.symbolForFeature(feature, context)
            if check(symbol is not None, f"QGIS draws no symbol for '{key}'"):
                point = feature.geometry().asPoint()
                colours[(round(point.x(), 3), round(point.y(), 3))] = (feature["status"], symbol.color())
        renderer.stopRender(context)
        check(len(colours) == len(records), f"{len(colours)} of the {len(records)} records found in the layer")
        statusColours = {status: colour.name() for status, colour in colours.values()}
        check(len(set(statusColours.values())) == len(records),
              f"the statuses do not have colours of their own: {statusColours}")

        # Drawn by QGIS: the pixel at each incident is its status colour.
        settings = QgsMapSettings()
        settings.setLayers([layer])
        settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
        settings.setExtent(QgsRectangle(44.8, 39.2, 46.2, 40.1))
        settings.setOutputSize(QSize(700, 450))
        settings.setBackgroundColor(QColor("white"))
        job = QgsMapRendererSequentialJob(settings)
        job.start()
        job.waitForFinished()
        image = job.renderedImage()
        image.save(os.path.join(out_dir, "qgis-render.png"))
        transform = settings.mapToPixel()
        for (x, y), (status, colour) in colours.items():
            pixel = transform.transform(x, y)
            drawn = QColor(image.pixel(int(pixel.x()), int(pixel.y())))
            close = all(abs(a - b) <= 8 for a, b in zip(drawn.getRgb()[:3], colour.getRgb()[:3]))
            check(close, f"the {status} incident at {x},{y} is drawn {drawn.name()}, not {colour.name()}")

areas = QgsVectorLayer(f"{gpkg}|layername=incident_areas", "incident_areas", "ogr")
if check(areas.isValid() and areas.featureCount() == 1, "QGIS cannot open the layer incident_areas with its one area"):
    check(areas.renderer().type() == "categorizedSymbol",
          f"the areas have QGIS's '{areas.renderer().type()}' renderer, not conflictmap's categories")
    check("reported" in {c.value() for c in areas.renderer().categories()}, "the areas' style has no 'reported' category")

for name in ("sources",):
    table = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    check(table.isValid() and table.featureCount() > 0, f"QGIS cannot read the {name} table")
for failure in failures:
    print(f"FAILED: {failure}")
print(f"{len(failures)} failed checks; QGIS's drawing in {out_dir}/qgis-render.png")
sys.stdout.flush()
# Without QGIS's teardown, which crashes PyQGIS 3.22 at exit once layers were used.
os._exit(1 if failures else 0)
