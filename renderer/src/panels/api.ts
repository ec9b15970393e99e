// Everything a panel may use. Import from here only (not from store/ or canvas/ internals), so the
// shell can change underneath without breaking panels. See README.md in this folder.
import { useEffect } from 'react';
import type { ApiClient } from '../../../core/api/index.js';
import { apiClient } from '../api/session.js';
import { useUi, type Highlight, type Ref } from '../store/ui.js';
import { zoomTo, zoomToFit } from '../actions/navigate.js';
import { floorView } from '../canvas/floor-view.js';
import type { Id, Rack } from '../../../core/model/entities.js';

export { useDoc, devicesByRack, portsByDevice, cablesByPort, type DocState } from '../store/document.js';
export { applyEdit, undo, redo, loadProject } from '../store/edits.js';
export { smallProject } from '../store/detail.js';
export { checksRunning, setChecksRunning } from '../store/edit-routes.js';
export { CallError } from '../api/client.js';
export type { Highlight, Ref } from '../store/ui.js';
export { zoomTo, zoomToFit } from '../actions/navigate.js';
export { useHallCounts } from '../store/hall-counts.js';

/** The API client (Electron preload or loopback bridge). */
export function useApi(): ApiClient {
  return apiClient();
}

/** The current selection, re-rendering when it changes. */
export function useSelection(): Ref[] {
  return useUi((s) => s.selection);
}

/** Selects objects on the canvas and in the inspector; `zoom` also frames them. */
export function select(refs: Ref[], opts: { zoom?: boolean } = {}): void {
  useUi.getState().select(refs);
  if (opts.zoom) zoomTo(refs);
}

/**
 * Draws coloured outlines on the canvas for objects under `sourceId` (one id per panel feature,
 * e.g. "checks"); an empty list removes them. Replaces the source's previous highlights.
 */
export function setHighlights(sourceId: string, items: Highlight[]): void {
  useUi.getState().setHighlights(sourceId, items);
}

/** setHighlights bound to a component's life: cleared when the component unmounts. */
export function useHighlights(sourceId: string, items: Highlight[]): void {
  useEffect(() => {
    setHighlights(sourceId, items);
    return () => setHighlights(sourceId, []);
  }, [sourceId, items]);
}

/** A message at the bottom of the window. */
export function toast(kind: 'error' | 'info', text: string): void {
  useUi.getState().toast(kind, text);
}

/** The hall the canvas shows. */
export function useHallId(): number | null {
  return useUi((s) => s.hallId);
}

/** Opens a rack's elevation (null closes it). */
export function openRack(id: number | null): void {
  useUi.getState().openRack(id);
}

/** Calls `fn` once, when the panel `id` is first the active one (now, if it is). */
export function whenFirstShown(id: string, fn: () => void): void {
  if (useUi.getState().activePanel === id) return fn();
  const unsubscribe = useUi.subscribe((s) => {
    if (s.activePanel !== id) return;
    unsubscribe();
    fn();
  });
}

/** Brings a registered panel's tab to the front. */
export function showPanel(id: string): void {
  useUi.getState().setActivePanel(id);
}

/** Shows a hall on the floor plan (closing an open elevation) and zooms to fit it. */
export function showHall(hallId: Id): void {
  const ui = useUi.getState();
  if (ui.openRackId != null) ui.openRack(null);
  if (ui.hallId !== hallId) ui.setHall(hallId);
  zoomToFit();
}

/**
 * The rack drawn under a page point (e.g. a drop's clientX/clientY) on the floor plan, through the
 * plan's spatial index; null off the plan, over something drawn above it, or on bare floor.
 */
export function rackAt(clientX: number, clientY: number): Rack | null {
  return floorView()?.rackAt(clientX, clientY) ?? null;
}
export { addDevice } from '../actions/add-device.js';
