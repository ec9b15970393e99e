// The browser mode's project files: the folder the server was started with, and switching the
// session's open project to one of its files by name (New, Open, Open recent, Save as). Each switch
// leaves the previous project open when it fails.
import { basename } from 'node:path';
import type { ProjectFilesList, ProjectSwitched } from '../../core/api/files.js';
import { createProject, openProjectFile, saveProjectCopy } from '../app/project.js';
import { existingProjectFile, listProjectFiles, newProjectFile, noteRecent, readRecent } from '../app/project-files.js';
import type { ProjectFiles } from '../handlers/context.js';
import type { ProjectSession } from './session.js';

export class ProjectFolder implements ProjectFiles {
  constructor(
    readonly folder: string,
    private readonly session: ProjectSession,
    private readonly dataDir: string,
  ) {
    if (session.path) noteRecent(dataDir, session.path);
  }

  list(): ProjectFilesList {
    return listProjectFiles(this.folder, this.session.path, readRecent(this.dataDir));
  }

  open(name: string): ProjectSwitched {
    return this.switchTo(existingProjectFile(this.folder, name));
  }

  create(name: string): ProjectSwitched {
    const path = newProjectFile(this.folder, name);
    createProject(path);
    return this.switchTo(path);
  }

  saveAs(name: string): ProjectSwitched {
    const path = newProjectFile(this.folder, name);
    saveProjectCopy(this.session.project(), path);
    return this.switchTo(path);
  }

  private switchTo(path: string): ProjectSwitched {
    const opened = openProjectFile(path);
    this.session.replace(path, opened.db);
    noteRecent(this.dataDir, path);
    return { name: basename(path) };
  }
}
