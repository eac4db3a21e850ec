// A count over time as a line, server-rendered SVG (d3 scales only, no chart
// library): the y axis starts at 0 so a small change looks small, the first and
// last days and the highest value are labelled. Light enough for a phone; the
// numbers themselves are in the table the page shows beside it.
import { getFormatter } from "next-intl/server";
import { scaleLinear, scaleUtc } from "d3-scale";

export type TrendPoint = { day: Date; value: number };

const WIDTH = 320;
const HEIGHT = 150;
const LEFT = 34;
const RIGHT = 10;
const TOP = 14;
const BOTTOM = 22;

export async function TrendChart({
  title,
  label,
  points,
  testId,
}: {
  title: string;
  /** What the chart shows, in words, for a screen reader (the image's name). */
  label: string;
  points: TrendPoint[];
  testId?: string;
}) {
  const format = await getFormatter();
  const sorted = [...points].sort((a, b) => a.day.getTime() - b.day.getTime());
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return null;
  const max = Math.max(1, ...sorted.map((p) => p.value));
  // One point (or all on one day): a day either side, so the point sits in the middle.
  const span = last.day.getTime() - first.day.getTime();
  const pad = span === 0 ? 86_400_000 : 0;
  const x = scaleUtc()
    .domain([new Date(first.day.getTime() - pad), new Date(last.day.getTime() + pad)])
    .range([LEFT, WIDTH - RIGHT]);
  const y = scaleLinear()
    .domain([0, max])
    .nice(4)
    .range([HEIGHT - BOTTOM, TOP]);
  const ticks = y.ticks(4);
  const line = sorted.map((p, i) => `${i === 0 ? "M" : "L"}${x(p.day).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <figure className="rounded border border-slate-200 bg-white p-3" data-testid={testId}>
      <figcaption className="mb-2 text-sm font-semibold">{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full max-w-xl" role="img" aria-label={label}>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(v)} y2={y(v)} stroke="#e2e8f0" strokeWidth={0.5} />
            <text x={LEFT - 4} y={y(v) + 3} fontSize={8} textAnchor="end" fill="#475569">
              {format.number(v)}
            </text>
          </g>
        ))}
        <path d={line} fill="none" stroke="#0f766e" strokeWidth={1.5} />
        {sorted.map((p) => (
          <circle key={p.day.getTime()} cx={x(p.day)} cy={y(p.value)} r={2.5} fill="#0f766e" data-point={p.value}>
            <title>{`${day(p.day)}: ${format.number(p.value)}`}</title>
          </circle>
        ))}
        <text x={LEFT} y={HEIGHT - 6} fontSize={8} fill="#475569">
          {day(first.day)}
        </text>
        {sorted.length > 1 ? (
          <text x={WIDTH - RIGHT} y={HEIGHT - 6} fontSize={8} textAnchor="end" fill="#475569">
            {day(last.day)}
          </text>
        ) : null}
      </svg>
    </figure>
  );
}
