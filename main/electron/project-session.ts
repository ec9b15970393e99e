// The desktop app's one open project, on top of the shared ProjectSession (main/session): opened
// from the command line, the Open/New/Save As dialogs, or the demo in the user's data folder
// (the same demo file the browser mode opens). Every switch leaves the previous project open if
// it fails. The file work itself (written beside the target and renamed into place) is the
// application layer's (main/app/project.ts).
import { resolve } from 'node:path';
import { createProjectReplacing, ensureDemoProject, openProjectFile, saveProjectCopy, type OpenProject } from '../app/project.js';
import { ProjectSession } from '../session/session.js';

export class DesktopProjectSession {
  private readonly session = new ProjectSession();

  constructor(private readonly demoPath: string) {}

  /** The open project; throws ApiError('no-project') when there is none. */
  current(): OpenProject {
    return this.session.project();
  }

  get path(): string | null {
    return this.session.path;
  }

  /** Computes what the page asks for first (main/session ProjectSession.prepareOpen). */
  prepareOpen(): void {
    void this.session.prepareOpen();
  }

  /** Resolves once the floor being prepared is done (ProjectSession.prepared). */
  prepared(): Promise<void> {
    return this.session.prepared();
  }

  /** Opens an existing project file (migrating an older one). */
  open(path: string): OpenProject {
    let opened: OpenProject;
    try {
      opened = openProjectFile(path);
    } catch (e) {
      // Some SQLite errors ("file is not a database") do not say which file.
      const message = e instanceof Error ? e.message : String(e);
      throw new Error(message.includes(path) ? message : `${path}: ${message}`);
    }
    this.session.replace(path, opened.db);
    return this.current();
  }

  /** Creates a new project (schema and built-in catalog) at `path`, replacing a file the user
   * chose to overwrite in the save dialog, and opens it. */
  create(path: string): OpenProject {
    if (this.isOpen(path)) this.session.close();
    createProjectReplacing(path);
    return this.open(path);
  }

  /** Writes a compact copy of the open project (undo history included) to `path` and switches to it. */
  saveAs(path: string): OpenProject {
    const current = this.current();
    if (this.isOpen(path)) return current;
    saveProjectCopy(current, path);
    return this.open(path);
  }

  /** Opens the demo project, creating it with the demo hall on first use. */
  openDemo(): OpenProject {
    ensureDemoProject(this.demoPath);
    return this.open(this.demoPath);
  }

  close(): void {
    this.session.close();
  }

  private isOpen(path: string): boolean {
    return this.path !== null && resolve(this.path) === resolve(path);
  }
}
