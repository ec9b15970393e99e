// The floor plan: two canvases (plan-canvas.ts; content: the floor (hall, aisles, grid,
// coordinates), then trays, cables, drops, racks; overlay: selection, highlights, tool ghosts),
// each drawn by a few functions straight onto its 2D context. Pointer input is handled here and
// hit-tested against the scene's spatial indexes, then fed to the active tool. Redraws are batched
// into one requestAnimationFrame, and only the layers whose inputs changed are redrawn.
import { useDoc } from '../store/document.js';
import { useUi } from '../store/ui.js';
import { TOOLS } from '../tools/index.js';
import { selectBusy } from '../tools/select.js';
import type { Pointer, Tool, ToolHost } from '../tools/types.js';
import { screenToWorld, visibleRect, wheelCamera } from './camera.js';
import { drawCounts, drawDrops, drawFloor, drawRacks, drawTrays, drawUnrouted, newStats, PLAN_FONTS, type CountLabel, type DrawStats, type View } from './draw.js';
import { drawRackLabels, drawRowNames, layoutRowNames } from './draw-labels.js';
import { drawCduNames, drawCdus, reserveCduNames } from './draw-cdus.js';
import { LabelSpace } from './label-space.js';
import { blankOverlay, drawCableStart, drawMarks, overlayMarks } from './draw-overlay.js';
import { drawMinimap, drawMinimapBase, listenMinimap } from './minimap.js';
import { buildScene, hitRack, type Scene } from './scene.js';
import type { Rack } from '../../../core/model/entities.js';
import { fitNewHall } from '../actions/navigate.js';
import type { Camera } from '../store/ui.js';
import { cameraTransform, cssTransform, MAX_STALE_MS, SETTLE_MS, transformFits } from './gesture.js';
import { PlanStage, primedCanvas } from './plan-canvas.js';

type NativeCtx = CanvasRenderingContext2D;

export interface FrameInfo {
  /** Completed draws of the content layer. */
  draws: number;
  lastDrawMs: number;
  stats: DrawStats;
  /** When the first content draw finished (performance.now()), and the last scene build's cost. */
  firstDrawAt?: number;
  /** The first content draw's own cost (ms). */
  firstDrawMs?: number;
  sceneMs?: number;
  floorMs?: number;
}

let current: FloorView | null = null;
/** The floor view on screen (for keyboard shortcuts and test hooks). */
export const floorView = () => current;

let floorDrawn: () => void;
/** Resolves once the floor is first drawn: what is not on that frame loads after it (shell/lazy-view.ts). */
export const firstFloorFrame = new Promise<void>((resolve) => (floorDrawn = resolve));

export class FloorView implements ToolHost {
  // The floor and the content change together (any camera move redraws both), so they share one
  // canvas: one less full-size bitmap to clear and composite per frame. Drawn only by draw(), once
  // per frame, after the camera is fitted.
  private stage: PlanStage;
  private contentEl: HTMLCanvasElement;
  private overlayEl: HTMLCanvasElement;
  private sceneCache: Scene | null = null;
  private dirty = { scene: true, floor: true, content: true, overlay: true, minimap: true };
  private raf = 0;
  private unsubs: (() => void)[] = [];
  // A drag pan: where it started (page px) and the camera then.
  private pan: { px: number; py: number; cx: number; cy: number } | null = null;
  private spaceDown = false;
  private tool: Tool;
  private fitted = false;
  private visRacks: number[] = [];
  private minimapBase = primedCanvas();
  private cursorAt: { x: number; y: number } | null = null;
  private cursorRaf = 0;
  private minimapScene: Scene | null = null;
  // The camera the content canvas was last drawn with and when; the timer of the exact redraw
  // after a camera move (gesture.ts).
  private drawnCam: Camera | null = null;
  private drawnAt = 0;
  private settle = 0;
  private overlayBlank = false;
  readonly frame: FrameInfo = { draws: 0, lastDrawMs: 0, stats: newStats() };

