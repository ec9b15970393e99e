// The overview in the corner: the whole hall with its racks and CDUs and the viewport's
// rectangle; click or drag in it to move the view there.
import { useUi, type Camera } from '../store/ui.js';
import { visibleRect } from './camera.js';
import type { Scene } from './scene.js';
import { C } from './colors.js';

export const MINIMAP_W = 180;

export function minimapScale(scene: Scene): number {
  const h = scene.hall;
  return h ? Math.min(MINIMAP_W / h.widthMm, 140 / h.depthMm) : 1;
}

function size(scene: Scene) {
  const h = scene.hall!;
  const k = minimapScale(scene);
  return { k, w: Math.ceil(h.widthMm * k) + 2, d: Math.ceil(h.depthMm * k) + 2, dpr: window.devicePixelRatio || 1 };
}

/** The hall, trays, racks and CDUs, drawn once per scene into an offscreen canvas. */
export function drawMinimapBase(base: HTMLCanvasElement, scene: Scene): void {
  const h = scene.hall;
  if (!h) return;
  const { k, w, d, dpr } = size(scene);
  base.width = w * dpr;
  base.height = d * dpr;
  const ctx = base.getContext('2d')!;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(1, 1, h.widthMm * k, h.depthMm * k);
  ctx.beginPath();
  for (const g of scene.segs) {
    ctx.moveTo(1 + g.x0 * k, 1 + g.y0 * k);
    ctx.lineTo(1 + g.x1 * k, 1 + g.y1 * k);
  }
  ctx.strokeStyle = '#94a3b8';
  ctx.lineWidth = 1;
  ctx.stroke();
  ctx.beginPath();
  for (const it of scene.racks) ctx.rect(1 + it.rect.x0 * k, 1 + it.rect.y0 * k, Math.max(1, (it.rect.x1 - it.rect.x0) * k), Math.max(1, (it.rect.y1 - it.rect.y0) * k));
  ctx.fillStyle = '#475569';
  ctx.fill();
  ctx.beginPath();
  for (const { rect: r } of scene.cdus) ctx.rect(1 + r.x0 * k, 1 + r.y0 * k, Math.max(1, (r.x1 - r.x0) * k), Math.max(1, (r.y1 - r.y0) * k));
  ctx.fillStyle = C.cduEdge;
  ctx.fill();
}

/** Per camera move: the cached base plus the viewport's rectangle. */
export function drawMinimap(canvas: HTMLCanvasElement, base: HTMLCanvasElement, scene: Scene, cam: Camera, viewport: { width: number; height: number }): void {
  if (!scene.hall) return;
  const { k, w, d, dpr } = size(scene);
  if (canvas.width !== w * dpr || canvas.height !== d * dpr) {
    canvas.width = w * dpr;
    canvas.height = d * dpr;
    canvas.style.width = `${w}px`;
    canvas.style.height = `${d}px`;
  }
  const ctx = canvas.getContext('2d')!;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(base, 0, 0);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  const vr = visibleRect(cam, viewport);
  ctx.strokeStyle = '#2563eb';
  ctx.lineWidth = 1.5;
  ctx.strokeRect(1 + vr.x0 * k, 1 + vr.y0 * k, (vr.x1 - vr.x0) * k, (vr.y1 - vr.y0) * k);
}

/** Click or drag in the minimap: the view centres there. Returns the unsubscriber. */
export function listenMinimap(mm: HTMLCanvasElement, scene: () => Scene): () => void {
  const jump = (e: PointerEvent) => {
    const s = scene();
    const k = minimapScale(s);
    const r = mm.getBoundingClientRect();
    const wx = (e.clientX - r.left - 1) / k, wy = (e.clientY - r.top - 1) / k;
    const ui = useUi.getState();
    ui.setCamera({ ...ui.camera, x: ui.viewport.width / 2 - wx * ui.camera.scale, y: ui.viewport.height / 2 - wy * ui.camera.scale });
  };
  const down = (e: PointerEvent) => {
    e.stopPropagation();
    mm.setPointerCapture(e.pointerId);
    jump(e);
  };
  const move = (e: PointerEvent) => {
    e.stopPropagation();
    if (e.buttons & 1) jump(e);
  };
  mm.addEventListener('pointerdown', down);
  mm.addEventListener('pointermove', move);
  return () => {
    mm.removeEventListener('pointerdown', down);
    mm.removeEventListener('pointermove', move);
  };
}
