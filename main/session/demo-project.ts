// The built-in demo project in the user's data folder: created with the demo hall on first use,
// so starting the app without a file shows a populated hall at once.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { demoProjectPath } from './data-dir.js';
import { ProjectSession } from './session.js';

export function openDemoProject(path = demoProjectPath()): ProjectSession {
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    // Filled in by the demo generator (core/demo) once it exists.
    return ProjectSession.open(path, { create: true });
  }
  return ProjectSession.open(path);
}
