// The sub-folder rules inside core/, db/ and main/ (README.md "Where things live", main/README.md):
// the adapters (API handlers, CLI, Electron, bridge, session) reach the project only through the
// application layer main/app; exporters and audit I/O never touch db/; only core/api is the
// transport contract. eslint.config.js holds the same rules for editors and `npm run lint`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importsOf, rel, sources, target } from './source-files.js';

interface SubRule {
  what: string;
  /** Root-relative folders whose files the rule covers. */
  folders: string[];
  except?: string[];
  /** Root-relative folders those files must not import from. */
  never: string[];
}

const ADAPTERS = ['main/handlers', 'main/cli', 'main/electron', 'main/bridge', 'main/session', 'main/preload'];

const RULES: SubRule[] = [
  { what: 'adapters import main/app, never db/ or the exporters directly', folders: ADAPTERS, never: ['db', 'main/export', 'main/audit'] },
  { what: 'exporters and audit I/O read through ports, never db/ or the adapters', folders: ['main/export', 'main/audit'], never: ['db', 'main/app', ...ADAPTERS] },
  { what: 'the application layer does not call its adapters', folders: ['main/app'], never: ADAPTERS },
  { what: 'core/ outside core/api does not depend on the transport contract', folders: ['core'], except: ['core/api'], never: ['core/api'] },
  { what: 'db/ does not depend on the transport contract', folders: ['db'], never: ['core/api'] },
];

const under = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

for (const rule of RULES) {
  test(rule.what, () => {
    const bad: string[] = [];
    for (const folder of rule.folders) {
      for (const file of sources(folder)) {
        const from = rel(file);
        if (rule.except?.some((e) => under(from, e))) continue;
        for (const { spec } of importsOf(file)) {
          const to = target(file, spec);
          if (to && rule.never.some((n) => under(to, n))) bad.push(`${from} imports ${spec}`);
        }
      }
    }
    assert.deepEqual(bad, []);
  });
}

test('the adapters do reach the project through main/app (the rule is not vacuous)', () => {
  const users = ['main/handlers', 'main/cli'].flatMap((f) => sources(f)).filter((file) => importsOf(file).some(({ spec }) => target(file, spec)?.startsWith('main/app/')));
  assert.ok(users.length >= 15, `only ${users.length} adapter files import main/app`);
});
