// The plan's two full-size canvases (content: floor and everything on it; overlay: selection,
// highlights, tool ghosts), stacked in the floor's host element. Plain 2D canvases scaled to the
// device pixel ratio: the plan is drawn by a few functions straight onto the context, so a scene
// graph library (Konva was used here) only added code to load, a hit canvas and a buffer canvas per
// layer to allocate, and a full redraw on every resize (issue 16: opening the 32k-GPU hall).

export type DrawPart = (ctx: CanvasRenderingContext2D) => void;

export class PlanCanvas {
  readonly el: HTMLCanvasElement = document.createElement('canvas');
  private readonly ctx: CanvasRenderingContext2D;
  private width = 0;
  private height = 0;

  constructor(
    parent: HTMLElement,
    private readonly parts: DrawPart[],
    private readonly ratio = window.devicePixelRatio || 1,
  ) {
    Object.assign(this.el.style, { position: 'absolute', top: '0', left: '0', padding: '0', margin: '0', border: '0', background: 'transparent' });
    this.ctx = this.el.getContext('2d')!;
    parent.append(this.el);
  }

  /** Sizes the bitmap for `width` x `height` CSS px; a no-op for the size it has (a new size clears it). */
  size(width: number, height: number): void {
    if (width === this.width && height === this.height) return;
    this.width = width;
    this.height = height;
    this.el.width = Math.floor(width * this.ratio);
    this.el.height = Math.floor(height * this.ratio);
    this.el.style.width = `${width}px`;
    this.el.style.height = `${height}px`;
  }

  /**
   * Sets up now what the first draw would otherwise wait for: the canvas's bitmap and the text
   * layout of each font (tens of ms each the first time in a software-rendered page), done while
   * the project is on its way (issue 16).
   */
  prime(fonts: readonly string[]): void {
    const c = this.ctx;
    c.save();
    c.clearRect(0, 0, 1, 1);
    for (const f of fonts) {
      c.font = f;
      c.measureText('0123456789 Row ABC·–');
    }
    c.restore();
  }

  /** Clears the canvas and draws each part in CSS px, each from a fresh context state. */
  draw(): void {
    const c = this.ctx;
    c.setTransform(this.ratio, 0, 0, this.ratio, 0, 0);
    c.clearRect(0, 0, this.width, this.height);
    for (const part of this.parts) {
      c.save();
      try {
        part(c);
      } finally {
        c.restore();
      }
    }
  }
}

/** The two canvases in a box of the plan's size inside `host` (which holds nothing else). */
export class PlanStage {
  private readonly box = document.createElement('div');
  readonly content: PlanCanvas;
  readonly overlay: PlanCanvas;

  constructor(host: HTMLElement, width: number, height: number, content: DrawPart[], overlay: DrawPart[]) {
    Object.assign(this.box.style, { position: 'relative', userSelect: 'none' });
    this.box.setAttribute('role', 'presentation');
    host.replaceChildren(this.box);
    this.content = new PlanCanvas(this.box, content);
    this.overlay = new PlanCanvas(this.box, overlay);
    this.size(width, height);
  }

  /** Both canvases set up before the first draw (PlanCanvas.prime); the content's text in `fonts`. */
  prime(fonts: readonly string[]): void {
    this.content.prime(fonts);
    this.overlay.prime([]);
  }

  size(width: number, height: number): void {
    this.box.style.width = `${width}px`;
    this.box.style.height = `${height}px`;
    this.content.size(width, height);
    this.overlay.size(width, height);
  }

  destroy(): void {
    this.box.remove();
  }
}

/** A canvas whose 2D context (and bitmap) is set up now, not at its first draw (see PlanCanvas.prime). */
export function primedCanvas(c: HTMLCanvasElement = document.createElement('canvas')): HTMLCanvasElement {
  c.getContext('2d')?.clearRect(0, 0, 1, 1);
  return c;
}
