// The catalog browser: device types and media of the open project, with search and filters,
// the price list (editable), NetBox devicetype-library import, and device types to drag onto a
// U slot of an open rack elevation (or add to the selected rack).
import { useState } from 'react';
import { DevicesView } from './CatalogDevices.js';
import { ImportView } from './CatalogImport.js';
import { MediaView } from './CatalogMedia.js';
import './CatalogPanel.css';

type Tab = 'devices' | 'media' | 'import';

export function CatalogPanel() {
  const [tab, setTab] = useState<Tab>('devices');
  return (
    <div className="catalog" data-testid="catalog">
      <div className="catalog-tabs" role="tablist">
        {(['devices', 'media', 'import'] as const).map((t) => (
          <button key={t} role="tab" className={tab === t ? 'active' : ''} aria-selected={tab === t} onClick={() => setTab(t)} data-tab={t}>
            {t === 'devices' ? 'Device types' : t === 'media' ? 'Media & optics' : 'Import NetBox'}
          </button>
        ))}
      </div>
      {tab === 'devices' && <DevicesView />}
      {tab === 'media' && <MediaView />}
      {tab === 'import' && <ImportView />}
    </div>
  );
}

