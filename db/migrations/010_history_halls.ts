// Undo that never surprises (issue 18): each history step names the hall it changed (the view goes
// there on undo/redo) and whether it created or deleted a hall (undoing that asks first). Compact
// steps record the id ranges they added (`inserted`) or the hall they deleted (`deleted_hall`)
// instead of row images; the rows an undo takes out are kept aside in history_aside until redone.
// Numbered 010, not 007: other branches add 007-009.
export const sql = `
ALTER TABLE history ADD COLUMN hall_id INTEGER;
ALTER TABLE history ADD COLUMN hall_name TEXT;
ALTER TABLE history ADD COLUMN hall_change TEXT CHECK (hall_change IN ('created','deleted'));
ALTER TABLE history ADD COLUMN inserted TEXT;
ALTER TABLE history ADD COLUMN deleted_hall INTEGER;
CREATE TABLE history_aside (
  step_id INTEGER NOT NULL,
  kind TEXT NOT NULL,
  id INTEGER NOT NULL,
  row TEXT NOT NULL
);
CREATE INDEX history_aside_step ON history_aside(step_id, kind);
`;
