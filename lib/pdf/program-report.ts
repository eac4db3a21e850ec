import "server-only";
// The program report as a one-page A4 portrait PDF, drawn with pdfkit's
// standard Helvetica. Takes tables of already-translated text, so it knows
// nothing about the data or the user.
import PDFDocument from "pdfkit";

export type ReportTable = {
  heading: string;
  /** Column headers; the first column is text, the rest are right-aligned numbers. */
  columns: string[];
  /** Fractions of the width, one per column. */
  widths: number[];
  rows: { cells: string[]; bold?: boolean }[];
  note?: string;
};

export type ReportPdfInput = { title: string; subtitle: string; tables: ReportTable[]; footer: string };

const TEAL = "#115e59";

export function programReportPdf(input: ReportPdfInput): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", layout: "portrait", margin: 32, info: { Title: input.title } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = doc.page.height - doc.page.margins.bottom;

  doc.font("Helvetica-Bold").fontSize(15).fillColor(TEAL).text(input.title, left, 32, { width });
  doc.font("Helvetica").fontSize(9).fillColor("#334155").text(input.subtitle, { width });
  let y = doc.y + 4;
  doc
    .moveTo(left, y)
    .lineTo(left + width, y)
    .lineWidth(1.5)
    .strokeColor(TEAL)
    .stroke();
  y += 6;

  const SIZE = 7.5;
  const pad = 2;
  for (const table of input.tables) {
    if (y > bottom - 30) break; // one page: a report that would overflow is cut, never split
    doc.font("Helvetica-Bold").fontSize(9.5).fillColor(TEAL).text(table.heading, left, y, { width });
    y = doc.y + 2;
    const widths = table.widths.map((f) => f * width);
    const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const drawRow = (cells: string[], bold: boolean, fill?: string) => {
      doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(SIZE);
      const h = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 2 * pad }))) + 2 * pad;
      if (y + h > bottom) return false;
      if (fill) doc.rect(left, y, width, h).fill(fill);
      doc.fillColor("#0f172a");
      cells.forEach((c, i) => {
        doc.text(c, xs[i]! + pad, y + pad, { width: widths[i]! - 2 * pad, align: i === 0 ? "left" : "right" });
      });
      y += h;
      doc
        .moveTo(left, y)
        .lineTo(left + width, y)
        .lineWidth(0.3)
        .strokeColor("#cbd5e1")
        .stroke();
      return true;
    };
    drawRow(table.columns, true, "#f1f5f9");
    for (const r of table.rows) if (!drawRow(r.cells, r.bold ?? false)) break;
    if (table.note) {
      doc
        .font("Helvetica")
        .fontSize(6.5)
        .fillColor("#64748b")
        .text(table.note, left, y + 2, { width });
      y = doc.y;
    }
    y += 6;
  }
  doc
    .font("Helvetica")
    .fontSize(6.5)
    .fillColor("#64748b")
    .text(input.footer, left, bottom - 8, { width, lineBreak: false });
  doc.end();
  return done;
}
