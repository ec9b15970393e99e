// Owned by the export work; see core/README.md.
export const exportApi = {};
