"use client";
// A searchable kabupaten field in a form (issue 12, point 2): the user's
// kabupaten as the browser's suggestion list, rendered by the server, so typing
// filters them with or without JavaScript. Posts the text; the action resolves
// it with chooseKabupaten (lib/options.ts) through withKabupatenFromSearch.
import { useField } from "./action-form";
import { KabupatenSuggestions, SearchFieldShell } from "./search-field-shell";
import { kabupatenChoiceLabel } from "@/lib/options";

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
  return (
    <SearchFieldShell
      id={`f-${name}`}
      name={name}
      label={label}
      hint={hint}
      error={error}
      listId={`f-${name}-list`}
      defaultValue={byId ? kabupatenChoiceLabel(byId) : value}
      placeholder={placeholder}
    >
      <KabupatenSuggestions options={options} />
    </SearchFieldShell>
  );
}
