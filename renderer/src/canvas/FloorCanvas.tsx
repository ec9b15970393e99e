import { useEffect, useRef } from 'react';
import { FloorView } from './floor-view.js';

export function FloorCanvas() {
  const host = useRef<HTMLDivElement>(null);
  const mini = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const v = new FloorView(host.current!, mini.current!);
    return () => v.destroy();
  }, []);
  return (
    <>
      <div ref={host} className="canvas-host" tabIndex={0} data-testid="floor" aria-label="Floor plan" />
      <canvas ref={mini} className="minimap" data-testid="minimap" title="Overview: click to move the view" />
    </>
  );
}
