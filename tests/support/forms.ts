// The forms of a server-rendered page, read from its HTML the way a browser
// without JavaScript submits them: a server action's form carries the action's
// id (and its bound arguments) in hidden `$ACTION_…` inputs and posts to the
// page itself; a search form is a GET of its named fields.
import { readFileSync } from "node:fs";
import path from "node:path";

export type FormField = {
  name: string;
  value: string;
  type: string;
  /** A select's option values, or a searchable picker's suggestions. */ options?: string[];
};

export type PageForm = {
  method: "get" | "post";
  /** The server action's id, when the form posts to one. */
  actionId?: string;
  /** The bound arguments' slot (`$ACTION_n:1`), whose JSON the matrix tampers with. */
  boundSlot?: string;
  /** Every successful control as the browser would send it, `$ACTION_…` inputs included, in order. */
  fields: FormField[];
  /** Names of the fields a user fills in (not hidden, not `$ACTION_…`). */
  userFields: string[];
  /** Names of file inputs. */
  fileFields: string[];
};

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([a-zA-Z_:$][-\w:$.]*)(?:="([^"]*)")?/g)) out[m[1]!.toLowerCase()] = decode(m[2] ?? "");
  return out;
}

/**
 * A search or picker form submitted with each select's first real choice: the
 * URL of the page a user reaches by choosing (a new kader's form appears once
 * a kabupaten is picked; registering one, once she is searched). Null when
 * the form has nothing to choose or type.
 */
export function firstChoiceUrl(pageUrl: string, form: PageForm): string | null {
  const choices = form.fields.filter((f) => f.options?.some((o) => o !== "") || (f.type === "text" && f.value === ""));
  if (!choices.length) return null;
  const u = new URL(pageUrl, "http://x");
  const q = new URLSearchParams();
  // An empty search box gets "an", which most Indonesian names contain.
  for (const f of form.fields)
    q.set(f.name, f.options ? f.value || f.options.find((o) => o !== "")! : f.type === "text" && f.value === "" ? "an" : f.value);
  return `${u.pathname}?${q}`;
}

/** The forms of one HTML page. */
export function formsOf(html: string): PageForm[] {
  const forms: PageForm[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const formAttrs = attrs(m[1]!);
    const body = m[2]!;
    const fields: FormField[] = [];
    const fileFields: string[] = [];
    let firstSubmit: FormField | undefined;
    for (const c of body.matchAll(/<(select|textarea)\b([^>]*)>([\s\S]*?)<\/\1>|<(input|button)\b([^>]*)>/g)) {
      const tag = c[1] ?? c[4]!;
      const a = attrs(c[2] ?? c[5]!);
      if (!a.name || "disabled" in a) continue;
      const type = (a.type ?? (tag === "button" ? "submit" : tag === "input" ? "text" : tag)).toLowerCase();
      if (type === "file") {
        fileFields.push(a.name);
        continue;
      }
      if (type === "submit") {
        firstSubmit ??= { name: a.name, value: a.value ?? "", type };
        continue;
      }
      if ((type === "checkbox" || type === "radio") && !("checked" in a)) continue;
      let value = a.value ?? "";
      let options: string[] | undefined;
      if (tag === "select") {
        const all = [...(c[3] ?? "").matchAll(/<option\b([^>]*)>/g)].map((o) => attrs(o[1]!));
        options = all.map((o) => o.value ?? "");
        value = (all.find((o) => "selected" in o) ?? all[0])?.value ?? "";
      } else if (tag === "textarea") value = decode(c[3] ?? "");
      else if (a.list) {
        // A searchable picker: its suggestions are the choices, when the server rendered some.
        const list =
          new RegExp(`<datalist\\b[^>]*id="${a.list.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*>([\\s\\S]*?)</datalist>`).exec(
            body,
          )?.[1] ?? "";
        const suggested = [...list.matchAll(/<option\b([^>]*)>/g)].map((o) => attrs(o[1]!).value ?? "");
        if (suggested.length) options = suggested;
      } else if (type === "checkbox" && !a.value) value = "on";
      fields.push({ name: a.name, value, type, ...(options ? { options } : {}) });
    }
    if (firstSubmit) fields.push(firstSubmit);
    const actionId = fields.map((f) => /^\$ACTION_ID_([0-9a-f]+)$/.exec(f.name)?.[1]).find(Boolean);
    const ref = fields.find((f) => /^\$ACTION_\d+:0$/.test(f.name));
    const refId = ref ? (JSON.parse(ref.value) as { id?: string }).id : undefined;
    forms.push({
      method: (formAttrs.method ?? "get").toLowerCase() === "post" ? "post" : "get",
      actionId: actionId ?? refId,
      boundSlot: ref ? ref.name.replace(/:0$/, ":1") : undefined,
      fields,
      userFields: [...new Set(fields.filter((f) => f.type !== "hidden" && !f.name.startsWith("$")).map((f) => f.name))],
      fileFields,
    });
  }
  return forms;
}

export type ServerAction = { id: string; file: string; name: string };

/**
 * Every server action of the build, from Next's manifest of server references
 * (a production build must exist): the list the matrix must cover.
 */
export function serverActions(root = process.cwd()): ServerAction[] {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node)
    .map(([id, v]) => ({ id, file: v.filename ?? "?", name: v.exportedName ?? "?" }))
    .sort((a, b) => `${a.file}#${a.name}`.localeCompare(`${b.file}#${b.name}`));
}
