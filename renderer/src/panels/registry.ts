// The right-hand panel tabs. Each panel is a file panels/<Name>Panel.tsx exporting a component; add
// it here with ONE line (see README.md). The Inspector is built in and always comes first.
import type { ComponentType } from 'react';
import { CatalogPanel } from './CatalogPanel.js';
import { ChecksPanel } from './ChecksPanel.js';
import { FabricPanel } from './FabricPanel.js';
import { AuditPanel } from './AuditPanel.js';
import { ExportPanel } from './ExportPanel.js';

export interface PanelDef {
  /** Stable id, used by showPanel(id). */
  id: string;
  /** Tab title, short. */
  title: string;
  component: ComponentType;
}

export const panels: PanelDef[] = [
  { id: 'catalog', title: 'Catalog', component: CatalogPanel },
  { id: 'fabric', title: 'Fabric', component: FabricPanel },
  { id: 'checks', title: 'Checks', component: ChecksPanel },
  { id: 'audit', title: 'Audit', component: AuditPanel },
  { id: 'export', title: 'Export', component: ExportPanel },
];
