// The plan's two full-size canvases (content: floor and everything on it; overlay: selection,
// highlights, tool ghosts), hosted by a Konva stage (the project's canvas library) as two layers
// that never listen, each holding one Shape whose sceneFunc hands Konva's native 2D context to a
// few draw functions. The plan is drawn natively, not as Konva nodes: 20,000 Line nodes cost
// 200-500 ms a frame in software-rendered Chromium (renderer/README.md), and hit-testing goes
// through the scene's spatial indexes, so Konva's hit graph is never used. Konva 10 keeps a
// non-listening layer's hit canvas at 0x0 (Layer._syncHitCanvasSize, konvajs/konva#2009): no
// stage-sized hit bitmap is allocated or sized beside each layer.
// Konva's core (stage, layers, shapes) without its shape library: less code to load and set up.
import Konva from 'konva/lib/Core';

export type DrawPart = (ctx: CanvasRenderingContext2D) => void;

// The view decides when the plan draws (PlanCanvas.draw, once per frame, after the camera is
// fitted). Konva's own drawing on change drew the whole content a frame early at the unfitted
// camera: on the 32k-GPU hall the first frame cost 2x, ~100 ms more.
Konva.autoDrawEnabled = false;

export class PlanCanvas {
  readonly el: HTMLCanvasElement;
  private readonly layer = new Konva.Layer({ listening: false });
  // Konva also draws its layers when the stage is added to or resized; the parts run only when the
  // view asks (draw()), so a resize clears the layer without drawing it at the old viewport.
  private drawing = false;

  constructor(
    stage: Konva.Stage,
    private readonly parts: DrawPart[],
  ) {
    stage.add(this.layer);
    this.layer.add(new Konva.Shape({ listening: false, perfectDrawEnabled: false, sceneFunc: (c) => this.drawParts(c._context) }));
    this.el = this.layer.getNativeCanvasElement();
  }

  /**
   * Sets up now what the first draw would otherwise wait for: the canvas's bitmap and the text
   * layout of each font (tens of ms each the first time in a software-rendered page), done while
   * the project is on its way (issue 16).
   */
  prime(fonts: readonly string[]): void {
    const c = this.layer.getContext()._context;
    c.save();
    c.clearRect(0, 0, 1, 1);
    for (const f of fonts) {
      c.font = f;
      c.measureText('0123456789 Row ABC·–');
    }
    c.restore();
  }

  /** Clears the layer and draws each part now, in CSS px (Konva scales the layer's context to the pixel ratio). */
  draw(): void {
    this.drawing = true;
    try {
      this.layer.draw();
    } finally {
      this.drawing = false;
    }
  }

  private drawParts(c: CanvasRenderingContext2D): void {
    if (!this.drawing) return;
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

/** The two layers in a Konva stage of the plan's size inside `host` (which holds nothing else). */
export class PlanStage {
  private readonly stage: Konva.Stage;
  readonly content: PlanCanvas;
  readonly overlay: PlanCanvas;

  constructor(host: HTMLDivElement, width: number, height: number, content: DrawPart[], overlay: DrawPart[]) {
    this.stage = new Konva.Stage({ container: host, width, height, listening: false });
    this.content = new PlanCanvas(this.stage, content);
    this.overlay = new PlanCanvas(this.stage, overlay);
  }

  /** Both canvases set up before the first draw (PlanCanvas.prime); the content's text in `fonts`. */
  prime(fonts: readonly string[]): void {
    this.content.prime(fonts);
    this.overlay.prime([]);
  }

  /** Resizes both layers (which clears them; they are drawn again by PlanCanvas.draw); a no-op for the size they have. */
  size(width: number, height: number): void {
    if (width === this.stage.width() && height === this.stage.height()) return;
    this.stage.size({ width, height });
  }

  destroy(): void {
    this.stage.destroy();
  }
}

/** A canvas whose 2D context (and bitmap) is set up now, not at its first draw (see PlanCanvas.prime). */
export function primedCanvas(c: HTMLCanvasElement = document.createElement('canvas')): HTMLCanvasElement {
  c.getContext('2d')?.clearRect(0, 0, 1, 1);
  return c;
}
