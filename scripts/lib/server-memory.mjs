// The V8 heap cap of the production server (decision 0013). Left alone, V8
// grows the heap lazily: ten concurrent dashboard loads took `next start` to
// 1 GB RSS although ~140 MB of it was live. With the cap it collects sooner:
// the bench's peak RSS went from 1 059 MB to ~370 MB, with no loss in latency.
// An operator's own --max-old-space-size in NODE_OPTIONS wins.
export const SERVER_HEAP_MB = 256;

/** NODE_OPTIONS for `next start`: the given options plus the heap cap unless one is set. */
export function serverNodeOptions(existing = process.env.NODE_OPTIONS ?? "") {
  if (/--max-old-space-size/.test(existing)) return existing;
  return `${existing} --max-old-space-size=${SERVER_HEAP_MB}`.trim();
}
