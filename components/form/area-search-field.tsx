"use client";
// A searchable desa field (issue 12, point 2): a text input with a <datalist>
// of suggestions fetched as the user types (the browser's own list: keyboard,
// screen readers and phones handle it). The input itself is what is posted:
// the chosen suggestion ends with the desa's Kemendagri code, and without
// JavaScript the user types that code (lib/data/geo-search.ts resolves both).
import { useEffect, useId, useRef, useState } from "react";
import { useField } from "./action-form";
import { SearchFieldShell } from "./search-field-shell";

type Suggestion = { value: string; label: string };

export function AreaSearchField({
  name,
  errorName,
  label,
  hint,
  searchUrl,
  placeholder,
}: {
  /** The posted text field (e.g. "desa"). */
  name: string;
  /** The field the data layer reports on (e.g. "desaId"). */
  errorName: string;
  label: string;
  hint: string;
  /** The suggestions route with its scope, e.g. "/wilayah/cari?kabupatenId=12". */
  searchUrl: string;
  placeholder?: string;
}) {
  const { value } = useField(name);
  const { error } = useField(errorName);
  const listId = useId();
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const pending = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      pending.current?.abort();
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  function search(text: string) {
    if (timer.current) clearTimeout(timer.current);
    const q = text.trim();
    // A chosen suggestion (it ends with the code) or too little to search on.
    if (/\d{10}/.test(q) || (q.length < 2 && !/^\d+$/.test(q))) return;
    timer.current = setTimeout(async () => {
      pending.current?.abort();
      const ctl = new AbortController();
      pending.current = ctl;
      try {
        const sep = searchUrl.includes("?") ? "&" : "?";
        const res = await fetch(`${searchUrl}${sep}q=${encodeURIComponent(q)}`, {
          signal: ctl.signal,
          headers: { Accept: "application/json" },
        });
        if (res.ok) setSuggestions(((await res.json()) as { results: Suggestion[] }).results);
      } catch {
        // Aborted by a newer search, or offline: the typed code still posts.
      }
    }, 150);
  }

  return (
    <SearchFieldShell
      id={`f-${name}`}
      name={name}
      errorName={errorName}
      label={label}
      hint={hint}
      error={error}
      listId={listId}
      defaultValue={value}
      placeholder={placeholder}
      onInput={(e) => search(e.currentTarget.value)}
    >
      {suggestions.map((s) => (
        <option key={s.value} value={s.value} label={s.label} />
      ))}
    </SearchFieldShell>
  );
}
