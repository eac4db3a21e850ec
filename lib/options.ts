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
