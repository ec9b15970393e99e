// A tool is a small state machine fed with pointer and key events in world coordinates by the
// floor view. It changes the document only through actions (one edit per gesture) and draws its
// transient state (ghosts, rubber bands) on the overlay.
import type { View } from '../canvas/draw.js';
import type { Scene } from '../canvas/scene.js';

export interface Pointer {
  /** CSS px inside the canvas. */
  sx: number;
  sy: number;
  /** World mm. */
  x: number;
  y: number;
  shift: boolean;
  /** Ctrl or Cmd. */
  mod: boolean;
  button: number;
}

export interface ToolHost {
  scene(): Scene;
  view(): View;
  redrawOverlay(): void;
}

export interface Tool {
  cursor: string;
  down?(p: Pointer, h: ToolHost): void;
  move?(p: Pointer, h: ToolHost): void;
  up?(p: Pointer, h: ToolHost): void;
  dblclick?(p: Pointer, h: ToolHost): void;
  /** Returns true when it handled the key. */
  key?(e: KeyboardEvent, h: ToolHost): boolean;
  cancel?(h: ToolHost): void;
  overlay?(ctx: CanvasRenderingContext2D, h: ToolHost): void;
}
