// Start-up, second step (main.tsx asked for the project already): render the shell once the floor
// payload is in.
import { createRoot } from 'react-dom/client';
import type { ApiClient } from '../../core/api/index.js';
import { App } from './App.js';
import type { AppConfig } from './api/client.js';
import { setClient } from './api/session.js';
import { describeError } from './store/edits.js';
import type { FloorAsked } from './api/ask-floor.js';
import { openFloor } from './store/detail.js';
import { useDoc } from './store/document.js';
import { useUi } from './store/ui.js';
import { installTestHooks } from './test-hooks.js';
import { setFilesEnabled } from './shell/ProjectFiles.js';
import { startChecksIfSmall, startChecksWhenShown } from './panels/checks-store.js';

export async function start(client: ApiClient, asked: FloorAsked & { config: Promise<AppConfig> }) {
  performance.mark('trayline:code');
  const root = createRoot(document.getElementById('root')!);
  try {
    setClient(client);
    startChecksWhenShown(client);
    const config = await asked.config;
    document.title = `${config.title} — Trayline`;
    if (config.testHooks) installTestHooks();
    setFilesEnabled(!!config.files);
    performance.mark('trayline:connected');
    // The shell (bars, panels, the plan's canvases) is laid out while the project is on its way
    // (useUi's `opening` says so and holds the plan's drawing and input), so what is left once the
    // floor is in is its scene and its first draw (issue 16). React renders in a task of its own:
    // a floor already in is loaded first and the shell renders once, opened.
    root.render(<App title={config.title} />);
    const mode = new URLSearchParams(location.search).get('open');
    await openFloor(mode === 'floor' || mode === 'full' ? mode : 'auto', asked);
    performance.mark('trayline:loaded');
    const firstHall = useDoc.getState().hall.keys().next();
    useUi.getState().setHall(firstHall.done ? null : firstHall.value);
    useUi.setState({ opening: false });
    startChecksIfSmall(client);
  } catch (e) {
    root.render(
      <div className="fatal">
        <h1>Trayline cannot open the project</h1>
        <p>{describeError(e)}</p>
      </div>,
    );
  }
}
