// The filled part of a progress bar, drawn as SVG: a width from data goes in an
// SVG attribute, because the CSP allows no style attributes (decision 0015).
export function BarFill({ percent, className }: { percent: number; className: string }) {
  const width = Math.max(0, Math.min(100, percent));
  return (
    <svg className="block h-full w-full" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect width={width} height={1} className={className} />
    </svg>
  );
}

/** A small colour square for a legend (an SVG fill, not a style attribute). */
export function Swatch({ colour, outline }: { colour: string; outline?: string }) {
  return (
    <svg className="inline-block h-3 w-3" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <rect x={0.5} y={0.5} width={11} height={11} rx={2} fill={colour} stroke={outline ?? colour} strokeWidth={1} />
    </svg>
  );
}
