// Pieces every chart shares: the numbers as a table for screen readers, and a
// mark that links to its records when it has somewhere to go.
import type { ReactNode } from "react";

export function ChartTable({ caption, rows }: { caption: ReactNode; rows: { key: string | number; label: string; value: string }[] }) {
  return (
    <table className="sr-only">
      <caption>{caption}</caption>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td>{r.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function MarkLink({ href, attrs, children }: { href?: string; attrs: Record<string, string>; children: ReactNode }) {
  return href ? (
    <a href={href} {...attrs}>
      {children}
    </a>
  ) : (
    <g {...attrs}>{children}</g>
  );
}
