import { TopBar } from './shell/TopBar.js';
import { ToolPalette } from './shell/ToolPalette.js';
import { StatusBar } from './shell/StatusBar.js';
import { RightPanel } from './shell/RightPanel.js';
import { Toasts } from './shell/Toasts.js';
import { HelpPanel } from './shell/HelpPanel.js';
import { ConfirmDialog } from './shell/ConfirmDialog.js';
import { ProjectFilesDialog } from './shell/ProjectFiles.js';
import { FloorCanvas } from './canvas/FloorCanvas.js';
import { Legend } from './shell/Legend.js';
import { ElevationView } from './elevation/ElevationView.js';
import { useEffect } from 'react';
import { installShortcuts } from './shell/shortcuts.js';

export function App({ title }: { title: string }) {
  useEffect(() => installShortcuts(), []);
  return (
    <div className="app">
      <TopBar title={title} />
      <div className="middle">
        <ToolPalette />
        <main className="center">
          <FloorCanvas />
          <Legend />
          <ElevationView />
        </main>
        <RightPanel />
      </div>
      <StatusBar />
      <Toasts />
      <HelpPanel />
      <ConfirmDialog />
      <ProjectFilesDialog />
    </div>
  );
}
