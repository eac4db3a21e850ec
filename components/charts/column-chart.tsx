// One column per period (e.g. quarter), server-rendered SVG from d3 band and
// linear scales, with the numbers again as a visually hidden table.
import { getFormatter } from "next-intl/server";
import { chartRole, ChartTable, MarkLink } from "./parts";
import { scaleBand, scaleLinear } from "d3-scale";

export type Column = { key: string; label: string; value: number; href?: string };

const WIDTH = 320;
const HEIGHT = 140;
const AXIS = 28;

export async function ColumnChart({ title, columns, testId }: { title: string; columns: Column[]; testId?: string }) {
  const format = await getFormatter();
  const max = Math.max(1, ...columns.map((c) => c.value));
  const x = scaleBand()
    .domain(columns.map((c) => c.key))
    .range([0, WIDTH])
    .padding(0.2);
  const y = scaleLinear()
    .domain([0, max])
    .range([0, HEIGHT - AXIS - 14]);
  // Label every column when few, otherwise only the first quarter of each year.
  const sparse = columns.length > 8;
  return (
    <figure className="relative rounded border border-slate-200 bg-white p-3" data-testid={testId}>
      <figcaption className="mb-2 text-sm font-semibold">{title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full"
        {...chartRole(
          title,
          columns.some((x) => x.href),
        )}
      >
        <line x1={0} x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} stroke="#94a3b8" strokeWidth={0.5} />
        {columns.map((c, i) => {
          const h = y(c.value);
          const cx = x(c.key) ?? 0;
          const bw = x.bandwidth();
          const body = (
            <>
              <rect x={cx} y={HEIGHT - AXIS - h} width={bw} height={h} fill="#0f766e" rx={1} />
              {c.value > 0 ? (
                <text x={cx + bw / 2} y={HEIGHT - AXIS - h - 3} fontSize={9} textAnchor="middle" fill="#0f172a">
                  {format.number(c.value)}
                </text>
              ) : null}
              {!sparse || c.key.endsWith("Q1") || i === 0 ? (
                <text x={cx + bw / 2} y={HEIGHT - AXIS + 11} fontSize={8} textAnchor="middle" fill="#475569">
                  {sparse ? c.key.slice(0, 4) : c.label}
                </text>
              ) : null}
            </>
          );
          return (
            <MarkLink key={c.key} href={c.href} label={`${c.label}: ${format.number(c.value)}`} attrs={{ "data-column": c.key }}>
              {body}
            </MarkLink>
          );
        })}
      </svg>
      <ChartTable caption={title} rows={columns.map((c) => ({ key: c.key, label: c.label, value: format.number(c.value) }))} />
    </figure>
  );
}
