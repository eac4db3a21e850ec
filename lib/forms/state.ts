/** What a form action answers: errors beside the fields, and what the user typed, so nothing is lost. */
export type FormState = {
  formError?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

export const EMPTY_FORM_STATE: FormState = {};
