// Hooks for the end-to-end tests, installed only when the server runs with --test-hooks.
export function installTestHooks(): void {}
