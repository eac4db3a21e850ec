// Text searched "as itself": Prisma's contains/startsWith (LIKE/ILIKE) pass %
// and _ through as wildcards, so a search for "%" would list every row. Every
// name search of the data layer escapes its text with this one function.

/** `text` for a LIKE pattern, with `\`, `%` and `_` escaped. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
