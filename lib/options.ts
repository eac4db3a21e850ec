/** One choice of a <select>, and a labelled group of them (the form fields render these). */
export type Option = { value: string; label: string };
export type OptionGroup = { label: string; options: Option[] };

/** Kabupaten options for a <select>, grouped under their province, in the given order. */
export function kabupatenGroups(kabupaten: { id: number; label: string; provinceName: string }[]): OptionGroup[] {
  const groups = new Map<string, OptionGroup>();
  for (const k of kabupaten) {
    const g = groups.get(k.provinceName) ?? { label: k.provinceName, options: [] };
    g.options.push({ value: String(k.id), label: k.label });
    groups.set(k.provinceName, g);
  }
  return [...groups.values()];
}

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
