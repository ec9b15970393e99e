// ESLint (flat config): typescript-eslint's recommended rules, no runtime import cycle, and the
// folder rules of README.md's "Where things live" as import restrictions:
//   core/       pure: no Node, Electron, SQLite, React, DOM libraries; nothing from db/, main/,
//               renderer/; only core/api imports the transport contract (core/api)
//   db/         core only (never the transport contract, main/ or renderer/)
//   main/app/   the only part of main/ that imports db/
//   main/handlers, cli, electron, bridge, session, preload (the adapters): core and main/app,
//               never db/, main/export or main/audit
//   main/export, main/audit: core only (they read the project through ports main/app builds)
//   renderer/   core only: never db/, main/, Node, Electron or SQLite
// and SQL (prepare, pragma, db.function, SELECT/INSERT/DELETE/VACUUM ... text) only in db/.
// test/unit/architecture checks the same rules without ESLint.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const NODE_MSG = 'core/ and renderer/ run without Node: no Node built-ins.';
const NODE_BUILTINS = { regex: `^(node:.*|(${builtinModules.filter((m) => !m.startsWith('_')).join('|')})(/.*)?)$`, message: NODE_MSG };
const PLATFORM = {
  group: ['electron', 'electron/*', 'better-sqlite3', 'react', 'react-dom', 'react-dom/*', 'react-konva', 'konva', 'konva/*', 'exceljs', 'pdfkit', 'jszip', '@resvg/*'],
  message: 'core/ is pure: no Electron, SQLite, React, Konva or file-format libraries.',
};
const up = (folders) => `^(\\.\\./)+(${folders})/`;
const rootDirs = (from, folders) => ({ regex: up(folders), message: `${from} may not import ${folders.replaceAll('|', ', ')}/ (README.md: where things live).` });

/** `no-restricted-imports` patterns for the files of one folder. */
const restrict = (files, patterns, ignores = []) => ({ files, ignores, rules: { 'no-restricted-imports': ['error', { patterns }] } });

// Calls and text that only db/ may hold. `.exec(` is left out: regular expressions use it too.
const SQL = [
  { selector: "CallExpression[callee.property.name=/^(prepare|pragma|function|transaction|backup|serialize)$/][callee.object.name=/(^db$|Db$|^store$)/]", message: 'SQL lives in db/: call a db/ function through main/app instead.' },
  { selector: "CallExpression[callee.property.name='exec'][callee.object.name=/(^db$|Db$)/]", message: 'SQL lives in db/.' },
  { selector: 'Literal[value=/\\b(SELECT .+ FROM|INSERT INTO|DELETE FROM|UPDATE \\w+ SET|VACUUM|PRAGMA) /]', message: 'SQL text lives in db/.' },
  { selector: 'TemplateElement[value.raw=/\\b(SELECT .+ FROM|INSERT INTO|DELETE FROM|UPDATE \\w+ SET|VACUUM|PRAGMA) /]', message: 'SQL text lives in db/.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'tmp/**', '**/*.d.ts'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
      // So that the plugin parses the TypeScript files it follows (else it sees no imports there).
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
    },
    rules: {
      // Type-only imports are erased at build time; only a runtime cycle is a problem.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // `cond ? a++ : b++` counts both ways in one pass; the code uses it on purpose.
      '@typescript-eslint/no-unused-expressions': ['error', { allowTernary: true, allowShortCircuit: true }],
      // The floor view registers itself as the page's one view (`current = this`).
      '@typescript-eslint/no-this-alias': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Test doubles stand in for Electron's and the DOM's objects.
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  // ---- folder rules
  restrict(['core/**/*.ts'], [NODE_BUILTINS, PLATFORM, rootDirs('core/', 'db|main|renderer|test')]),
  restrict(['core/**/*.ts'], [NODE_BUILTINS, PLATFORM, rootDirs('core/', 'db|main|renderer|test'), { regex: up('api'), message: 'Only core/api is the transport contract: core/ imports errors from core/model/errors.ts.' }], ['core/api/**']),
  restrict(['db/**/*.ts'], [
    { group: ['electron', 'react', 'react-dom', 'react-konva', 'konva'], message: 'db/ is the project file: no Electron or React.' },
    rootDirs('db/', 'main|renderer|test'),
    { regex: '^(\\.\\./)+core/api/', message: 'db/ does not depend on the transport contract (core/api).' },
  ]),
  restrict(['main/handlers/**/*.ts', 'main/cli/**/*.ts', 'main/electron/**/*.ts', 'main/bridge/**/*.ts', 'main/session/**/*.ts', 'main/preload/**/*.ts'], [
    { regex: up('db'), message: 'Adapters (handlers, CLI, Electron, bridge, session) reach the project through main/app, never db/.' },
    { regex: up('export|audit'), message: 'Adapters call main/app, which calls the exporters and audit I/O.' },
  ]),
  restrict(['main/export/**/*.ts', 'main/audit/**/*.ts'], [
    { regex: up('db'), message: 'Exporters and audit I/O read the project through ports main/app builds, never db/.' },
    { regex: up('app|handlers|cli|electron|bridge|session'), message: 'main/export and main/audit are used by main/app, not the other way round.' },
  ]),
  restrict(['main/app/**/*.ts'], [{ regex: up('handlers|cli|electron|bridge|session|preload'), message: 'main/app is called by the adapters; it does not call them.' }]),
  restrict(['renderer/src/**/*.{ts,tsx}'], [
    NODE_BUILTINS,
    { group: ['electron', 'electron/*', 'better-sqlite3', 'exceljs', 'pdfkit'], message: 'The renderer talks to the project only through the API.' },
    rootDirs('renderer/', 'db|main|test'),
  ]),
  // ---- SQL only in db/
  { files: ['core/**/*.ts', 'main/**/*.ts', 'renderer/**/*.{ts,tsx}', 'bin/**/*.js', 'scripts/**/*.js'], rules: { 'no-restricted-syntax': ['error', ...SQL] } },
);
