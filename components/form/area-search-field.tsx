"use client";
// A searchable desa field (issue 12, point 2): a text input with a <datalist>
// of suggestions fetched as the user types (the browser's own list: keyboard,
// screen readers and phones handle it). The input itself is what is posted:
// the chosen suggestion ends with the desa's Kemendagri code, and without
// JavaScript the user types that code (lib/data/geo-search.ts resolves both).
import { useEffect, useId, useRef, useState } from "react";
import { useField } from "./action-form";

const inputClass =
  "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-base focus:border-teal-600 focus:outline-none focus:ring-2 focus:ring-teal-600/30 aria-[invalid=true]:border-red-500";

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

  const describedBy = [`f-${name}-hint`, error ? `f-${errorName}-error` : null].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={`f-${name}`} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={`f-${name}`}
        name={name}
        type="text"
        list={listId}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        defaultValue={value}
        key={value}
        onInput={(e) => search(e.currentTarget.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={inputClass}
      />
      <datalist id={listId}>
        {suggestions.map((s) => (
          <option key={s.value} value={s.value} label={s.label} />
        ))}
      </datalist>
      <p id={`f-${name}-hint`} className="mt-1 text-xs text-slate-500">
        {hint}
      </p>
      {error ? (
        <p id={`f-${errorName}-error`} className="mt-1 text-sm text-red-700" data-field-error={errorName}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
