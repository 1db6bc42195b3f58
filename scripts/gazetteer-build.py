# SPDX-FileCopyrightText: 2026 conflictmap contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a conflictmap gazetteer (SQLite) from GeoNames' cities500 table,
the libgeonames-common gettext catalogs and a layer of admin-1 units.
Run by scripts/make-gazetteer, which fetches the inputs."""

import argparse
import datetime
import os
import sqlite3
import struct
import unicodedata

from osgeo import ogr

ogr.UseExceptions()

# cities500 columns (the GeoNames dump format).
GEONAMEID, NAME, ASCIINAME, ALTERNATES, LAT, LON, FEATURE_CLASS, FEATURE_CODE, COUNTRY, CC2, ADMIN1 = range(11)
POPULATION = 14

# The language a unit's local name and a place's local name are in, for the
# countries of the region. Elsewhere GeoNames' main name is the local one.
LOCAL_LANGUAGE = {"AM": "hy", "AZ": "az", "GE": "ka", "RU": "ru", "IR": "fa", "TR": "tr"}
# A name in that script stands in for the local language when no catalog
# tags one (most villages): Armenian and Georgian script each belong to one
# language here; Russian places are named in Cyrillic; Iranian in Arabic
# script (Persian and Arabic share it, hence no language tag is implied).
LOCAL_SCRIPT = {"AM": "Armn", "GE": "Geor", "RU": "Cyrl", "IR": "Arab"}
# Where a place outside every unit still belongs to the nearest one: the
# data sets disagree by up to a few kilometres along coasts and borders.
NEAR_UNIT_DEGREES = 0.05
# Places of these countries are all wanted, however far the nearest unit.
CORE_COUNTRIES = {"AM", "AZ", "GE"}

SCRIPTS = [("LATIN", "Latn"), ("CYRILLIC", "Cyrl"), ("ARMENIAN", "Armn"), ("GEORGIAN", "Geor"), ("ARABIC", "Arab"),
           ("HEBREW", "Hebr"), ("GREEK", "Grek"), ("CJK", "Hani"), ("HANGUL", "Hang"), ("HIRAGANA", "Jpan"),
           ("KATAKANA", "Jpan"), ("DEVANAGARI", "Deva"), ("BENGALI", "Beng"), ("GURMUKHI", "Guru"),
           ("GUJARATI", "Gujr"), ("TAMIL", "Taml"), ("TELUGU", "Telu"), ("KANNADA", "Knda"), ("MALAYALAM", "Mlym"),
           ("THAI", "Thai"), ("LAO", "Laoo"), ("TIBETAN", "Tibt"), ("MYANMAR", "Mymr"), ("KHMER", "Khmr"),
           ("ETHIOPIC", "Ethi"), ("SYRIAC", "Syrc"), ("THAANA", "Thaa"), ("SINHALA", "Sinh"), ("ORIYA", "Orya"),
           ("CHEROKEE", "Cher"), ("CANADIAN SYLLABICS", "Cans"), ("MONGOLIAN", "Mong"), ("TIFINAGH", "Tfng")]


def script_of(text):
    """ISO 15924 code of the first letter's script ('Zyyy' when none is known)."""
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        for prefix, code in SCRIPTS:
            if name.startswith(prefix):
                return code
        return "Zyyy"
    return "Zyyy"


def read_mo(path):
    """The messages of a GNU gettext catalog (msgid -> msgstr)."""
    with open(path, "rb") as f:
        data = f.read()
    order = "<" if struct.unpack("<I", data[:4])[0] == 0x950412DE else ">"
    count, ids_at, strs_at = struct.unpack(order + "3I", data[8:20])
    messages = {}
    for i in range(count):
        id_len, id_off = struct.unpack(order + "2I", data[ids_at + 8 * i:ids_at + 8 * i + 8])
        str_len, str_off = struct.unpack(order + "2I", data[strs_at + 8 * i:strs_at + 8 * i + 8])
        if id_len:
            messages[data[id_off:id_off + id_len].decode()] = data[str_off:str_off + str_len].decode()
    return messages


