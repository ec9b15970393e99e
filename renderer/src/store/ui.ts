// What the user is looking at and doing: camera, tool, selection, hover, the open rack, canvas
// highlights from panels, toasts. Nothing here is saved in the project.
import { create } from 'zustand';
import type { Id, Rotation } from '../../../core/model/entities.js';
import { DEFAULT_TRAY, type TraySpec } from './tray-spec.js';

export type SelectableKind = 'rack' | 'tray' | 'cable' | 'device' | 'row' | 'port' | 'cdu';
export interface Ref {
  kind: SelectableKind;
  id: Id;
}
export type ToolName = 'select' | 'place-rack' | 'draw-tray' | 'draw-cable' | 'pan';

/** screen = world(mm) * scale + (x, y); scale is CSS px per mm. */
export interface Camera {
  x: number;
  y: number;
  scale: number;
}

export interface Highlight {
  /** Racks, trays and cables are drawn on the floor plan; devices, ports and cables also in elevations. */
  kind: 'rack' | 'cable' | 'tray' | 'device' | 'port';
  id: Id;
  color: string;
}

export interface Toast {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

export interface RackPreset {
  id: string;
  label: string;
  widthMm: number;
  depthMm: number;
  heightU: number;
  /** The budget a new rack of this preset gets, W (the rack-power check needs one). */
  powerBudgetW: number;
  /** Where the budget comes from. */
  budgetSource?: string;
}

export const RACK_PRESETS: RackPreset[] = [
  {
    id: '600x1200-48u', label: '600 × 1200 mm, 48U, 42 kW (GPU)', widthMm: 600, depthMm: 1200, heightU: 48, powerBudgetW: 42_000,
    // the demo hall's GPU rack: 4 x DGX H100 at 10.2 kW maximum = 40.8 kW (NVIDIA DGX H100 user guide, system specifications)
    budgetSource: '4 × DGX H100 at 10.2 kW maximum (NVIDIA DGX H100 user guide), rounded up',
  },
  {
    id: '800x1200-52u', label: '800 × 1200 mm, 52U, 12 kW (network)', widthMm: 800, depthMm: 1200, heightU: 52, powerBudgetW: 12_000,
    // estimate (the demo hall's network racks): 3 x NVIDIA QM9700 at 1,720 W maximum (catalog, NVIDIA
    // datasheet) = 5.2 kW, plus their optics, with room to spare; not a vendor figure
    budgetSource: 'estimate: 3 × QM9700 at 1.72 kW maximum plus optics, with room to spare (as the demo hall’s network racks)',
  },
];

export interface UiState {
  /** True until the project is in (start.tsx): the shell is shown meanwhile, the plan is not drawn and takes no input. */
  opening: boolean;
  hallId: Id | null;
  camera: Camera;
  viewport: { width: number; height: number };
  tool: ToolName;
  rackPreset: RackPreset;
  /** Rotation of the rack about to be placed (R turns it). */
  placeRotation: Rotation;
  traySpec: TraySpec;
  selection: Ref[];
  hover: Ref | null;
  /** Cursor on the floor, mm; null when off the canvas. */
  cursorMm: { x: number; y: number } | null;
  openRackId: Id | null;
  /** Racks shown side by side in the elevation (every rack a link's channel passes, A end first), or null: the open rack alone. */
  elevRacks: Id[] | null;
  highlights: Record<string, Highlight[]>;
  toasts: Toast[];
  helpOpen: boolean;
  activePanel: string;
  /** Port A of a cable being drawn in the elevations. */
  cableStart: Id | null;
  /** Zoom of the rack elevation, 1 = fit the window's height. */
  elevZoom: number;
  /** What a tool is in the middle of, for the status bar (e.g. "Tray: 3 points"), or null. */
  drawing: string | null;
  setCamera(c: Camera): void;
  setViewport(width: number, height: number): void;
  setTool(t: ToolName): void;
  setRackPreset(p: RackPreset): void;
  setPlaceRotation(r: Rotation): void;
  setTraySpec(t: TraySpec): void;
  select(refs: Ref[], mode?: 'replace' | 'toggle' | 'add'): void;
  setHover(r: Ref | null): void;
  setCursor(p: { x: number; y: number } | null): void;
  openRack(id: Id | null): void;
  /** Opens the elevations of several racks side by side (the first is the open rack); one rack opens it alone. */
  openRacks(ids: Id[]): void;
  setHighlights(sourceId: string, items: Highlight[]): void;
  toast(kind: Toast['kind'], text: string): void;
  dismissToast(id: number): void;
  setHelp(open: boolean): void;
  setActivePanel(id: string): void;
  setCableStart(portId: Id | null): void;
  setElevZoom(z: number): void;
  setDrawing(text: string | null): void;
  setHall(id: Id | null): void;
}

export const ELEV_ZOOM_MAX = 8;

let toastSeq = 0;
const same = (a: Ref, b: Ref) => a.kind === b.kind && a.id === b.id;

export const useUi = create<UiState>()((set, get) => ({
  opening: true,
  hallId: null,
  camera: { x: 40, y: 40, scale: 0.05 },
  viewport: { width: 800, height: 600 },
  tool: 'select',
  rackPreset: RACK_PRESETS[0]!,
  placeRotation: 0,
  traySpec: DEFAULT_TRAY,
  selection: [],
  hover: null,
  cursorMm: null,
  openRackId: null,
  elevRacks: null,
  highlights: {},
  toasts: [],
  helpOpen: false,
  activePanel: 'inspector',
  cableStart: null,
  elevZoom: 1,
  drawing: null,
  setCamera: (camera) => set({ camera }),
  // The same size again (the resize observer's first call) is no change: no redraw.
  setViewport: (width, height) => set((s) => (s.viewport.width === width && s.viewport.height === height ? s : { viewport: { width, height } })),
  setTool: (tool) => set({ tool }),
  setRackPreset: (rackPreset) => set({ rackPreset }),
  setPlaceRotation: (placeRotation) => set({ placeRotation }),
  setTraySpec: (traySpec) => set({ traySpec }),
  select(refs, mode = 'replace') {
    if (mode === 'replace') return set({ selection: refs });
    const cur = get().selection;
    if (mode === 'add') return set({ selection: [...cur, ...refs.filter((r) => !cur.some((c) => same(c, r)))] });
    let next = cur;
    for (const r of refs) next = next.some((c) => same(c, r)) ? next.filter((c) => !same(c, r)) : [...next, r];
    set({ selection: next });
  },
  setHover: (hover) => {
    const cur = get().hover;
    if (cur === hover || (cur && hover && same(cur, hover))) return;
    set({ hover });
  },
  setCursor: (cursorMm) => set({ cursorMm }),
  // The inspector follows the elevation: opening a rack selects it, unless the selection is what
  // the elevation shows (devices, ports, cables, as a panel's "Show" selects them) or the rack itself.
  openRack(openRackId) {
    if (openRackId == null) return set({ openRackId, elevRacks: null });
    const sel = get().selection;
    const keep = sel.length > 0 && sel.every((r) => r.kind === 'device' || r.kind === 'port' || r.kind === 'cable' || (r.kind === 'rack' && r.id === openRackId));
    // Each rack opens fitted to the window (marked ports may zoom it in: ElevationView).
    const zoom = openRackId !== get().openRackId ? { elevZoom: 1 } : {};
    set({ openRackId, elevRacks: null, ...zoom, ...(keep ? {} : { selection: [{ kind: 'rack', id: openRackId }] }) });
  },
  openRacks(ids) {
    const unique = [...new Set(ids)];
    if (unique.length < 2) return get().openRack(unique[0] ?? null);
    // what is lit stays selected (the channel's cable or port): the racks are opened to show it
    set({ openRackId: unique[0]!, elevRacks: unique, elevZoom: 1 });
  },
  setHighlights(sourceId, items) {
    const next = { ...get().highlights };
    if (items.length) next[sourceId] = items;
    else delete next[sourceId];
    set({ highlights: next });
  },
  toast(kind, text) {
    const t = { id: ++toastSeq, kind, text };
    set({ toasts: [...get().toasts.slice(-3), t] });
    setTimeout(() => get().dismissToast(t.id), kind === 'error' ? 8000 : 4000);
  },
  dismissToast: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
  setHelp: (helpOpen) => set({ helpOpen }),
  setActivePanel: (activePanel) => set({ activePanel }),
  setCableStart: (cableStart) => set({ cableStart }),
  setElevZoom: (z) => set({ elevZoom: Math.min(ELEV_ZOOM_MAX, Math.max(1, Math.round(z * 4) / 4)) }),
  setDrawing: (drawing) => {
    if (get().drawing !== drawing) set({ drawing });
  },
  setHall: (hallId) => set({ hallId }),
}));

export const isSelected = (sel: Ref[], kind: SelectableKind, id: Id) => sel.some((r) => r.kind === kind && r.id === id);
