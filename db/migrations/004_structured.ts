// Structured cabling (docs/structured-cabling.md): patch-panel and cassette ports map front to
// rear port and position (NetBox front/rear ports), cables declare polarity and the assembly and
// leg of a harness or multi-leg trunk, and media describe made assemblies (trunks, harnesses,
// jumpers: legs, polarity, how they are made to length and priced per assembly).
export const sql = `
ALTER TABLE port_templates ADD COLUMN rear_port TEXT;
ALTER TABLE port_templates ADD COLUMN rear_position INTEGER;
ALTER TABLE port_templates ADD COLUMN positions INTEGER;
ALTER TABLE ports ADD COLUMN rear_port TEXT;
ALTER TABLE ports ADD COLUMN rear_position INTEGER CHECK (rear_position IS NULL OR rear_position > 0);
ALTER TABLE ports ADD COLUMN positions INTEGER CHECK (positions IS NULL OR positions > 0);
ALTER TABLE cables ADD COLUMN polarity TEXT CHECK (polarity IS NULL OR polarity IN ('A','B','C'));
ALTER TABLE cables ADD COLUMN assembly_id TEXT;
ALTER TABLE cables ADD COLUMN leg INTEGER CHECK (leg IS NULL OR leg > 0);
CREATE INDEX cables_assembly ON cables(assembly_id) WHERE assembly_id IS NOT NULL;
ALTER TABLE media ADD COLUMN assembly TEXT;
`;
