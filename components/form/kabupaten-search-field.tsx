"use client";
// A searchable kabupaten field in a form (issue 12, point 2): the user's
// kabupaten as the browser's suggestion list, rendered by the server, so typing
// filters them with or without JavaScript. Posts the text; the action resolves
// it with chooseKabupaten (lib/options.ts) through withKabupatenFromSearch.
import { useField } from "./action-form";
import { kabupatenChoiceLabel } from "@/lib/options";

const inputClass =
  "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-base focus:border-teal-600 focus:outline-none focus:ring-2 focus:ring-teal-600/30 aria-[invalid=true]:border-red-500";

export function KabupatenSearchField({
  name,
  label,
  hint,
  placeholder,
  options,
}: {
  name: string;
  label: string;
  hint: string;
  placeholder?: string;
  options: { id: number; code: string; label: string; provinceName: string }[];
}) {
  const { value, error } = useField(name);
  // An edit form's initial value is the id: show what the user would have chosen.
  const byId = options.find((o) => String(o.id) === value);
  const shown = byId ? kabupatenChoiceLabel(byId) : value;
  const describedBy = [`f-${name}-hint`, error ? `f-${name}-error` : null].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={`f-${name}`} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={`f-${name}`}
        name={name}
        type="text"
        list={`f-${name}-list`}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        defaultValue={shown}
        key={shown}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={inputClass}
      />
      <datalist id={`f-${name}-list`}>
        {options.map((o) => (
          <option key={o.id} value={kabupatenChoiceLabel(o)} />
        ))}
      </datalist>
      <p id={`f-${name}-hint`} className="mt-1 text-xs text-slate-500">
        {hint}
      </p>
      {error ? (
        <p id={`f-${name}-error`} className="mt-1 text-sm text-red-700" data-field-error={name}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
