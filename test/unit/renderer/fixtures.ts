// Small in-memory documents for the renderer's unit tests.
import type { Hall, Rack, Tray } from '../../../core/model/entities.js';
import { useDoc } from '../../../renderer/src/store/document.js';
import { DEFAULT_SETTINGS } from '../../../core/model/entities.js';

export const hall: Hall = { id: 1, name: 'H', widthMm: 12000, depthMm: 9000, tileMm: 600 };

export function rack(id: number, xMm: number, yMm: number, rotationDeg: Rack['rotationDeg'] = 0, extra: Partial<Rack> = {}): Rack {
  return {
    id, hallId: 1, rowId: null, name: `R${id}`, nameAuto: false, xMm, yMm, rotationDeg, widthMm: 600, depthMm: 1200, heightU: 48,
    powerBudgetW: 10000, feedId: null, dropTrayId: null, ...extra,
  };
}

export function tray(id: number, points: [number, number][], widthMm = 300): Tray {
  return { id, hallId: 1, name: `T-${id}`, heightMm: 2700, widthMm, depthMm: 100, points };
}

export function loadDoc(racks: Rack[], trays: Tray[] = []): void {
  useDoc.getState().load({
    schemaVersion: 1, halls: [hall], rows: [], racks, devices: [], ports: [], cables: [], trays, feeds: [], deviceTypes: [], media: [],
    settings: DEFAULT_SETTINGS,
  });
}
