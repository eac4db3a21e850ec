// Horizontal bars (readable at 360 px: labels above the bars, never rotated),
// server-rendered SVG from a d3 linear scale, with the numbers again as a
// visually hidden table. Bars may link to the records behind them.
import { getFormatter } from "next-intl/server";
import { chartRole, ChartTable, MarkLink } from "./parts";
import { scaleLinear } from "d3-scale";

export type Bar = { key: string; label: string; value: number; href?: string };

const ROW = 34;
const BAR = 14;
const WIDTH = 320;

export async function BarChart({
  title,
  bars,
  testId,
  centred = false,
}: {
  title: string;
  bars: Bar[];
  testId?: string;
  centred?: boolean;
}) {
  const format = await getFormatter();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, centred ? WIDTH : WIDTH - 40]);
  const height = bars.length * ROW;
  return (
    <figure className="relative rounded border border-slate-200 bg-white p-3" data-testid={testId}>
      <figcaption className="mb-2 text-sm font-semibold">{title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="h-auto w-full"
        {...chartRole(
          title,
          bars.some((x) => x.href),
        )}
      >
        {bars.map((b, i) => {
          const w = Math.max(b.value > 0 ? 2 : 0, x(b.value));
          const y = i * ROW;
          const bx = centred ? (WIDTH - w) / 2 : 0;
          const body = (
            <>
              <text x={centred ? WIDTH / 2 : 0} y={y + 11} fontSize={11} fill="#334155" textAnchor={centred ? "middle" : "start"}>
                {b.label}
              </text>
              <rect x={bx} y={y + 15} width={w} height={BAR} rx={2} fill="#0f766e" />
              <text
                x={centred ? WIDTH / 2 : w + 4}
                y={y + 26}
                fontSize={11}
                fontWeight={600}
                fill={centred && w > 30 ? "#ffffff" : "#0f172a"}
                textAnchor={centred ? "middle" : "start"}
              >
                {format.number(b.value)}
              </text>
            </>
          );
          return (
            <MarkLink key={b.key} href={b.href} label={`${b.label}: ${format.number(b.value)}`} attrs={{ "data-bar": b.key }}>
              {body}
            </MarkLink>
          );
        })}
      </svg>
      <ChartTable caption={title} rows={bars.map((b) => ({ key: b.key, label: b.label, value: format.number(b.value) }))} />
    </figure>
  );
}

/** A funnel: the same bars, centred, each narrower than the one before. */
export async function Funnel({ title, bars, testId }: { title: string; bars: Bar[]; testId?: string }) {
  return <BarChart title={title} bars={bars} testId={testId} centred />;
}
