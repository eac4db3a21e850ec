"use client";
// The request id and language of the page load, for the error page
// (components/layout/error-notice.tsx). Provided by the root layout, which
// reads the id the edge server set (scripts/server.mjs).
import { createContext, useContext, useState, type ReactNode } from "react";

export type RequestInfo = { requestId: string | null; locale: "id" | "en"; loadPath: string | null };

const Context = createContext<RequestInfo | null>(null);

export function RequestInfoProvider({
  requestId,
  locale,
  children,
}: {
  requestId: string | null;
  locale: "id" | "en";
  children: ReactNode;
}) {
  // The path the document was loaded at: an error shown at another path came
  // from a client-side navigation, i.e. from another request than this id's.
  const [loadPath] = useState(() => (typeof window === "undefined" ? null : window.location.pathname));
  return <Context.Provider value={{ requestId, locale, loadPath }}>{children}</Context.Provider>;
}

export function useRequestInfo(): RequestInfo | null {
  return useContext(Context);
}
