// A tile-grid map of Indonesia's provinces: one square per province at its
// rough place (decision 0010), coloured with a sequential d3 scale, each tile
// a link. Server-rendered SVG, no client JavaScript; its numbers also come as
// a visually hidden table.
import { getFormatter, getTranslations } from "next-intl/server";
import { chartRole, ChartTable } from "./parts";
import { Swatch } from "@/components/ui/bar-fill";
import { mapScale, PROVINCE_TILES, TILE_COLUMNS, TILE_ROWS, tileTextColour } from "@/lib/domain/dashboard";

export type MapTile = { id: number; code: string; name: string; value: number; href: string };

const SIZE = 40;
const GAP = 3;

export async function TileMap({ tiles, measureLabel }: { tiles: MapTile[]; measureLabel: string }) {
  const [t, format] = await Promise.all([getTranslations("dashboard.map"), getFormatter()]);
  const placed = tiles.filter((x) => PROVINCE_TILES[x.code]);
  const unplaced = tiles.filter((x) => !PROVINCE_TILES[x.code]);
  const { colour, legend } = mapScale(placed.map((x) => x.value));
  const width = TILE_COLUMNS * (SIZE + GAP);
  const height = TILE_ROWS * (SIZE + GAP);
  const num = (v: number) => format.number(v, { maximumFractionDigits: 1 });
  return (
    <figure className="relative mb-4 rounded border border-slate-200 bg-white p-3" data-testid="tile-map">
      <figcaption className="mb-2 text-sm">
        <span className="font-semibold">
          {t("title")} · {measureLabel}
        </span>
        <span className="block text-xs text-slate-500">{t("description")}</span>
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-xl" {...chartRole(`${t("title")}: ${measureLabel}`, true)}>
        {placed.map((x) => {
          const pos = PROVINCE_TILES[x.code]!;
          const fill = colour(x.value);
          const text = tileTextColour(fill);
          const px = pos.col * (SIZE + GAP);
          const py = pos.row * (SIZE + GAP);
          return (
            <a
              key={x.id}
              href={x.href}
              aria-label={t("tileLabel", { province: x.name, value: format.number(x.value) })}
              data-province={x.code}
            >
              <title>{t("tileLabel", { province: x.name, value: format.number(x.value) })}</title>
              <rect x={px} y={py} width={SIZE} height={SIZE} rx={4} fill={fill} stroke="#94a3b8" strokeWidth={0.5} />
              <text x={px + SIZE / 2} y={py + 14} textAnchor="middle" fontSize={7} fill={text}>
                {pos.abbr}
              </text>
              <text x={px + SIZE / 2} y={py + 30} textAnchor="middle" fontSize={12} fontWeight={600} fill={text}>
                {format.number(x.value)}
              </text>
            </a>
          );
        })}
      </svg>
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600" aria-label={t("legend")} role="list">
        <span role="listitem" className="flex items-center gap-1">
          <Swatch colour={colour(0)} outline="#cbd5e1" />
          {t("zero")}
        </span>
        {legend.map((l) => (
          <span role="listitem" key={l.colour} className="flex items-center gap-1">
            <Swatch colour={l.colour} />
            {t("bin", { from: num(l.from ?? 0), to: num(l.to ?? 0) })}
          </span>
        ))}
      </div>
      {unplaced.length ? (
        <p className="mt-1 text-xs text-slate-500">{t("notOnMap", { names: unplaced.map((x) => x.name).join(", ") })}</p>
      ) : null}
      <ChartTable
        caption={`${t("title")}: ${measureLabel}`}
        rows={tiles.map((x) => ({ key: x.id, label: x.name, value: format.number(x.value) }))}
      />
    </figure>
  );
}
