import "server-only";
// The RKTL poster as a PDF (A3 landscape), drawn with pdfkit's standard
// Helvetica. Takes the plan as the data layer returned it and the texts
// already translated, so it has no access to anything else.
import PDFDocument from "pdfkit";

export type PosterPdfInput = {
  kicker: string;
  province: string;
  subtitle: string;
  window: string;
  headers: { activity: string; kind: string; kabupaten: string; responsible: string; realised: string };
  months: string[];
  rows: {
    activity: string;
    kind: string;
    kabupaten: string;
    responsible: string;
    /** Text per month column: the planned quantity and/or what was realised. */
    cells: { planned?: string; done?: string }[];
    realised: string;
  }[];
  legend: string;
  empty: string;
};

const TEAL = "#115e59";
const AMBER = "#fde68a";

export function posterPdf(input: PosterPdfInput): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A3", layout: "landscape", margin: 36, info: { Title: `RKTL ${input.province}` } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = doc.page.height - doc.page.margins.bottom;

  // Title block.
  doc
    .font("Helvetica-Bold")
    .fontSize(12)
    .fillColor(TEAL)
    .text(input.kicker.toUpperCase(), left, 36, { width, align: "center", characterSpacing: 2 });
  doc.font("Helvetica-Bold").fontSize(44).fillColor(TEAL).text(input.province.toUpperCase(), { width, align: "center" });
  doc.font("Helvetica").fontSize(15).fillColor("#334155").text(input.subtitle, { width, align: "center" });
  doc.font("Helvetica-Bold").fontSize(15).fillColor("#1e293b").text(input.window, { width, align: "center" });
  let y = doc.y + 10;
  doc
    .moveTo(left, y)
    .lineTo(left + width, y)
    .lineWidth(3)
    .strokeColor(TEAL)
    .stroke();
  y += 12;

  // Columns: four text columns, six months, realised so far.
  const fixed = [0.2, 0.09, 0.1, 0.1];
  const monthW = (width * (1 - fixed.reduce((a, b) => a + b, 0) - 0.07)) / 6;
  const widths = [...fixed.map((f) => f * width), ...Array(6).fill(monthW), 0.07 * width];
  const xs = widths.reduce<number[]>((acc, w, i) => [...acc, i === 0 ? left : acc[i - 1]! + widths[i - 1]!], []);
  const pad = 5;
  const FONT_SIZE = 11;

  const rowHeight = (cells: string[], bold = false) => {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(FONT_SIZE);
    return Math.max(...cells.map((c, i) => doc.heightOfString(c || " ", { width: widths[i]! - 2 * pad }))) + 2 * pad;
  };

  const drawHeader = () => {
    const cells = [
      input.headers.activity,
      input.headers.kind,
      input.headers.kabupaten,
      input.headers.responsible,
      ...input.months,
      input.headers.realised,
    ];
    const h = rowHeight(cells, true);
    doc.rect(left, y, width, h).fill(TEAL);
    doc.font("Helvetica-Bold").fontSize(FONT_SIZE).fillColor("#ffffff");
    cells.forEach((c, i) => doc.text(c, xs[i]! + pad, y + pad, { width: widths[i]! - 2 * pad, align: i >= 4 ? "center" : "left" }));
    y += h;
  };

  drawHeader();
  for (const r of input.rows) {
    const monthTexts = r.cells.map((c) => [c.planned, c.done].filter(Boolean).join("\n"));
    const cells = [r.activity, r.kind, r.kabupaten, r.responsible, ...monthTexts, r.realised];
    const h = rowHeight(cells, true);
    if (y + h > bottom) {
      doc.addPage({ size: "A3", layout: "landscape", margin: 36 });
      y = doc.page.margins.top;
      drawHeader();
    }
    r.cells.forEach((c, i) => {
      if (c.planned) doc.rect(xs[4 + i]!, y, widths[4 + i]!, h).fill(AMBER);
    });
    cells.forEach((c, i) => {
      const inMonth = i >= 4 && i < 10;
      const planned = inMonth && r.cells[i - 4]!.planned;
      doc
        .font(i === 0 || planned || i === 10 ? "Helvetica-Bold" : "Helvetica")
        .fontSize(FONT_SIZE)
        .fillColor("#0f172a")
        .text(c, xs[i]! + pad, y + pad, { width: widths[i]! - 2 * pad, align: i >= 4 ? "center" : "left" });
      doc.rect(xs[i]!, y, widths[i]!, h).lineWidth(0.75).strokeColor("#64748b").stroke();
    });
    y += h;
  }
  if (input.rows.length === 0) {
    doc
      .font("Helvetica")
      .fontSize(FONT_SIZE)
      .fillColor("#475569")
      .text(input.empty, left, y + 10, { width, align: "center" });
    y = doc.y;
  }
  doc
    .font("Helvetica")
    .fontSize(9)
    .fillColor("#475569")
    .text(input.legend, left, Math.min(y + 10, bottom - 20), { width });
  doc.end();
  return done;
}
