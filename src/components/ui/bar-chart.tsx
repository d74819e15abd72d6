import { useEffect, useId, useRef, useState, type RefObject } from 'react';

export type BarDatum = { label: string; value: number; /** The value as shown (a percentage, a unit); default the number. */ display?: string; tone?: 'good' | 'bad' };

type Props = {
  title: string;
  data: readonly BarDatum[];
  /** Column headings of the table alternative. */
  labelHeading: string;
  valueHeading: string;
  /** The summary line of the "show as a table" toggle. */
  tableToggle: string;
  /** Said when there is nothing to draw. */
  empty: string;
};

const ROW = 46;
/** Room kept right of the longest bar for its value. */
const VALUE_ROOM = 70;

/** The figure's width in CSS pixels, so the SVG draws at 1:1 and its text stays the page's size on any screen. */
function useWidth(): [RefObject<HTMLElement | null>, number] {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(600);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.round(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * A horizontal bar chart as plain SVG, readable without colour: every bar carries its label and its value in
 * words, a bad value is also hatched, the SVG has a title and a text description, and the same figures are one
 * tap away as a table (WCAG 1.1.1, 1.4.1). No chart library: a few lines of SVG cost nothing on 2G.
 */
export function BarChart({ title, data, labelHeading, valueHeading, tableToggle, empty }: Props) {
  const id = useId();
  const [figure, width] = useWidth();
  const barMax = Math.max(40, width - VALUE_ROOM);
  const max = Math.max(1, ...data.map((d) => d.value));
  const height = Math.max(ROW, data.length * ROW);
  const shown = (d: BarDatum) => d.display ?? String(d.value);
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`} ref={figure}>
      <figcaption id={`${id}-caption`} className="chart-title">{title}</figcaption>
      {data.length === 0 ? <p className="field-hint">{empty}</p> : (
        <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} className="chart-svg">
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{data.map((d) => `${d.label}: ${shown(d)}`).join('; ')}</desc>
          <defs>
            <pattern id={`${id}-hatch`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="8" height="8" className="chart-bar-bad" />
              <line x1="0" y1="0" x2="0" y2="8" className="chart-hatch" />
            </pattern>
          </defs>
          {data.map((d, i) => {
            const y = i * ROW;
            const w = d.value === 0 ? 0 : Math.max(3, (d.value / max) * barMax);
            return (
              <g key={`${d.label}-${i}`} aria-hidden="true">
                <text x="0" y={y + 15} className="chart-label">{d.label}</text>
                <rect x="0" y={y + 21} width={w} height="18" rx="2" className={d.tone === 'bad' ? undefined : d.tone === 'good' ? 'chart-bar-good' : 'chart-bar'} fill={d.tone === 'bad' ? `url(#${id}-hatch)` : undefined} />
                <text x={w + 8} y={y + 35} className="chart-value">{shown(d)}</text>
              </g>
            );
          })}
        </svg>
      )}
      {data.length > 0 ? (
        <details className="chart-table">
          <summary>{tableToggle}</summary>
          <table>
            <thead><tr><th scope="col">{labelHeading}</th><th scope="col">{valueHeading}</th></tr></thead>
            <tbody>{data.map((d, i) => <tr key={`${d.label}-${i}`}><th scope="row">{d.label}</th><td>{shown(d)}</td></tr>)}</tbody>
          </table>
        </details>
      ) : null}
    </figure>
  );
}
