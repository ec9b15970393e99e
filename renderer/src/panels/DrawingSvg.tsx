// A core Drawing (paper points) as inline SVG that scales to its container's width: the same
// geometry the SVG/PNG/PDF exports write, so what the panel shows is what the file shows.
import type { Drawing } from '../../../core/export/drawing.js';
import { FONT_FAMILY } from '../../../core/export/drawing.js';

const dataProps = (d?: Record<string, string>) => Object.fromEntries(Object.entries(d ?? {}).map(([k, v]) => [`data-${k}`, v]));

export function DrawingSvg({ drawing, testId }: { drawing: Drawing; testId?: string }) {
  return (
    <svg
      viewBox={`0 0 ${drawing.widthPt} ${drawing.heightPt}`}
      width="100%"
      role="img"
      aria-label={drawing.title}
      fontFamily={FONT_FAMILY}
      data-testid={testId}
      style={{ display: 'block', height: 'auto' }}
    >
      <title>{drawing.title}</title>
      {drawing.shapes.map((s, i) => {
        switch (s.t) {
          case 'rect':
            return <rect key={i} x={s.x} y={s.y} width={s.w} height={s.h} fill={s.fill ?? 'none'} stroke={s.stroke ?? (s.fill ? 'none' : '#000')} strokeWidth={s.width ?? 0.5} {...dataProps(s.data)} />;
          case 'line':
            return <line key={i} x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} stroke={s.stroke ?? '#000'} strokeWidth={s.width ?? 0.5} strokeDasharray={s.dash?.join(' ')} />;
          case 'polyline':
            return <polyline key={i} points={s.points.map((p) => p.join(',')).join(' ')} fill="none" stroke={s.stroke ?? '#000'} strokeWidth={s.width ?? 0.5} />;
          case 'text':
            return (
              <text key={i} x={s.x} y={s.y} fontSize={s.size} textAnchor={s.anchor ?? 'start'} fontWeight={s.bold ? 'bold' : undefined} fill={s.fill ?? '#000'} {...dataProps(s.data)}>
                {s.text}
              </text>
            );
        }
      })}
    </svg>
  );
}