def read_catalogs(root):
    """geonameid -> [(language, name)] from every geonames.mo under root.
    The directory is the locale (ar_LY); its tag is the BCP 47 form (ar-LY)."""
    by_id = {}
    for locale in sorted(os.listdir(root)):
        path = os.path.join(root, locale, "LC_MESSAGES", "geonames.mo")
        if not os.path.isfile(path):
            continue
        language = locale.replace("_", "-")
        for geonameid, name in read_mo(path).items():
            if geonameid.isdigit() and name:
                by_id.setdefault(geonameid, []).append((language, name))
    return by_id


class Units:
    """The admin-1 units of a layer, found by point through its R*Tree."""

    def __init__(self, path, mode):
        self.dataset = ogr.Open(path)
        self.layer = self.dataset.GetLayer("admin1")
        self.mode = mode
        self.records = {}
        self.layer.SetSpatialFilter(None)
        for feature in self.layer:
            record = self.record(feature)
            if record["code"] and record["code"] not in self.records:
                self.records[record["code"]] = record
        self.extent = self.layer.GetExtent()  # (min x, max x, min y, max y)

    def record(self, feature):
        if self.mode == "world":
            code = feature.GetField("iso_3166_2")
            country = feature.GetField("iso_a2")
            names = []
            for field in range(feature.GetFieldCount()):
                key = feature.GetFieldDefnRef(field).GetName()
                value = feature.GetField(field)
                if key.startswith("name_") and key != "name_len" and value:
                    language = {"local": LOCAL_LANGUAGE.get(country), "zht": "zh-Hant", "alt": None}.get(
                        key[5:], key[5:])
                    for part in value.split("|"):
                        names.append((part.strip(), language))
            english = feature.GetField("name_en") or feature.GetField("name")
        else:
            code = feature.GetField("code")
            country = feature.GetField("country")
            names = [(feature.GetField("name_en"), "en"), (feature.GetField("name_local"), LOCAL_LANGUAGE.get(country)),
                     (feature.GetField("name_ar"), "ar"), (feature.GetField("name_ru"), "ru")]
            english = feature.GetField("name_en")
        geometry = feature.GetGeometryRef()
        point = geometry.PointOnSurface() if geometry else None
        return {"code": code, "country": country, "english": english,
                "names": [(n, lang) for n, lang in names if n],
                "lon": point.GetX() if point else 0.0, "lat": point.GetY() if point else 0.0, "population": 0}

    def at(self, lon, lat, country, reach):
        """The code of the unit containing (lon, lat), else of the nearest unit
        of 'country' within 'reach' degrees, else None."""
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(lon, lat)
        self.layer.SetSpatialFilterRect(lon - reach, lat - reach, lon + reach, lat + reach)
        nearest, nearest_distance = None, reach
        for feature in self.layer:
            geometry = feature.GetGeometryRef()
            if geometry is None:
                continue
            code = self.record_code(feature)
            if geometry.Contains(point):
                return code
            if self.records.get(code, {}).get("country") != country:
                continue
            distance = geometry.Distance(point)
            if distance <= nearest_distance:
                nearest, nearest_distance = code, distance
        return nearest

    def record_code(self, feature):
        return feature.GetField("iso_3166_2" if self.mode == "world" else "code")


def local_name(country, names, main_name):
    """The name in the country's own language: tagged so, else one in its
    script, else GeoNames' main name (for Azerbaijan and Turkey that is the
    local Latin spelling)."""
    language = LOCAL_LANGUAGE.get(country)
    for name, lang, _ in names:
        if language and lang == language:
            return name
    script = LOCAL_SCRIPT.get(country)
    if script:
        in_script = [name for name, _, name_script in names if name_script == script]
        if script == "Arab":
            # Persian letters say a name is Persian rather than Arabic.
            persian = [name for name in in_script if any(ch in name for ch in "پچژگکی")]
            in_script = persian or in_script
        if in_script:
            return in_script[0]
    return main_name


def place_names(row, tagged):
    """[(name, language or None, script)], each name once per language: the
    main name, the ASCII name, the alternates, then catalog names the table
    lacks."""
    languages = {}
    order = []
    for name in [row[NAME], row[ASCIINAME]] + row[ALTERNATES].split(","):
        name = name.strip()
        if name and name not in languages:
            languages[name] = set()
            order.append(name)
    for language, name in tagged:
        if name not in languages:
            languages[name] = set()
            order.append(name)
        languages[name].add(language)
    result = []
    for name in order:
        script = script_of(name)
        for language in sorted(languages[name]) or [None]:
            result.append((name, language, script))
    return result


