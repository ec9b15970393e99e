// The command table. Each command lives in its own file under commands/ and is loaded only when
// used, so `trayline info` does not pay for the exporters' libraries.
import type { Command } from './command.js';

export const COMMANDS: Record<string, () => Promise<Command>> = {
  new: async () => (await import('./commands/new.js')).default,
  info: async () => (await import('./commands/info.js')).default,
  import: async () => (await import('./commands/import.js')).default,
  export: async () => (await import('./commands/export.js')).default,
  serve: async () => (await import('./commands/serve.js')).default,
  catalog: async () => (await import('./commands/catalog.js')).default,
  route: async () => (await import('./commands/route.js')).default,
  check: async () => (await import('./commands/check.js')).default,
  generate: async () => (await import('./commands/generate.js')).default,
  compare: async () => (await import('./commands/compare.js')).default,
  'import-netbox': async () => (await import('./commands/import-netbox.js')).default,
  audit: async () => (await import('./commands/audit.js')).default,
};
