"use client";
// A form bound to a server action. Fields read their value and error from
// context, so pages compose forms from server-rendered labels and options.
// A field-entry form (`entry`) also keeps a draft on the phone and sends
// through the outbox when JavaScript runs (components/offline, decision 0030).
import { createContext, Fragment, useActionState, useContext, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import type { FormState } from "@/lib/forms/state";
import { EntryNotices } from "@/components/offline/entry-notices";
import { useFieldEntry, type FieldEntry } from "@/components/offline/use-field-entry";

type Ctx = { values: Record<string, string>; errors: Record<string, string>; pending: boolean };
const FormCtx = createContext<Ctx>({ values: {}, errors: {}, pending: false });

export function useField(name: string) {
  const { values, errors } = useContext(FormCtx);
  return { value: values[name], error: errors[name] };
}

export function ActionForm({
  action,
  initialValues = {},
  children,
  className,
  entry,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues?: Record<string, string>;
  children: ReactNode;
  className?: string;
  entry?: FieldEntry;
}) {
  const [state, formAction] = useActionState(action, {});
  const view = useFieldEntry(entry, initialValues);
  // After a failed submit, show what the user typed (React resets the form).
  const values = view.values ?? state.values ?? initialValues;
  const formError = view.formError !== undefined ? view.formError : state.formError;
  const fieldErrors = view.fieldErrors ?? (view.formError !== undefined ? {} : state.fieldErrors) ?? {};
  return (
    <form
      ref={view.formRef}
      action={formAction}
      onSubmit={view.enabled ? view.onSubmit : undefined}
      onInput={view.enabled ? view.onInput : undefined}
      onChange={view.enabled ? view.onInput : undefined}
      className={className ?? "space-y-4"}
      noValidate
    >
      {view.enabled ? <EntryNotices view={view} /> : null}
      {formError ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm whitespace-pre-line text-red-800">
          {formError}
        </p>
      ) : null}
      <FormCtx.Provider value={{ values, errors: fieldErrors, pending: view.pending }}>
        <Fragment key={view.generation}>{children}</Fragment>
      </FormCtx.Provider>
    </form>
  );
}

export function SubmitButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending: posting } = useFormStatus();
  const { pending: sending } = useContext(FormCtx);
  const pending = posting || sending;
  return (
    <button
      type="submit"
      disabled={pending}
      className="w-full rounded bg-teal-700 px-4 py-2.5 font-medium text-white hover:bg-teal-800 disabled:opacity-60 sm:w-auto"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
