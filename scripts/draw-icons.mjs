#!/usr/bin/env node
// Draws the app icons (public/icons/*.png, committed) for the web app manifest
// (app/manifest.ts): a white house, the household Pekka's members head, on the
// app's teal. Plain Node (a PNG is rows of RGBA, deflated), no dependency:
//   node scripts/draw-icons.mjs
// "any" icons have rounded corners; the maskable one fills the square and keeps
// the mark inside the central safe zone (a circle of 80% of the width), so a
// launcher may cut any shape out of it.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { crc32, deflateSync } from "node:zlib";

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "public", "icons");
const TEAL = [0x0f, 0x76, 0x6e]; // Tailwind teal-700, the app's buttons
const WHITE = [0xff, 0xff, 0xff];

/** Inside tests in unit coordinates (0..1, y down). */
const inRoundedSquare = (r) => (x, y) => {
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
};
const inTriangle =
  ([ax, ay], [bx, by], [cx, cy]) =>
  (x, y) => {
    const s = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
    const d1 = s(ax, ay, bx, by),
      d2 = s(bx, by, cx, cy),
      d3 = s(cx, cy, ax, ay);
    return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
  };
const inRect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;

/** The house, scaled about the centre: roof, walls, and a door cut out of them. */
function house(scale) {
  const t = (v) => 0.5 + (v - 0.5) * scale;
  const roof = inTriangle([t(0.5), t(0.17)], [t(0.14), t(0.5)], [t(0.86), t(0.5)]);
  const walls = inRect(t(0.25), t(0.46), t(0.75), t(0.8));
  const door = inRect(t(0.43), t(0.6), t(0.57), t(0.8));
  return (x, y) => (roof(x, y) || walls(x, y)) && !door(x, y);
}

function draw(size, { maskable }) {
  const background = maskable ? () => true : inRoundedSquare(0.22);
  const mark = house(maskable ? 0.62 : 0.84);
  const SS = 4; // 4×4 samples per pixel: smooth edges
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let px = 0; px < size; px++) {
      let bg = 0; // samples on the teal
      let fg = 0; // samples on the white mark
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) / size;
          const y = (py + (sy + 0.5) / SS) / size;
          if (!background(x, y)) continue;
          if (mark(x, y)) fg++;
          else bg++;
        }
      }
      const alpha = (bg + fg) / (SS * SS);
      const white = bg + fg ? fg / (bg + fg) : 0;
      const o = 1 + px * 4;
      for (let c = 0; c < 3; c++) row[o + c] = Math.round(TEAL[c] + (WHITE[c] - TEAL[c]) * white);
      row[o + 3] = Math.round(alpha * 255);
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, raw) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const [name, size, maskable] of [
  ["icon-192.png", 192, false],
  ["icon-512.png", 512, false],
  ["icon-maskable-512.png", 512, true],
  ["apple-touch-icon.png", 180, true],
]) {
  const file = path.join(OUT, name);
  writeFileSync(file, draw(size, { maskable }));
  console.log(`${path.relative(process.cwd(), file)} (${size}×${size}${maskable ? ", maskable" : ""})`);
}
