export function FloorCanvas() {
  return <div className="canvas-host" />;
}
