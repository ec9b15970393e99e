// Owned by the catalog work; see core/README.md.
export const catalogApi = {};
