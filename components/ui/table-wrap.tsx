import type { ReactNode } from "react";

/**
 * A table that scrolls sideways on a 360 px phone (the `table-wrap` class).
 * When the table holds no link or control, a keyboard user could not reach
 * the columns out of view: the region then takes the focus (arrow keys
 * scroll it) and is named, so a screen reader says what it is.
 * `labelledBy` is the id of the heading the table sits under.
 */
export function ScrollRegion({ labelledBy, className = "", children }: { labelledBy: string; className?: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-labelledby={labelledBy}
      tabIndex={0}
      className={`table-wrap focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 ${className}`}
    >
      {children}
    </div>
  );
}
