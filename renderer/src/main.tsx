// Start-up: connect to the project (preload or loopback bridge), load it, render the shell.
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { connect } from './api/client.js';
import { setClient } from './api/session.js';
import { describeError } from './store/edits.js';
import { openFloor } from './store/detail.js';
import { useDoc } from './store/document.js';
import { useUi } from './store/ui.js';
import { installTestHooks } from './test-hooks.js';
import './styles.css';
import { setFilesEnabled } from './shell/ProjectFiles.js';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  try {
    const { client, config } = await connect();
    setClient(client);
    document.title = `${config.title} — Trayline`;
    if (config.testHooks) installTestHooks();
    setFilesEnabled(!!config.files);
    // A big project takes a while to arrive: say what is happening meanwhile.
    root.render(<div className="fatal muted">Opening {config.title}…</div>);
    performance.mark('trayline:connected');
    const mode = new URLSearchParams(location.search).get('open');
    await openFloor(mode === 'floor' || mode === 'full' ? mode : 'auto');
    performance.mark('trayline:loaded');
    const firstHall = useDoc.getState().hall.keys().next();
    useUi.getState().setHall(firstHall.done ? null : firstHall.value);
    root.render(<App title={config.title} />);
  } catch (e) {
    root.render(
      <div className="fatal">
        <h1>Trayline cannot open the project</h1>
        <p>{describeError(e)}</p>
      </div>,
    );
  }
}

void start();
