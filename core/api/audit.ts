// Owned by the audit work; see core/README.md.
export const auditApi = {};
