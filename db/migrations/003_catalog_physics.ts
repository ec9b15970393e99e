// Physical facts of the catalog (issue 14): a device type's cooling, its power supplies (count,
// rating of one PSU, redundancy), whether it is a rack-scale system and its NVLink domain, its
// field-replaceable parts; per port template whether it is a management port, can drive linear
// optics, or takes fibre directly (co-packaged optics); per media whether it is LPO or LRO.
export const sql = `
ALTER TABLE device_types ADD COLUMN cooling_kind TEXT CHECK (cooling_kind IN ('air','liquid'));
ALTER TABLE device_types ADD COLUMN psu_count INTEGER;
ALTER TABLE device_types ADD COLUMN psu_rating_w INTEGER;
ALTER TABLE device_types ADD COLUMN psu_redundancy TEXT CHECK (psu_redundancy IN ('N','N+1','N+2','N+N'));
ALTER TABLE device_types ADD COLUMN rack_scale INTEGER NOT NULL DEFAULT 0;
ALTER TABLE device_types ADD COLUMN nvlink_domain_gpus INTEGER;
ALTER TABLE device_types ADD COLUMN parts TEXT NOT NULL DEFAULT '[]';
ALTER TABLE port_templates ADD COLUMN mgmt_only INTEGER NOT NULL DEFAULT 0;
ALTER TABLE port_templates ADD COLUMN lpo_capable INTEGER NOT NULL DEFAULT 0;
ALTER TABLE port_templates ADD COLUMN cpo INTEGER NOT NULL DEFAULT 0;
ALTER TABLE media ADD COLUMN linear TEXT CHECK (linear IN ('lpo','lro'));
`;
