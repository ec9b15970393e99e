// The built-in demo project in the user's data folder: created with the demo hall on first use,
// so starting the app without a file shows a populated hall at once.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createProject } from './create-project.js';
import { demoProjectPath } from './data-dir.js';
import { ProjectSession } from './session.js';

export function openDemoProject(path = demoProjectPath()): ProjectSession {
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    createProject(path, { demo: true });
  }
  return ProjectSession.open(path);
}
