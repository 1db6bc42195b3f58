#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 conflictmap contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The reference figure for `render`: QGIS (Debian's 3.22, through PyQGIS,
offscreen) drawing the same view to PNG: the world's admin-1 units under the
incidents of a GeoPackage written by `export --format gpkg` (with the style
it carries), Web Mercator, the same box and size. Prints the seconds from
opening the layers to the PNG written (QGIS's start-up not counted: the
whole process is timed by scripts/bench as well).

Usage: qgis_render.py INCIDENTS.gpkg ADMIN1 W,S,E,N WIDTHxHEIGHT OUT.png
"""
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsMapRendererParallelJob,
                       QgsMapSettings, QgsProject, QgsRectangle, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

incidents, admin, box, size, out = sys.argv[1:6]
west, south, east, north = (float(v) for v in box.split(","))
width, height = (int(v) for v in size.split("x"))

app = QgsApplication([], False)
app.initQgis()
start = time.monotonic()
layers = [QgsVectorLayer(f"{incidents}|layername=incident_points", "incidents", "ogr"),
          QgsVectorLayer(admin, "admin1", "ogr")]
for layer in layers:
    if not layer.isValid():
        print(f"qgis_render.py: cannot open {layer.source()}", file=sys.stderr)
        os._exit(1)
mercator = QgsCoordinateReferenceSystem("EPSG:3857")
settings = QgsMapSettings()
settings.setLayers(layers)  # the first on top
settings.setDestinationCrs(mercator)
lonLat = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), mercator, QgsProject.instance())
settings.setExtent(lonLat.transformBoundingBox(QgsRectangle(west, south, east, north)))
settings.setOutputSize(QSize(width, height))
settings.setBackgroundColor(QColor("white"))
# QGIS's desktop default: each layer on a core of its own.
job = QgsMapRendererParallelJob(settings)
job.start()
job.waitForFinished()
if not job.renderedImage().save(out):
    print(f"qgis_render.py: cannot write {out}", file=sys.stderr)
    os._exit(1)
print(f"{time.monotonic() - start:.2f}")
sys.stdout.flush()
os._exit(0)  # without PyQGIS 3.22's teardown, which crashes once layers were used
