// The one markup of every searchable area field (issue 12, point 2): label, a
// text input tied to the browser's own suggestion list (<datalist>), the hint
// and the error. No hooks and no "use client": the form fields (client
// components, which add their search) and the list filters and the kabupaten
// picker (server components) all render it.
import type { FormEventHandler, ReactNode } from "react";
import { kabupatenChoiceLabel } from "@/lib/options";

const STYLES = {
  /** An action form's field (as components/form/fields.tsx). */
  form: {
    label: "block text-sm font-medium text-slate-800",
    input:
      "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-base focus:border-teal-600 focus:outline-none focus:ring-2 focus:ring-teal-600/30 aria-[invalid=true]:border-red-500",
  },
  /** A list page's filter (as components/ui/list.tsx's filterInputClass). */
  filter: {
    label: "block",
    input:
      "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 focus:border-teal-600 focus:outline-none focus:ring-2 focus:ring-teal-600/30 aria-[invalid=true]:border-red-500",
  },
} as const;

export function SearchFieldShell({
  id,
  name,
  label,
  hint,
  error,
  errorName = name,
  listId,
  defaultValue,
  placeholder,
  maxLength,
  onInput,
  variant = "form",
  className,
  children,
}: {
  /** The input's id; the hint and the error take theirs from it. */
  id: string;
  /** The posted field. */
  name: string;
  label: string;
  hint: string;
  error?: string;
  /** The field the error is about, when the data layer reports on another one (the desa search reports on desaId). */
  errorName?: string;
  listId: string;
  defaultValue?: string;
  placeholder?: string;
  maxLength?: number;
  onInput?: FormEventHandler<HTMLInputElement>;
  variant?: keyof typeof STYLES;
  className?: string;
  /** The <option>s of the suggestion list. */
  children: ReactNode;
}) {
  const style = STYLES[variant];
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={className}>
      <label htmlFor={id} className={style.label}>
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="text"
        list={listId}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        maxLength={maxLength}
        defaultValue={defaultValue}
        key={defaultValue ?? ""}
        onInput={onInput}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        className={style.input}
      />
      <datalist id={listId}>{children}</datalist>
      <p id={hintId} className="mt-1 text-xs text-slate-500">
        {hint}
      </p>
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700" data-field-error={errorName}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

type KabupatenChoice = { id: number; code: string; label: string; provinceName: string };

/** A kabupaten suggestion list: "Kab. Lombok Timur · Nusa Tenggara Barat · 5203", ending with the code the server reads. */
export function KabupatenSuggestions({ options }: { options: readonly KabupatenChoice[] }) {
  return options.map((o) => <option key={o.id} value={kabupatenChoiceLabel(o)} />);
}
