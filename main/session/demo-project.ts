// The built-in demo project in the user's data folder: created with the demo hall on first use,
// so starting the app without a file shows a populated hall at once.
import { ensureDemoProject } from '../app/project.js';
import { demoProjectPath } from './data-dir.js';
import { ProjectSession } from './session.js';

export function openDemoProject(path = demoProjectPath()): ProjectSession {
  ensureDemoProject(path);
  return ProjectSession.open(path);
}
