"use client";
import { useEffect, useRef, type ReactNode } from "react";
import { usePathname } from "next/navigation";

/**
 * The phone menu: a <details> disclosure (works without JavaScript) that closes
 * itself after navigating, because the header stays mounted across pages.
 */
export function MobileMenu({ summary, children }: { summary: ReactNode; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);
  return (
    <details ref={ref} className="md:hidden">
      <summary data-testid="nav-toggle" className="cursor-pointer list-none rounded px-3 py-2 hover:bg-white/10">
        {summary}
      </summary>
      {children}
    </details>
  );
}
