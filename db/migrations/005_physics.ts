// Physical model (issue 14; docs/routing-and-checks.md): each rack's plinth and top heights (the
// vertical run to a tray), its B feed (A/B redundant supplies), cooling kind and capacity, CDU and
// own weight; each hall's floor rating; each tray's rated cable load; coolant distribution units;
// the single-port cage flag of port templates. A project-wide rack top the user had set becomes
// every rack's top, so its lengths do not move; the setting itself is gone.
// Defaults: core/model/physical.ts (plinth 100 mm estimate, cabinet 138 kg, tray NEMA VE 1 class A
// 74.4 kg/m).
export const sql = `
CREATE TABLE cdus (
  id INTEGER PRIMARY KEY,
  hall_id INTEGER NOT NULL REFERENCES halls(id),
  name TEXT NOT NULL,
  placement TEXT NOT NULL CHECK (placement IN ('in-row','in-rack')),
  capacity_w INTEGER NOT NULL CHECK (capacity_w > 0),
  UNIQUE (hall_id, name)
);
ALTER TABLE racks ADD COLUMN plinth_mm INTEGER NOT NULL DEFAULT 100;
ALTER TABLE racks ADD COLUMN top_mm INTEGER;
ALTER TABLE racks ADD COLUMN feed_b_id INTEGER REFERENCES power_feeds(id);
ALTER TABLE racks ADD COLUMN cooling_kind TEXT NOT NULL DEFAULT 'air' CHECK (cooling_kind IN ('air','liquid'));
ALTER TABLE racks ADD COLUMN cooling_capacity_w INTEGER NOT NULL DEFAULT 0;
ALTER TABLE racks ADD COLUMN cdu_id INTEGER REFERENCES cdus(id);
ALTER TABLE racks ADD COLUMN weight_kg REAL NOT NULL DEFAULT 138;
ALTER TABLE halls ADD COLUMN floor_rating_kg_m2 REAL;
ALTER TABLE trays ADD COLUMN rated_load_kg_per_m REAL NOT NULL DEFAULT 74.4;
ALTER TABLE port_templates ADD COLUMN single_port INTEGER NOT NULL DEFAULT 0;
UPDATE racks SET top_mm = (SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'rackTopMm')
  WHERE EXISTS (SELECT 1 FROM settings WHERE key = 'rackTopMm');
DELETE FROM settings WHERE key = 'rackTopMm';
`;
