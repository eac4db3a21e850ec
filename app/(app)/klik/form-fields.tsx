"use client";
// Date and multi-line fields for the KLIK and FPK forms, reading value and
// error from the ActionForm context like components/form/fields.
import { useField } from "@/components/form/action-form";

const inputClass =
  "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-base focus:border-teal-600 focus:outline-none focus:ring-2 focus:ring-teal-600/30 aria-[invalid=true]:border-red-500";

function Error({ name, error }: { name: string; error?: string }) {
  return error ? (
    <p id={`f-${name}-error`} className="mt-1 text-sm text-red-700" data-field-error={name}>
      {error}
    </p>
  ) : null;
}

export function DateField({ name, label }: { name: string; label: string }) {
  const { value, error } = useField(name);
  return (
    <div>
      <label htmlFor={`f-${name}`} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={`f-${name}`}
        name={name}
        type="date"
        defaultValue={value}
        key={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `f-${name}-error` : undefined}
        className={inputClass}
      />
      <Error name={name} error={error} />
    </div>
  );
}

export function TextAreaField({ name, label, hint, rows = 3 }: { name: string; label: string; hint?: string; rows?: number }) {
  const { value, error } = useField(name);
  return (
    <div>
      <label htmlFor={`f-${name}`} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={`f-${name}`}
        name={name}
        rows={rows}
        defaultValue={value}
        key={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `f-${name}-error` : undefined}
        className={inputClass}
      />
      {hint && !error ? <p className="mt-1 text-xs text-slate-500">{hint}</p> : null}
      <Error name={name} error={error} />
    </div>
  );
}
