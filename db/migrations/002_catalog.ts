// Catalog detail that the first schema lacked: where a default price comes from (and whether it
// is only an estimate), the standard or MSA an optic follows, free notes, a device type's part
// number and the figures its source does not give (gaps), so the UI can ask the user for them.
export const sql = `
ALTER TABLE media ADD COLUMN standard TEXT;
ALTER TABLE media ADD COLUMN notes TEXT;
ALTER TABLE media ADD COLUMN cost_source TEXT;
ALTER TABLE media ADD COLUMN cost_estimate INTEGER NOT NULL DEFAULT 0;
ALTER TABLE device_types ADD COLUMN part_number TEXT;
ALTER TABLE device_types ADD COLUMN notes TEXT;
ALTER TABLE device_types ADD COLUMN gaps TEXT NOT NULL DEFAULT '[]';
`;
