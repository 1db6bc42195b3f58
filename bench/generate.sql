-- SPDX-FileCopyrightText: 2026 conflictmap contributors
-- SPDX-License-Identifier: GPL-3.0-or-later

-- Fills an empty conflictmap database (made by `conflictmap-cli init`) with
-- :N generated incidents, deterministically: the same N gives the same
-- rows. Each incident has 1 or 2 actors and 1 or 2 claims on 1,000 shared
-- sources, text in Arabic, Armenian, Russian and Latin, positions across
-- the Caucasus. Run as: sqlite3 DB -cmd ".parameter set :N 1000000" < generate.sql
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
PRAGMA foreign_keys = ON;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
INSERT INTO sources (id, title, url, publisher, language, published, created)
SELECT i,
       CASE i % 4 WHEN 0 THEN 'تقرير ميداني رقم ' || i WHEN 1 THEN 'Զեկույց ' || i
                  WHEN 2 THEN 'Сводка № ' || i ELSE 'Field report ' || i END,
       CASE WHEN i % 3 = 0 THEN NULL ELSE 'https://news.example/' || i END,
       CASE i % 3 WHEN 0 THEN 'Azatutyun' WHEN 1 THEN 'APA' ELSE 'وكالة الأنباء' END,
       CASE i % 4 WHEN 0 THEN 'ar' WHEN 1 THEN 'hy' WHEN 2 THEN 'ru' ELSE 'en' END,
       '2022-' || printf('%02d', 1 + i % 12),
       '2026-01-01T00:00:00Z'
FROM n;

-- Actors and claims first: their keys are checked at commit, and each
-- incident's full-text row is then written once, claims included.
WITH RECURSIVE n(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM n WHERE id < :N)
INSERT INTO incident_actors (incident_id, position, actor)
SELECT id, 0, CASE id % 2 WHEN 0 THEN 'Armed Forces of Armenia' ELSE 'Armed Forces of Azerbaijan' END FROM n;
WITH RECURSIVE n(id) AS (SELECT 3 UNION ALL SELECT id + 3 FROM n WHERE id + 3 <= :N)
INSERT INTO incident_actors (incident_id, position, actor) SELECT id, 1, 'Border guards' FROM n;

WITH RECURSIVE n(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM n WHERE id < :N)
INSERT INTO claims (incident_id, source_id, claimant, stance, quote, translation, created)
SELECT id, 1 + id % 1000, CASE id % 2 WHEN 0 THEN 'Ministry of Defence of Armenia' ELSE 'Ministry of Defence of Azerbaijan' END,
       'claims', 'قال المتحدث إن القصف استهدف مواقع ' || id, 'The spokesman said positions were shelled', '2026-01-01T00:00:00Z'
FROM n;
WITH RECURSIVE n(id) AS (SELECT 4 UNION ALL SELECT id + 4 FROM n WHERE id + 4 <= :N)
INSERT INTO claims (incident_id, source_id, claimant, stance, quote, created)
SELECT id, 1 + (id * 7) % 1000, 'Ministry of Defence of Azerbaijan', 'denies', 'Опровергаем ' || id, '2026-01-01T00:00:00Z'
FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :N)
INSERT INTO incidents (id, type, title, description, date, date_precision, date_start, date_end, lon, lat, precision,
                       region, status, fatalities, equipment, quantity, created, updated)
SELECT i,
       CASE i % 6 WHEN 0 THEN 'shelling' WHEN 1 THEN 'armed_clash' WHEN 2 THEN 'troop_movement'
                  WHEN 3 THEN 'equipment_deployment' WHEN 4 THEN 'statement' ELSE 'air_or_drone_strike' END,
       CASE i % 4 WHEN 0 THEN 'قصف مدفعي قرب الحدود ' || i WHEN 1 THEN 'Հրետակոծություն սահմանի մոտ ' || i
                  WHEN 2 THEN 'Обстрел у границы ' || i ELSE 'Shelling near the border, report ' || i END,
       CASE WHEN i % 2 = 0 THEN 'Generated incident ' || i || ': "quoted", back\slash, <tag> & ampersand.' END,
       date(julianday('2020-01-01') + (i * 7919) % 2190),
       'day',
       date(julianday('2020-01-01') + (i * 7919) % 2190),
       date(julianday('2020-01-01') + (i * 7919) % 2190),
       43.5 + ((i * 104729) % 70000) / 10000.0,
       38.5 + ((i * 15485863) % 30000) / 10000.0,
       CASE i % 3 WHEN 0 THEN 'exact' ELSE 'near' END,
       NULL,
       CASE i % 5 WHEN 0 THEN 'reported' WHEN 1 THEN 'claimed' WHEN 2 THEN 'disputed' WHEN 3 THEN 'confirmed' ELSE 'denied' END,
       CASE WHEN i % 7 = 0 THEN i % 13 END,
       CASE WHEN i % 6 = 3 THEN 'armoured vehicles' END,
       CASE WHEN i % 6 = 3 THEN 1 + i % 40 END,
       '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
FROM n;

COMMIT;
