// Imports flow one way: core <- db <- main; core <- renderer. tsconfig project references
// enforce most of it at compile time; this test also catches what a reference cannot express
// (a main/ file importing React, a renderer file importing a Node builtin through a package).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { relative } from 'node:path';
import { importsOf, root, sources, target } from './source-files.js';

const NODE = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const isNode = (s: string) => NODE.has(s) || s.startsWith('node:');
const topOf = (file: string, spec: string) => target(file, spec)!.split('/')[0];

interface Rule {
  folder: string;
  mayImportFolders: string[];
  forbidPackages: RegExp;
  node: boolean;
}

const RULES: Rule[] = [
  { folder: 'core', mayImportFolders: ['core'], forbidPackages: /^(electron|better-sqlite3|react|react-dom|react-konva|konva|exceljs|pdfkit)(\/|$)/, node: false },
  { folder: 'db', mayImportFolders: ['core', 'db'], forbidPackages: /^(electron|react|react-dom|react-konva|konva)(\/|$)/, node: true },
  { folder: 'main', mayImportFolders: ['core', 'db', 'main'], forbidPackages: /^(react|react-dom|react-konva|konva)(\/|$)/, node: true },
  { folder: 'renderer', mayImportFolders: ['core', 'renderer'], forbidPackages: /^(electron|better-sqlite3|exceljs|pdfkit)(\/|$)/, node: false },
];

for (const rule of RULES) {
  test(`${rule.folder}/ imports only what it may`, () => {
    const bad: string[] = [];
    for (const file of sources(rule.folder)) {
      if (rule.folder === 'renderer' && file.endsWith('vite.config.ts')) continue; // build tooling, runs in Node
      for (const { spec } of importsOf(file)) {
        const where = `${relative(root, file)} imports ${spec}`;
        if (spec.startsWith('.')) {
          const top = topOf(file, spec);
          if (!rule.mayImportFolders.includes(top!)) bad.push(where);
        } else if (isNode(spec)) {
          if (!rule.node) bad.push(where);
        } else if (rule.forbidPackages.test(spec)) bad.push(where);
      }
    }
    assert.deepEqual(bad, []);
  });
}
