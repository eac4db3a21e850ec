"use client";
// The progress of an import's background job. It asks the job's state every
// couple of seconds (a few bytes over slow data) and re-renders the page once
// the job is done; without JavaScript the page reloads itself (<noscript>).
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { BarFill } from "@/components/ui/bar-fill";

type JobState = { status: "QUEUED" | "RUNNING" | "DONE" | "FAILED"; done: number; of: number | null };

export function JobProgress({
  jobId,
  labels,
}: {
  jobId: number;
  /** Server-translated texts; `{done}` and `{of}` are replaced here. */
  labels: { running: string; reading: string; waiting: string; noScript: string };
}) {
  const router = useRouter();
  const [state, setState] = useState<JobState | null>(null);
  useEffect(() => {
    let stop = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const res = await fetch(`/api/jobs/${jobId}`, { cache: "no-store" });
        if (res.ok) {
          const s = (await res.json()) as JobState;
          if (stop) return;
          setState(s);
          if (s.status === "DONE" || s.status === "FAILED") {
            router.refresh();
            return;
          }
        }
      } catch {
        // A dropped connection: ask again on the next tick.
      }
      if (!stop) timer = setTimeout(poll, 1500);
    };
    timer = setTimeout(poll, 800);
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [jobId, router]);
  const done = state?.done ?? 0;
  const of = state?.of ?? 0;
  const running = state?.status === "RUNNING";
  const pct = running && of > 0 ? Math.min(100, Math.round((done / of) * 100)) : 0;
  const fill = (text: string) => text.replace("{done}", String(done)).replace("{of}", String(of));
  // Rows are counted while the file is read (no total yet), then checked or written out of a total.
  const text = !running ? labels.waiting : of > 0 ? fill(labels.running) : done > 0 ? fill(labels.reading) : labels.waiting;
  return (
    <div className="rounded border border-slate-200 bg-white p-4" role="status" aria-live="polite" data-testid="job-progress">
      <p className="text-sm">{text}</p>
      <div className="mt-2 h-2 overflow-hidden rounded bg-slate-100">
        <BarFill percent={pct} className="fill-teal-600" />
      </div>
      <noscript>
        <meta httpEquiv="refresh" content="3" />
        <p className="mt-2 text-xs text-slate-500">{labels.noScript}</p>
      </noscript>
    </div>
  );
}
