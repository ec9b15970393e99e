// A project opened as the app opens it (a ProjectSession over the file), for one test: the route
// fixture (test/cli/route-fixture.ts) unless a file is given.
import { openProject } from '../../db/open.js';
import { ProjectSession } from '../../main/session/session.js';
import { buildRouteProject } from '../cli/route-fixture.js';

export type TestContext = ReturnType<ProjectSession['context']>;
export type TestDb = ReturnType<ProjectSession['project']>['db'];

export async function withProject(fn: (ctx: TestContext, db: TestDb, file: string) => Promise<void>, file: string = buildRouteProject()): Promise<void> {
  const session = new ProjectSession({ path: file, db: openProject(file) });
  try {
    await fn(session.context(), session.project().db, file);
  } finally {
    session.close();
  }
}
