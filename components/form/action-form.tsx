"use client";
// A form bound to a server action. Fields read their value and error from
// context, so pages compose forms from server-rendered labels and options.
import { createContext, useActionState, useContext, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import type { FormState } from "@/lib/forms/state";

type Ctx = { values: Record<string, string>; errors: Record<string, string> };
const FormCtx = createContext<Ctx>({ values: {}, errors: {} });

export function useField(name: string) {
  const { values, errors } = useContext(FormCtx);
  return { value: values[name], error: errors[name] };
}

export function ActionForm({
  action,
  initialValues = {},
  children,
  className,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues?: Record<string, string>;
  children: ReactNode;
  className?: string;
}) {
  const [state, formAction] = useActionState(action, {});
  // After a failed submit, show what the user typed (React resets the form).
  const values = state.values ?? initialValues;
  return (
    <form action={formAction} className={className ?? "space-y-4"} noValidate>
      {state.formError ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm whitespace-pre-line text-red-800">
          {state.formError}
        </p>
      ) : null}
      <FormCtx.Provider value={{ values, errors: state.fieldErrors ?? {} }}>{children}</FormCtx.Provider>
    </form>
  );
}

export function SubmitButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
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
