// The right-hand panel tabs. Each panel is a file panels/<Name>Panel.tsx exporting a component; add
// it here with ONE line (see README.md). The Inspector is built in and always comes first.
// Each panel's code is loaded when its tab is first shown (shell/lazy-view.ts).
import { lazyView, LOADING, type LazyView } from '../shell/lazy-view.js';

export interface PanelDef {
  /** Stable id, used by showPanel(id). */
  id: string;
  /** Tab title, short. */
  title: string;
  component: LazyView<object>;
}

export const panels: PanelDef[] = [
  { id: 'catalog', title: 'Catalog', component: lazyView(() => import('./CatalogPanel.js').then((m) => m.CatalogPanel), LOADING) },
  { id: 'fabric', title: 'Fabric', component: lazyView(() => import('./FabricPanel.js').then((m) => m.FabricPanel), LOADING) },
  { id: 'checks', title: 'Checks', component: lazyView(() => import('./ChecksPanel.js').then((m) => m.ChecksPanel), LOADING) },
  { id: 'audit', title: 'Audit', component: lazyView(() => import('./AuditPanel.js').then((m) => m.AuditPanel), LOADING) },
  { id: 'export', title: 'Export', component: lazyView(() => import('./ExportPanel.js').then((m) => m.ExportPanel), LOADING) },
];
