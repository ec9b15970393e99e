// Owned by the fabric work; see core/README.md.
export const fabricApi = {};
