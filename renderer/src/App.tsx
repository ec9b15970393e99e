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
import { useEffect, useRef } from 'react';
import { installShortcuts } from './shell/shortcuts.js';
import { lazyView } from './shell/lazy-view.js';
import { useUi } from './store/ui.js';

const ElevationView = lazyView(() => import('./elevation/ElevationView.js').then((m) => m.ElevationView));

// The elevation's code loads when a rack is first selected (opening it is the likely next step;
// its code is then there by the time it opens), not with the first frame: a user who only looks
// at the floor never waits on it (issue 16: the open is timed to idle).
useUi.subscribe((s, prev) => {
  if (s.selection !== prev.selection && s.selection.some((r) => r.kind === 'rack')) void ElevationView.preload();
});

/** The rack elevation: mounted when a rack is first opened, then kept mounted (its auto-zoom memory lasts across closes). */
function Elevation() {
  const wanted = useUi((s) => s.openRackId != null || (s.elevRacks?.length ?? 0) > 0);
  const opened = useRef(false);
  opened.current ||= wanted;
  if (!opened.current) return null;
  return <ElevationView />;
}

export function App({ title }: { title: string }) {
  const opening = useUi((s) => s.opening);
  useEffect(() => (opening ? undefined : installShortcuts()), [opening]);
  return (
    <div className={opening ? 'app is-opening' : 'app'}>
      {opening && (
        <div className="opening" data-testid="opening">
          Opening {title}…
        </div>
      )}
      {/* inert while opening: the overlay stops the pointer, this stops Tab reaching Undo, File or Find */}
      <div className="shell" inert={opening}>
        <TopBar title={title} />
        <div className="middle">
          <ToolPalette />
          <main className="center">
            <FloorCanvas />
            <Legend />
            <Elevation />
          </main>
          <RightPanel />
        </div>
        <StatusBar />
      </div>
      <Toasts />
      <HelpPanel />
      <ConfirmDialog />
      <ProjectFilesDialog />
    </div>
  );
}
