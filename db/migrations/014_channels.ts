// A generated structured link's two in-rack jumpers (interface port -> panel front at each end of
// one trunk position) kept as one `channels` row instead of two cable rows (docs/fabrics.md, "The
// model change, step by step", step 4). The row's id is the a-end jumper's cable id, b_jumper_id
// the b-end one's; cable_view shows both as the cable rows they stand for: same ids, the
// generator's labels (`dev:port/PANEL:Fn`, `PANEL:Fn/dev:port`), routes in-rack ('[]' once routed,
// NULL before). The labels are stored, without the UNIQUE index that made a jumper's cable row
// dear (test/bench/channel-insert.ts): made from the names in the view instead, they cost four
// seeks a jumper, +0.25-0.3 s on every full read of the 32k structured hall's cables, and a
// renamed catalog front would have renamed them, which a row's label never is. What a record cannot say (a fixed length, polarity, an
// assembly, two media) is a plain row: db/channels.ts materialises a record before an edit
// touches it. The fronts carry no foreign key (a panel front may be a derived port with no row in
// `ports`, port_blocks); the trunk's keeps a trunk from being deleted under its records.
// Each arm is a view of its own besides cable_view: readers that want every row in id order read
// the arms separately (an ORDER BY ... LIMIT over the UNION ALL sorts all of it per batch).
// Numbered 014: 012 and 013 are the read views and the port blocks.
export const CHANNELS_TABLE = `
CREATE TABLE channels (
  id INTEGER PRIMARY KEY,
  b_jumper_id INTEGER NOT NULL UNIQUE,
  a_port_id INTEGER NOT NULL REFERENCES ports(id),
  b_port_id INTEGER NOT NULL REFERENCES ports(id),
  trunk_id INTEGER NOT NULL REFERENCES cables(id),
  position INTEGER NOT NULL,
  a_front_id INTEGER NOT NULL,
  b_front_id INTEGER NOT NULL,
  media_id TEXT REFERENCES media(id),
  optic_a TEXT REFERENCES media(id),
  optic_b TEXT REFERENCES media(id),
  a_routed_mm INTEGER,
  b_routed_mm INTEGER,
  a_ordered_mm INTEGER,
  b_ordered_mm INTEGER,
  status TEXT NOT NULL DEFAULT 'planned',
  a_label TEXT NOT NULL,
  b_label TEXT NOT NULL
);
CREATE INDEX channels_a ON channels(a_port_id);
CREATE INDEX channels_b ON channels(b_port_id);
CREATE INDEX channels_af ON channels(a_front_id);
CREATE INDEX channels_bf ON channels(b_front_id);
CREATE INDEX channels_trunk ON channels(trunk_id);
`;

const route = (col: string) => `CASE WHEN ${col} IS NULL THEN NULL ELSE '[]' END`;

/** Both arms, in cables' column order. */
export const CHANNEL_VIEWS = `
CREATE VIEW channel_a_view AS
SELECT id, a_label AS label, a_port_id, a_front_id AS b_port_id, media_id, optic_a, NULL AS optic_b,
  NULL AS length_mm, a_routed_mm AS routed_mm, a_ordered_mm AS ordered_mm, ${route('a_routed_mm')} AS route, status, NULL AS polarity, NULL AS assembly_id, NULL AS leg
FROM channels;
CREATE VIEW channel_b_view AS
SELECT b_jumper_id AS id, b_label AS label, b_front_id AS a_port_id, b_port_id, media_id, NULL AS optic_a, optic_b,
  NULL AS length_mm, b_routed_mm AS routed_mm, b_ordered_mm AS ordered_mm, ${route('b_routed_mm')} AS route, status, NULL AS polarity, NULL AS assembly_id, NULL AS leg
FROM channels;
DROP VIEW IF EXISTS cable_view;
CREATE VIEW cable_view AS
SELECT * FROM cables UNION ALL SELECT * FROM channel_a_view UNION ALL SELECT * FROM channel_b_view;
`;

export const sql = CHANNELS_TABLE + CHANNEL_VIEWS;
