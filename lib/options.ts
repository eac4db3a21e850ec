/** One choice of a <select>, and a labelled group of them (the form fields render these). */
export type Option = { value: string; label: string };
export type OptionGroup = { label: string; options: Option[] };

type KabupatenChoice = { id: number; code: string; label: string; provinceName: string };

/** "Kab. Lombok Timur · Nusa Tenggara Barat · 5203": a kabupaten as the searchable picker offers it. */
export function kabupatenChoiceLabel(k: KabupatenChoice): string {
  return `${k.label} · ${k.provinceName} · ${k.code}`;
}

/**
 * The kabupaten a picker's text names among `options`: an id (links carry
 * `?kabupatenId=12`), a four-digit Kemendagri code standing alone (the chosen
 * suggestion ends with it; without JavaScript one types it), or a label or
 * name that only one option has, in any case ("lombok timur", "Kota Mataram").
 */
export function chooseKabupaten<K extends KabupatenChoice>(options: readonly K[], raw: string | number | undefined): K | undefined {
  if (raw === undefined) return undefined;
  const text = String(raw).replace(/\s+/g, " ").trim().toLowerCase();
  if (text === "") return undefined;
  if (/^\d+$/.test(text) && text.length !== 4) return options.find((k) => k.id === Number(text));
  const code = /(?:^|\D)(\d{4})(?:\D|$)/.exec(text)?.[1];
  if (code) return options.find((k) => k.code === code) ?? (/^\d{4}$/.test(text) ? options.find((k) => k.id === Number(text)) : undefined);
  const bare = (label: string) => label.toLowerCase().replace(/^(kab\.|kabupaten|kota) /, "");
  const named = options.filter((k) => k.label.toLowerCase() === text || bare(k.label) === text.replace(/^(kab\.|kabupaten) /, ""));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * What a list's kabupaten filter received (`?kabupatenId=`): `asIs` for
 * nothing or an id (links carry ids; the list's own filter schema and scope
 * judge them, as before: another area's id lists nothing); `chosen` for text
 * naming one of `options` (the chosen suggestion, a typed code, a unique name),
 * which the page turns into the id; `unknown` for text naming none, which the
 * list ignores and says so beside the field.
 */
export type KabupatenFilterChoice = { kind: "asIs" } | { kind: "chosen"; id: number } | { kind: "unknown"; text: string };

export function kabupatenFilterChoice(options: readonly KabupatenChoice[], raw: string | undefined): KabupatenFilterChoice {
  const text = (raw ?? "").trim();
  // Four digits are a code first (what one types without the list), as chooseKabupaten reads them.
  if (text === "" || (/^\d+$/.test(text) && text.length !== 4)) return { kind: "asIs" };
  const chosen = chooseKabupaten(options, text);
  if (!chosen) return { kind: "unknown", text };
  return String(chosen.id) === text ? { kind: "asIs" } : { kind: "chosen", id: chosen.id };
}