  constructor(
    private host: HTMLDivElement,
    private minimap: HTMLCanvasElement,
  ) {
    performance.mark('trayline:view');
    const { width, height } = host.getBoundingClientRect();
    const floor = (ctx: NativeCtx) => {
      const t = performance.now();
      drawFloor(ctx, this.scene(), this.view());
      this.frame.floorMs = performance.now() - t;
    };
    this.stage = new PlanStage(host, Math.max(1, width), Math.max(1, height), [floor, (ctx) => this.drawContent(ctx)], [(ctx) => this.drawOverlay(ctx)]);
    this.stage.prime(PLAN_FONTS);
    primedCanvas(minimap);
    this.contentEl = this.stage.content.el;
    this.overlayEl = this.stage.overlay.el;
    this.contentEl.style.transformOrigin = '0 0';
    this.tool = TOOLS[useUi.getState().tool];
    useUi.getState().setViewport(width, height);

    this.unsubs.push(
      useDoc.subscribe((s, prev) => {
        if (s.rev === prev.rev) return;
        // The hall on screen went away (undo of its creation, a reload) or a first one appeared.
        const ui = useUi.getState();
        if (ui.hallId == null || !s.hall.has(ui.hallId)) {
          const first = s.hall.keys().next();
          const next = first.done ? null : first.value;
          if (next !== ui.hallId) ui.setHall(next);
        }
        this.invalidate('scene');
      }),
      useUi.subscribe((s, prev) => {
        if (s.opening !== prev.opening) this.invalidate('scene');
        if (s.viewport !== prev.viewport) this.invalidate('floor');
        else if (s.camera !== prev.camera) this.cameraMoved();
        if (s.hallId !== prev.hallId) {
          this.fitted = false;
          this.invalidate('scene');
        }
        if (s.selection !== prev.selection || s.hover !== prev.hover || s.highlights !== prev.highlights || s.cableStart !== prev.cableStart) this.invalidate('overlay');
        if (s.tool !== prev.tool) {
          this.tool.cancel?.(this);
          this.tool = TOOLS[s.tool];
          this.updateCursor();
          this.invalidate('overlay');
        }
      }),
    );
    const ro = new ResizeObserver(() => {
      const r = host.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) return;
      const { width: w, height: h } = useUi.getState().viewport;
      if (r.width === w && r.height === h) return;
      // A new size clears the canvases: drawn again now, before this frame is painted, not blank for a frame.
      this.stage.size(r.width, r.height);
      useUi.getState().setViewport(r.width, r.height);
      if (this.raf) {
        cancelAnimationFrame(this.raf);
        this.draw();
      }
    });
    ro.observe(host);
    this.unsubs.push(() => ro.disconnect());
    this.listen();
    this.updateCursor();
    current = this;
    this.invalidate('scene');
  }

  destroy(): void {
    cancelAnimationFrame(this.raf);
    cancelAnimationFrame(this.cursorRaf);
    clearTimeout(this.settle);
    for (const u of this.unsubs) u();
    this.stage.destroy();
    if (current === this) current = null;
  }

  // ToolHost
  scene(): Scene {
    if (!this.sceneCache || this.dirty.scene) {
      const t0 = performance.now();
      this.sceneCache = buildScene(useDoc.getState(), useUi.getState().hallId);
      this.frame.sceneMs = performance.now() - t0;
      this.dirty.scene = false;
    }
    return this.sceneCache;
  }

  view(): View {
    const ui = useUi.getState();
    return { cam: ui.camera, vis: visibleRect(ui.camera, ui.viewport), width: ui.viewport.width, height: ui.viewport.height };
  }

  redrawOverlay(): void {
    this.invalidate('overlay');
  }

  /** True while a redraw is scheduled (the exact one after a camera move included). */
  pending(): boolean {
    return this.raf !== 0 || this.settle !== 0;
  }

  /** The camera moved: the drawn content follows by a CSS transform until the camera settles (gesture.ts). */
  private cameraMoved(): void {
    const { camera, viewport } = useUi.getState();
    const fresh = this.drawnCam && !this.dirty.content && performance.now() - this.drawnAt < MAX_STALE_MS;
    const t = fresh ? cameraTransform(this.drawnCam!, camera) : null;
    if (!t || !transformFits(t, viewport.width, viewport.height)) return this.invalidate('floor');
    this.contentEl.style.transform = cssTransform(t);
    clearTimeout(this.settle);
    this.settle = window.setTimeout(() => {
      this.settle = 0;
      this.invalidate('floor');
    }, SETTLE_MS);
    this.dirty.minimap = true;
    // A blank overlay (nothing selected, hovered, lit or being drawn) is not redrawn (and, hidden, not composited).
    if (!(this.overlayBlank && blankOverlay(useUi.getState(), selectBusy()))) this.invalidate('overlay');
    else if (!this.raf) this.raf = requestAnimationFrame(() => this.draw());
  }

  invalidate(what: 'scene' | 'floor' | 'content' | 'overlay'): void {
    if (what === 'scene') this.dirty.scene = true;
    if (what === 'scene' || what === 'floor') {
      this.dirty.floor = true;
      this.dirty.content = true;
      this.dirty.minimap = true;
    }
    if (what !== 'overlay') this.dirty.content = true;
    this.dirty.overlay = true;
    // Nothing is drawn while the project is on its way (the scene would be empty, or the floor of a project loaded whole).
    if (!this.raf && !useUi.getState().opening) this.raf = requestAnimationFrame(() => this.draw());
  }

  private draw(): void {
    this.raf = 0;
    const scene = this.scene();
    if (!this.fitted && scene.hall) {
      this.fitted = true;
      fitNewHall(); // changes the camera, which schedules a draw: done now instead, a frame sooner
      if (this.raf) {
        cancelAnimationFrame(this.raf);
        this.raf = 0;
      }
    }
    const t0 = performance.now();
    if (this.dirty.content || this.dirty.floor) {
      this.stage.content.draw();
      this.contentEl.style.transform = '';
      this.drawnCam = useUi.getState().camera;
      this.drawnAt = performance.now();
      clearTimeout(this.settle);
      this.settle = 0;
      this.frame.draws++;
      if (this.frame.firstDrawAt === undefined) {
        this.frame.firstDrawAt = performance.now();
        this.frame.firstDrawMs = this.frame.firstDrawAt - t0;
        floorDrawn();
      }
    }
    if (this.dirty.overlay) {
      this.stage.overlay.draw();
      this.overlayBlank = blankOverlay(useUi.getState(), selectBusy());
      this.overlayEl.style.visibility = this.overlayBlank ? 'hidden' : '';
    }
    if (this.dirty.minimap) {
      const ui = useUi.getState();
      if (this.minimapScene !== scene) {
        drawMinimapBase(this.minimapBase, scene);
        this.minimapScene = scene;
      }
      drawMinimap(this.minimap, this.minimapBase, scene, ui.camera, ui.viewport);
    }
    this.dirty.floor = this.dirty.content = this.dirty.overlay = this.dirty.minimap = false;
    this.frame.lastDrawMs = performance.now() - t0;
  }

  private drawContent(ctx: NativeCtx): void {
    const scene = this.scene();
    const v = this.view();
    const stats = newStats();
    this.visRacks = scene.rackIndex.query(v.vis);
    // Racks and CDUs on the floor first; trays run overhead: they (translucent), names, drops on top.
    let t = performance.now();
    const lap = (name: string) => {
      const now = performance.now();
      stats.ms[name] = now - t;
      t = now;
    };
    drawRacks(ctx, scene, v, this.visRacks, stats);
    drawCdus(ctx, scene.cdus, v);
    lap('racks');
    // CDU and row names are placed first so the cable counts keep clear of them; drawn last, on top.
    const space = reserveCduNames(ctx, scene.cdus, v, new LabelSpace());
    const rowNames = layoutRowNames(ctx, scene, v, space);
    const counts: CountLabel[] = [];
    drawTrays(ctx, scene, v, stats, this.visRacks, space, counts);
    lap('trays');
    stats.rackNames = drawRackLabels(ctx, scene, v, this.visRacks);
    drawCduNames(ctx, scene.cdus, v);
    drawRowNames(ctx, rowNames);
    stats.rowNames = rowNames.map((n) => n.text);
    lap('labels');
    drawDrops(ctx, scene, v, this.visRacks, stats);
    drawCounts(ctx, counts);
    lap('drops');
    this.frame.stats = stats;
  }

  private drawOverlay(ctx: NativeCtx): void {
    const ui = useUi.getState();
    const racks = new Set<number>();
    for (const r of [...ui.selection, ...(ui.hover ? [ui.hover] : [])]) if (r.kind === 'rack') racks.add(r.id);
    drawUnrouted(ctx, this.scene(), this.view(), racks);
    drawMarks(ctx, this.scene(), useDoc.getState(), this.view(), overlayMarks(ui.selection, ui.hover, ui.highlights));
    if (ui.cableStart != null) drawCableStart(ctx, this.scene(), useDoc.getState(), this.view(), ui.cableStart, this.cursorAt);
    this.tool.overlay?.(ctx, this);
  }

  private updateCursor(): void {
    this.host.style.cursor = this.pan ? 'grabbing' : this.spaceDown ? 'grab' : this.tool.cursor;
  }

  private pointer(e: MouseEvent): Pointer {
    const r = this.host.getBoundingClientRect();
    const sx = e.clientX - r.left, sy = e.clientY - r.top;
    const w = screenToWorld(useUi.getState().camera, sx, sy);
    return { sx, sy, x: w.x, y: w.y, shift: e.shiftKey, mod: e.ctrlKey || e.metaKey, button: e.button };
  }

  /** The rack under a page point (CSS px), or null when the point is off the plan or on no rack. */
  rackAt(clientX: number, clientY: number): Rack | null {
    const r = this.host.getBoundingClientRect();
    if (clientX < r.left || clientX > r.right || clientY < r.top || clientY > r.bottom) return null;
    // Something else drawn over the plan (a panel, the minimap, a dialog) is not the plan.
    const top = document.elementFromPoint(clientX, clientY);
    if (top && !this.host.contains(top)) return null;
    const w = screenToWorld(useUi.getState().camera, clientX - r.left, clientY - r.top);
    return hitRack(this.scene(), w.x, w.y)?.rack ?? null;
  }

  /** Space held: the next drag pans, whatever the tool. */
  setSpace(down: boolean): void {
    this.spaceDown = down;
    this.updateCursor();
  }

  key(e: KeyboardEvent): boolean {
    return this.tool.key?.(e, this) ?? false;
  }

  cancelTool(): void {
    this.tool.cancel?.(this);
  }

  private listen(): void {
    const h = this.host;
    const on = <K extends keyof HTMLElementEventMap>(type: K, fn: (e: HTMLElementEventMap[K]) => void, opts?: AddEventListenerOptions) => {
      h.addEventListener(type, fn as EventListener, opts);
      this.unsubs.push(() => h.removeEventListener(type, fn as EventListener, opts));
    };
    on('pointerdown', (e) => {
      h.focus();
      const p = this.pointer(e);
      if (e.button === 1 || (e.button === 0 && (this.spaceDown || useUi.getState().tool === 'pan'))) {
        const cam = useUi.getState().camera;
        this.pan = { px: e.clientX, py: e.clientY, cx: cam.x, cy: cam.y };
        h.setPointerCapture(e.pointerId);
        this.updateCursor();
        e.preventDefault();
        return;
      }
      if (e.button !== 0) return;
      h.setPointerCapture(e.pointerId);
      this.tool.down?.(p, this);
    });
    on('pointermove', (e) => {
      // A drag pan keeps the grabbed point under the cursor, so the cursor read-out stands, and
      // page deltas are all it needs: no layout read (getBoundingClientRect) and no status-bar
      // render per move (issue 16 pan).
      if (this.pan) {
        const cam = useUi.getState().camera;
        useUi.getState().setCamera({ x: this.pan.cx + e.clientX - this.pan.px, y: this.pan.cy + e.clientY - this.pan.py, scale: cam.scale });
        return;
      }
      const p = this.pointer(e);
      // The status bar's cursor read-out re-renders React: once per frame is enough.
      this.cursorAt = { x: p.x, y: p.y };
      if (!this.cursorRaf) {
        this.cursorRaf = requestAnimationFrame(() => {
          this.cursorRaf = 0;
          useUi.getState().setCursor(this.cursorAt);
        });
      }
      if (useUi.getState().cableStart != null) this.invalidate('overlay'); // the half-drawn cable follows the cursor
      this.tool.move?.(p, this);
    });
    on('pointerup', (e) => {
      if (this.pan) {
        this.pan = null;
        this.updateCursor();
        return;
      }
      if (e.button === 0) this.tool.up?.(this.pointer(e), this);
    });
    on('pointerleave', () => {
      this.cursorAt = null;
      useUi.getState().setCursor(null);
    });
    on('dblclick', (e) => this.tool.dblclick?.(this.pointer(e), this));
    on('contextmenu', (e) => e.preventDefault());
    on(
      'wheel',
      (e) => {
        e.preventDefault();
        const p = this.pointer(e);
        useUi.getState().setCamera(wheelCamera(useUi.getState().camera, e, p.sx, p.sy));
      },
      { passive: false },
    );
    this.unsubs.push(listenMinimap(this.minimap, () => this.scene()));
  }
}
