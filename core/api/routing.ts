// Owned by the routing work; see core/README.md.
export const routingApi = {};
