// An in-row CDU stands on the floor like a rack (issue 13's closing notes: "CDUs take no floor
// space"): its centre, turn and footprint. x_mm/y_mm NULL is a unit with no place yet (an in-rack
// unit, or one made before this migration); the footprint's defaults are the default unit's,
// CoolIT's CHx2000 at 750 x 1200 mm (core/fabric/cdus.ts DEFAULT_CDU, with its source).
export const sql = `
ALTER TABLE cdus ADD COLUMN x_mm INTEGER;
ALTER TABLE cdus ADD COLUMN y_mm INTEGER;
ALTER TABLE cdus ADD COLUMN rotation_deg INTEGER NOT NULL DEFAULT 0 CHECK (rotation_deg IN (0,90,180,270));
ALTER TABLE cdus ADD COLUMN width_mm INTEGER NOT NULL DEFAULT 750 CHECK (width_mm > 0);
ALTER TABLE cdus ADD COLUMN depth_mm INTEGER NOT NULL DEFAULT 1200 CHECK (depth_mm > 0);
`;
