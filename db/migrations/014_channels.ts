// A generated structured link's two in-rack jumpers (interface port -> panel front at each end of a
// trunk position) kept as one `channels` row instead of two cable rows (docs/fabrics.md, "The
// model change, step by step", step 4). The row's id is the a-end jumper's cable id and
// b_jumper_id the b-end one's: cable_view shows both as the cable rows they stand for, with the
// same ids and the labels the generator builds (`dev:port/PANEL:Fn`, `PANEL:Fn/dev:port`), made
// here from the names, so a rename shows through. Routes are in-rack: '[]' once routed, NULL
// before. What a record cannot say (a fixed length, polarity, an assembly, two media) is a plain
// row: db/compact.ts materialises a record before any edit touches it. The fronts carry no foreign
// key: panel fronts may be derived ports (port_blocks) with no row in `ports`.
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
  status TEXT NOT NULL DEFAULT 'planned'
);
CREATE INDEX channels_a ON channels(a_port_id);
CREATE INDEX channels_b ON channels(b_port_id);
CREATE INDEX channels_trunk ON channels(trunk_id);
`;
