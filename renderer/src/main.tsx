// Start-up, first step: a few KB that ask for the project (launch config, floor payload, history)
// at once, in parallel, while the app's code (start.tsx and all it imports: React, the plan,
// the views) is still downloading and compiling; start.tsx then waits on these answers.
import { loadConfig, makeClient } from './api/client.js';
import { askFloor } from './api/ask-floor.js';
import './styles.css';

performance.mark('trayline:main');

const client = makeClient();
const [floor, history] = askFloor(client);
const asked = { config: loadConfig(client), floor, history };
// start() awaits each; this keeps one that fails before start() is running from being reported as unhandled.
for (const p of Object.values(asked)) p.catch(() => {});

import('./start.js').then(
  (app) => app.start(client, asked),
  (e: unknown) => {
    const box = document.createElement('div');
    box.className = 'fatal';
    box.textContent = `Trayline cannot load its code: ${(e as Error).message}`;
    document.getElementById('root')!.append(box);
  },
);
