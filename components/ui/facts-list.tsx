// A record's facts as label/value pairs: stacked on a phone, two columns from
// `sm` up. Every detail page shows its record through this one list.
import type { ReactNode } from "react";

// Whole class names, so Tailwind finds them.
const MAX_WIDTH = { "2xl": "max-w-2xl", "3xl": "max-w-3xl" } as const;
const LABEL_WIDTH = { "10rem": "sm:grid-cols-[10rem_1fr]", "12rem": "sm:grid-cols-[12rem_1fr]" } as const;

export type Fact = readonly [label: string, value: ReactNode];

export function FactsList({
  facts,
  maxWidth = "2xl",
  labelWidth = "12rem",
  preLine = false,
  testId,
}: {
  facts: readonly Fact[];
  maxWidth?: keyof typeof MAX_WIDTH;
  labelWidth?: keyof typeof LABEL_WIDTH;
  /** Keep the line breaks of values typed in a textarea (notes, narratives). */
  preLine?: boolean;
  testId?: string;
}) {
  return (
    <dl
      className={`grid ${MAX_WIDTH[maxWidth]} grid-cols-1 gap-x-6 gap-y-2 rounded border border-slate-200 bg-white p-4 text-sm ${LABEL_WIDTH[labelWidth]}`}
      data-testid={testId}
    >
      {facts.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-600">{label}</dt>
          <dd className={preLine ? "whitespace-pre-line" : undefined}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
