// The floor payload (what opening a project sends first, db/floor.ts) kept in the file as its JSON
// text, so opening reads one row instead of grouping every cable's route (db/floor-cache.ts). It
// is derived data, valid only at the project revision it was computed at (the file header's
// user_version, bumped by every write transaction: db/tx.ts) and for the payload format of the
// Trayline that wrote it. At most one row. Numbered 011: 007-009 are kept for other branches.
export const sql = `
CREATE TABLE floor_cache (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  revision INTEGER NOT NULL,
  format INTEGER NOT NULL,
  json BLOB NOT NULL
);
`;
