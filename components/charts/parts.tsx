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

/**
 * A chart's mark: a link named by `label` (a column of 0 has no text of its own)
 * when it has somewhere to go, else a group; the <title> is the hover tooltip.
 */
export function MarkLink({
  href,
  label,
  attrs,
  children,
}: {
  href?: string;
  label: string;
  attrs: Record<string, string>;
  children: ReactNode;
}) {
  return href ? (
    <a href={href} aria-label={label} {...attrs}>
      <title>{label}</title>
      {children}
    </a>
  ) : (
    <g {...attrs}>
      <title>{label}</title>
      {children}
    </g>
  );
}

/**
 * The SVG's role: an image when nothing in it is a link; a labelled group when
 * its marks are links, because an image's content is not reachable (and a
 * link inside role="img" is an interactive control nested in another).
 */
export function chartRole(title: string, linked: boolean) {
  return linked ? { role: "group", "aria-label": title } : { role: "img", "aria-label": title };
}
