"use client";
import { useState, type ReactNode } from "react";
import { useField } from "./action-form";
import type { Option, OptionGroup } from "@/lib/options";

const inputClass =
  "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-base focus:border-teal-600 focus:outline-none focus:ring-2 focus:ring-teal-600/30 aria-[invalid=true]:border-red-500";

function Wrapper({
  name,
  label,
  hint,
  error,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={`f-${name}`} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint && !error ? <p className="mt-1 text-xs text-slate-500">{hint}</p> : null}
      {error ? (
        <p id={`f-${name}-error`} className="mt-1 text-sm text-red-700" data-field-error={name}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({
  name,
  label,
  hint,
  type = "text",
  autoComplete,
  inputMode,
}: {
  name: string;
  label: string;
  hint?: string;
  type?: "text" | "email" | "password" | "tel" | "number" | "date";
  autoComplete?: string;
  inputMode?: "numeric" | "tel" | "email" | "text";
}) {
  const { value, error } = useField(name);
  return (
    <Wrapper name={name} label={label} hint={hint} error={error}>
      <input
        id={`f-${name}`}
        name={name}
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        defaultValue={type === "password" ? undefined : value}
        key={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `f-${name}-error` : undefined}
        className={inputClass}
      />
    </Wrapper>
  );
}

export function TextAreaField({ name, label, hint, rows = 4 }: { name: string; label: string; hint?: string; rows?: number }) {
  const { value, error } = useField(name);
  return (
    <Wrapper name={name} label={label} hint={hint} error={error}>
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
    </Wrapper>
  );
}

export type { Option, OptionGroup } from "@/lib/options";

export function SelectField({
  name,
  label,
  hint,
  options,
  groups,
  placeholder,
}: {
  name: string;
  label: string;
  hint?: string;
  options?: Option[];
  groups?: OptionGroup[];
  placeholder?: string;
}) {
  const { value, error } = useField(name);
  return (
    <Wrapper name={name} label={label} hint={hint} error={error}>
      <select
        id={`f-${name}`}
        name={name}
        defaultValue={value ?? ""}
        key={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `f-${name}-error` : undefined}
        className={inputClass}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </Wrapper>
  );
}

export function CheckboxField({ name, label, hint }: { name: string; label: string; hint?: string }) {
  const { value, error } = useField(name);
  const checked = value === "on" || value === "true";
  return (
    <div>
      <label className="flex items-start gap-2 text-sm text-slate-800">
        <input type="checkbox" name={name} defaultChecked={checked} key={String(checked)} className="mt-0.5 h-5 w-5" />
        <span>
          {label}
          {hint ? <span className="block text-xs text-slate-500">{hint}</span> : null}
        </span>
      </label>
      {error ? <p className="mt-1 text-sm text-red-700">{error}</p> : null}
    </div>
  );
}

/** A value the page fills in; a restored draft brings back its own (the version she saw, say). */
export function HiddenField({ name, value }: { name: string; value: string }) {
  const restored = useField(name).value;
  return <input type="hidden" name={name} value={restored ?? value} />;
}

/**
 * A file input. After a failed submit the browser cannot refill it, so the
 * hint asks to choose the file again; `accept` only helps the phone's picker:
 * the server checks the content itself. A file over `maxBytes` is refused at
 * once, before it travels over slow mobile data (the server checks again).
 */
export function FileField({
  name,
  label,
  hint,
  accept,
  maxBytes,
  tooLargeMessage,
}: {
  name: string;
  label: string;
  hint?: string;
  accept?: string;
  maxBytes?: number;
  tooLargeMessage?: string;
}) {
  const { error } = useField(name);
  const [localError, setLocalError] = useState<string | undefined>();
  const shown = localError ?? error;
  return (
    <Wrapper name={name} label={label} hint={hint} error={shown}>
      <input
        id={`f-${name}`}
        name={name}
        type="file"
        accept={accept}
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          if (f && maxBytes && f.size > maxBytes) {
            e.currentTarget.value = "";
            setLocalError(tooLargeMessage);
          } else setLocalError(undefined);
        }}
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown ? `f-${name}-error` : undefined}
        className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-3 file:py-1.5`}
      />
    </Wrapper>
  );
}