SCHEMA = """
CREATE TABLE gazetteer_info(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entries(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('place', 'admin_unit')),
  geonameid INTEGER UNIQUE,
  name TEXT NOT NULL,
  local_name TEXT NOT NULL,
  lon REAL NOT NULL,
  lat REAL NOT NULL,
  country TEXT NOT NULL,
  feature_code TEXT NOT NULL,
  population INTEGER NOT NULL,
  admin_code TEXT);
CREATE TABLE names(
  entry_id INTEGER NOT NULL REFERENCES entries(id),
  name TEXT NOT NULL,
  lang TEXT,
  script TEXT NOT NULL);
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=["region", "world"], required=True)
    parser.add_argument("--cities", required=True)
    parser.add_argument("--units", required=True)
    parser.add_argument("--catalogs", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    catalogs = read_catalogs(args.catalogs)
    units = Units(args.units, args.mode)
    min_x, max_x, min_y, max_y = units.extent

    places = []
    with open(args.cities, encoding="utf-8") as f:
        for line in f:
            row = line.rstrip("\n").split("\t")
            lon, lat = float(row[LON]), float(row[LAT])
            if args.mode == "region":
                if row[COUNTRY] not in CORE_COUNTRIES and not (min_x <= lon <= max_x and min_y <= lat <= max_y):
                    continue
                code = units.at(lon, lat, row[COUNTRY], NEAR_UNIT_DEGREES)
                if code is None and row[COUNTRY] in CORE_COUNTRIES:
                    code = units.at(lon, lat, row[COUNTRY], 1.0)
                if code is None:
                    continue
            else:
                code = units.at(lon, lat, row[COUNTRY], NEAR_UNIT_DEGREES)
            names = place_names(row, catalogs.get(row[GEONAMEID], []))
            population = int(row[POPULATION] or 0)
            if code in units.records:
                units.records[code]["population"] += population
            places.append((row, lon, lat, code, names, population))

    db = sqlite3.connect(args.out)
    db.executescript("PRAGMA journal_mode = OFF; PRAGMA page_size = 4096;" + SCHEMA)
    info = {"format": "conflictmap-gazetteer", "format_version": "1", "source": args.source,
            "licence": "GeoNames data CC BY 4.0 (credit GeoNames); libgeonames-common catalogs CC BY 4.0",
            "built": datetime.date.today().isoformat(),
            "admin_code": "ISO 3166-2 code of the containing admin-1 unit (nearest within %.2f degrees)"
                          % NEAR_UNIT_DEGREES}
    db.executemany("INSERT INTO gazetteer_info VALUES (?, ?)", sorted(info.items()))
    entry_id = 0
    for code, unit in sorted(units.records.items()):
        entry_id += 1
        names = [(name, lang, script_of(name)) for name, lang in unit["names"]]
        db.execute("INSERT INTO entries VALUES (?, 'admin_unit', NULL, ?, ?, ?, ?, ?, 'ADM1', ?, ?)",
                   (entry_id, unit["english"] or code, local_name(unit["country"], names, unit["english"] or code),
                    unit["lon"], unit["lat"], unit["country"], unit["population"], code))
        db.executemany("INSERT INTO names VALUES (?, ?, ?, ?)", [(entry_id,) + n for n in names])
    for row, lon, lat, code, names, population in places:
        entry_id += 1
        db.execute("INSERT INTO entries VALUES (?, 'place', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (entry_id, int(row[GEONAMEID]), row[NAME], local_name(row[COUNTRY], names, row[NAME]), lon, lat,
                    row[COUNTRY], row[FEATURE_CODE], population, code))
        db.executemany("INSERT INTO names VALUES (?, ?, ?, ?)", [(entry_id,) + n for n in names])
    db.commit()
    db.execute("VACUUM")
    db.close()
    print("gazetteer: %d admin units, %d places" % (len(units.records), len(places)))


if __name__ == "__main__":
    main()
