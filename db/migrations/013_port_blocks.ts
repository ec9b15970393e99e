// A panel's front ports kept as one block (docs/fabrics.md, "The model change, step by step",
// step 3): the template at port_templates.position p of the device's type is port first_id + p.
// Only front-port templates are derived; the type's rear ports stay rows at the same ids. port_view
// shows both, so every reader sees the rows it saw before.
//
// cables is rebuilt without `REFERENCES ports(id)` on its two ends: a jumper's front end may be a
// derived port, which the ports table does not hold (foreign keys are on, so restoring a generated
// hall's cables on redo would fail). Edits still cascade deletes explicitly (db/edits.ts).
export const sql = `
CREATE TABLE port_blocks (
  device_id INTEGER PRIMARY KEY REFERENCES devices(id) ON DELETE CASCADE,
  first_id INTEGER NOT NULL UNIQUE
);

DROP VIEW cable_view;
DROP VIEW port_view;
CREATE TABLE cables_013 (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL UNIQUE,
  a_port_id INTEGER NOT NULL,
  b_port_id INTEGER NOT NULL,
  media_id TEXT REFERENCES media(id),
  optic_a TEXT REFERENCES media(id),
  optic_b TEXT REFERENCES media(id),
  length_mm INTEGER,
  routed_mm INTEGER,
  ordered_mm INTEGER,
  route TEXT,
  status TEXT NOT NULL DEFAULT 'planned',
  polarity TEXT CHECK (polarity IS NULL OR polarity IN ('A','B','C')),
  assembly_id TEXT,
  leg INTEGER CHECK (leg IS NULL OR leg > 0)
);
INSERT INTO cables_013 (id, label, a_port_id, b_port_id, media_id, optic_a, optic_b, length_mm, routed_mm, ordered_mm, route, status, polarity, assembly_id, leg)
  SELECT id, label, a_port_id, b_port_id, media_id, optic_a, optic_b, length_mm, routed_mm, ordered_mm, route, status, polarity, assembly_id, leg FROM cables;
DROP TABLE cables;
ALTER TABLE cables_013 RENAME TO cables;
CREATE INDEX cables_a ON cables(a_port_id);
CREATE INDEX cables_b ON cables(b_port_id);
CREATE INDEX cables_assembly ON cables(assembly_id) WHERE assembly_id IS NOT NULL;

CREATE VIEW cable_view AS SELECT * FROM cables;
CREATE VIEW port_view AS
  SELECT id, device_id, name, kind, form_factor, speed_gbps, lanes, face, rear_port, rear_position, positions FROM ports
  UNION ALL
  SELECT b.first_id + t.position, b.device_id, t.name, t.kind, t.form_factor, t.speed_gbps, t.lanes, t.face, t.rear_port, t.rear_position, t.positions
  FROM port_blocks b JOIN devices d ON d.id = b.device_id JOIN port_templates t ON t.device_type_id = d.type_id AND t.kind = 'front-port';
`;
