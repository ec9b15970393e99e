// The first schema. Lengths in mm and power in W are integers; JSON columns hold small
// structured values (points, routes, stock lengths) that are always read whole.
export const sql = `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE halls (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  width_mm INTEGER NOT NULL CHECK (width_mm > 0),
  depth_mm INTEGER NOT NULL CHECK (depth_mm > 0),
  tile_mm INTEGER NOT NULL CHECK (tile_mm > 0)
);

CREATE TABLE rows (
  id INTEGER PRIMARY KEY,
  hall_id INTEGER NOT NULL REFERENCES halls(id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('row','pod')),
  UNIQUE (hall_id, name)
);

CREATE TABLE power_feeds (
  id INTEGER PRIMARY KEY,
  hall_id INTEGER NOT NULL REFERENCES halls(id),
  name TEXT NOT NULL,
  voltage_v REAL NOT NULL,
  amps REAL NOT NULL,
  phases INTEGER NOT NULL CHECK (phases IN (1,3)),
  derate_pct REAL NOT NULL,
  UNIQUE (hall_id, name)
);

CREATE TABLE trays (
  id INTEGER PRIMARY KEY,
  hall_id INTEGER NOT NULL REFERENCES halls(id),
  name TEXT NOT NULL UNIQUE,
  height_mm INTEGER NOT NULL,
  width_mm INTEGER NOT NULL,
  depth_mm INTEGER NOT NULL,
  points TEXT NOT NULL
);

CREATE TABLE racks (
  id INTEGER PRIMARY KEY,
  hall_id INTEGER NOT NULL REFERENCES halls(id),
  row_id INTEGER REFERENCES rows(id),
  name TEXT NOT NULL UNIQUE,
  name_auto INTEGER NOT NULL DEFAULT 0,
  x_mm INTEGER NOT NULL,
  y_mm INTEGER NOT NULL,
  rotation_deg INTEGER NOT NULL CHECK (rotation_deg IN (0,90,180,270)),
  width_mm INTEGER NOT NULL,
  depth_mm INTEGER NOT NULL,
  height_u INTEGER NOT NULL,
  power_budget_w INTEGER NOT NULL,
  feed_id INTEGER REFERENCES power_feeds(id),
  drop_tray_id INTEGER REFERENCES trays(id)
);
CREATE INDEX racks_hall ON racks(hall_id);

CREATE TABLE device_types (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  manufacturer TEXT NOT NULL,
  model TEXT NOT NULL,
  role TEXT NOT NULL,
  u_height REAL NOT NULL,
  is_full_depth INTEGER NOT NULL,
  max_power_w INTEGER,
  typical_power_w INTEGER,
  weight_kg REAL,
  airflow TEXT,
  source TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('builtin','netbox','user'))
);

CREATE TABLE port_templates (
  id INTEGER PRIMARY KEY,
  device_type_id INTEGER NOT NULL REFERENCES device_types(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  form_factor TEXT NOT NULL,
  speed_gbps REAL NOT NULL,
  lanes INTEGER NOT NULL,
  face TEXT NOT NULL,
  breakouts TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX port_templates_type ON port_templates(device_type_id, position);

CREATE TABLE devices (
  id INTEGER PRIMARY KEY,
  rack_id INTEGER NOT NULL REFERENCES racks(id),
  name TEXT NOT NULL UNIQUE,
  type_id INTEGER NOT NULL REFERENCES device_types(id),
  u INTEGER NOT NULL,
  face TEXT NOT NULL CHECK (face IN ('front','rear'))
);
CREATE INDEX devices_rack ON devices(rack_id);

CREATE TABLE ports (
  id INTEGER PRIMARY KEY,
  device_id INTEGER NOT NULL REFERENCES devices(id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  form_factor TEXT NOT NULL,
  speed_gbps REAL NOT NULL,
  lanes INTEGER NOT NULL,
  face TEXT NOT NULL,
  UNIQUE (device_id, name)
);

CREATE TABLE media (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('dac','acc','aec','aoc','transceiver','fiber')),
  name TEXT NOT NULL,
  speed_gbps REAL NOT NULL,
  form_factor TEXT NOT NULL,
  lanes INTEGER NOT NULL,
  connector TEXT NOT NULL,
  fiber TEXT,
  max_reach_m REAL NOT NULL,
  power_w REAL,
  lengths_m TEXT NOT NULL DEFAULT '[]',
  unit_cost_usd REAL,
  diameter_mm REAL,
  source TEXT NOT NULL
);

CREATE TABLE cables (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL UNIQUE,
  a_port_id INTEGER NOT NULL REFERENCES ports(id),
  b_port_id INTEGER NOT NULL REFERENCES ports(id),
  media_id TEXT REFERENCES media(id),
  optic_a TEXT REFERENCES media(id),
  optic_b TEXT REFERENCES media(id),
  length_mm INTEGER,
  routed_mm INTEGER,
  ordered_mm INTEGER,
  route TEXT,
  status TEXT NOT NULL DEFAULT 'planned'
);
CREATE INDEX cables_a ON cables(a_port_id);
CREATE INDEX cables_b ON cables(b_port_id);

-- One row per undoable step. forward/inverse are JSON lists of row images (see db/history.ts).
CREATE TABLE history (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL,
  forward TEXT NOT NULL,
  inverse TEXT NOT NULL,
  undone INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
`;
