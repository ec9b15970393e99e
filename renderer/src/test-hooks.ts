// Hooks for the end-to-end tests, installed only when the server runs with --test-hooks
// (GET /api/config says testHooks). Read-only: tests drive the app with real mouse and keyboard
// events and use these to find where to click and to wait without sleeping.
import { worldToScreen } from './canvas/camera.js';
import { floorView } from './canvas/floor-view.js';
import { editsSettled, pendingEdits } from './store/edits.js';
import { useDoc } from './store/document.js';
import { detailPending, detailSettled } from './store/detail.js';
import { useUi } from './store/ui.js';
import { elevationLaidOut, elevationLayout } from './elevation/ready.js';
import { lazyViewsLoaded, lazyViewsPending } from './shell/lazy-view.js';
import { checksSettled, useChecks } from './panels/checks-store.js';

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

export interface TraylineTestHooks {
  worldToScreen(xM: number, yM: number): { x: number; y: number };
  idle(): Promise<void>;
  /** Resolves when a rack's elevation is open, laid out at its final size and zoom, with no edit pending. */
  elevationReady(): Promise<{ rackId: number; uPx: number }>;
  drawn(): { racks: number; traySegments: number; cableStrands: number; trunks: number; drops: number; bundleLabels: number; rackNames: number; rowNames: string[]; draws: number; lastDrawMs: number; partsMs: Record<string, number> };
  counts(): {
    racks: number; trays: number; devices: number; cables: number; detail: 'floor' | 'full';
    total: { devices: number; ports: number; cables: number };
  };
  camera(): { x: number; y: number; scale: number };
  selection(): { kind: string; id: number }[];
  rackNames(): string[];
  /** Cables per tray segment of the hall on screen, as the plan draws them (floor counts or the whole model's routes). */
  bundles(): { trayId: number; seg: number; count: number }[];
  /** Start-up phases, ms since navigation start. */
  timings(): Record<string, number>;
  rackByName(name: string): { id: number; xM: number; yM: number; rotationDeg: number; widthM: number; depthM: number } | null;
}

declare global {
  interface Window {
    __traylineTest?: TraylineTestHooks;
  }
}

export function installTestHooks(): void {
  window.__traylineTest = {
    worldToScreen(xM, yM) {
      const host = document.querySelector('[data-testid="floor"]')!.getBoundingClientRect();
      const p = worldToScreen(useUi.getState().camera, xM * 1000, yM * 1000);
      return { x: host.left + p.x, y: host.top + p.y };
    },
    async idle() {
      for (;;) {
        await editsSettled();
        await detailSettled();
        await lazyViewsLoaded();
        // (once started, the checks bring the routes of what an edit added or moved: a trunk made
        // by hand is drawn in the trays when its check update lands)
        await checksSettled();
        await frame();
        await frame();
        const view = floorView();
        const drawn = !!view && view.frame.draws > 0 && !view.pending();
        if (pendingEdits() === 0 && useDoc.getState().loaded && drawn && !detailPending() && !lazyViewsPending() && useChecks.getState().pending === 0) {
          if (!performance.getEntriesByName('trayline:idle').length) performance.mark('trayline:idle');
          return;
        }
      }
    },
    async elevationReady() {
      for (;;) {
        await editsSettled();
        await detailSettled();
        await lazyViewsLoaded();
        await elevationLaidOut();
        await frame();
        const l = elevationLayout();
        if (l && useUi.getState().openRackId === l.rackId && pendingEdits() === 0 && !detailPending()) return { ...l };
      }
    },
    drawn() {
      const f = floorView()?.frame;
      const s = f?.stats;
      return {
        racks: s?.racks ?? 0, traySegments: s?.segs ?? 0, cableStrands: s?.strands ?? 0, trunks: s?.trunks ?? 0, drops: s?.drops ?? 0,
        bundleLabels: s?.labels ?? 0, rackNames: s?.rackNames ?? 0, rowNames: s?.rowNames ?? [], draws: f?.draws ?? 0, lastDrawMs: f?.lastDrawMs ?? 0,
        partsMs: { floor: f?.floorMs ?? 0, ...(s?.ms ?? {}) },
      };
    },
    counts() {
      const d = useDoc.getState();
      // In floor mode (store/detail.ts) the maps hold what was fetched; `total` is the project's.
      return {
        racks: d.rack.size, trays: d.tray.size, devices: d.device.size, cables: d.cable.size, detail: d.detail,
        total: d.floor?.counts ?? { devices: d.device.size, ports: d.port.size, cables: d.cable.size },
      };
    },
    camera: () => ({ ...useUi.getState().camera }),
    selection: () => useUi.getState().selection.map((r) => ({ ...r })),
    bundles: () => (floorView()?.scene().segs ?? []).map((s) => ({ trayId: s.trayId, seg: s.seg, count: s.count })),
    timings() {
      const out: Record<string, number> = {};
      for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('trayline:')) out[m.name.slice(9)] = Math.round(m.startTime);
      // The snapshot request: sent, first byte (the server's work), last byte (transfer).
      const snap = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/api/project.snapshot')) as PerformanceResourceTiming | undefined;
      if (snap) {
        out['snapshot-request'] = Math.round(snap.requestStart || snap.startTime);
        out['snapshot-first-byte'] = Math.round(snap.responseStart);
        out['snapshot-last-byte'] = Math.round(snap.responseEnd);
        out['snapshot-bytes'] = snap.transferSize || snap.encodedBodySize;
      }
      // The floor payload's request: sent, first byte, last byte.
      const floor = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/api/project.floor')) as PerformanceResourceTiming | undefined;
      if (floor) {
        out['floor-request'] = Math.round(floor.requestStart || floor.startTime);
        out['floor-first-byte'] = Math.round(floor.responseStart);
        out['floor-last-byte'] = Math.round(floor.responseEnd);
      }
      const f = floorView()?.frame;
      if (f?.firstDrawMs) out['first-draw-ms'] = Math.round(f.firstDrawMs);
      if (f?.firstDrawAt) out['first-draw'] = Math.round(f.firstDrawAt);
      if (f?.sceneMs) out['scene-build-ms'] = Math.round(f.sceneMs);
      return out;
    },
    rackNames: () => [...useDoc.getState().rack.values()].map((r) => r.name),
    rackByName(name) {
      for (const r of useDoc.getState().rack.values()) {
        if (r.name === name) return { id: r.id, xM: r.xMm / 1000, yM: r.yMm / 1000, rotationDeg: r.rotationDeg, widthM: r.widthMm / 1000, depthM: r.depthMm / 1000 };
      }
      return null;
    },
  };
}
