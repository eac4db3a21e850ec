// No SQL built from strings (issue 10, point 6). Every source file of the app,
// scripts, seed, bench and tests is parsed with the TypeScript compiler and
// these are refused:
// - `$queryRawUnsafe` / `$executeRawUnsafe` anywhere;
// - `Prisma.raw(x)` unless x is a literal;
// - `$queryRaw(x)` / `$executeRaw(x)` called as a function (not as a tagged
//   template) unless x is a `Prisma.sql` tagged template;
// - node-postgres `x.query(sql)` unless sql is a literal (or a config object), a template whose every
//   `${…}` is `escapeIdentifier(…)` (identifiers cannot be bind parameters), or
//   one of the EXCEPTIONS below.
// Values always go in as bind parameters: tagged templates, Prisma.sql, or
// `.query(text, [values])`.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DIRS = ["app", "components", "lib", "scripts", "prisma", "bench", "tests"];
const SKIP = new Set(["node_modules", ".next", "generated", "migrations", "fixtures", "results"]);
const EXTENSIONS = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;

/** Reviewed exceptions: file, the call's source text, and why it is safe. */
const EXCEPTIONS: { file: string; text: string; why: string }[] = [
  {
    file: "prisma/cli-adapter.ts",
    text: "adapter.client.query(script)",
    why: "executeScript of the Prisma CLI adapter: runs the migration SQL that Prisma's schema engine reads from prisma/migrations, never user input",
  },
];

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (SKIP.has(name)) continue;
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (EXTENSIONS.test(name)) out.push(full);
    }
  };
  for (const d of DIRS) walk(path.join(ROOT, d));
  for (const name of readdirSync(ROOT)) if (EXTENSIONS.test(name)) out.push(path.join(ROOT, name));
  return out;
}

const isLiteral = (n: ts.Node) => ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n);
const calleeName = (e: ts.Expression) => (ts.isPropertyAccessExpression(e) ? e.name.text : ts.isIdentifier(e) ? e.text : "");
const isSqlTag = (n: ts.Node) => ts.isTaggedTemplateExpression(n) && ["sql", "Prisma.sql"].includes(n.tag.getText());
const isEscapedIdentifier = (n: ts.Expression) => ts.isCallExpression(n) && calleeName(n.expression) === "escapeIdentifier";

/** Problems in one file's text, as "line: reason: code". Exported shape used by the self-test below. */
export function findSqlFromStrings(fileName: string, text: string): string[] {
  const kind = fileName.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const problems: string[] = [];
  const report = (n: ts.Node, why: string) => {
    const code = n.getText(sf).replace(/\s+/g, " ").slice(0, 120);
    const rel = path.relative(ROOT, fileName);
    if (EXCEPTIONS.some((x) => x.file === rel && code.startsWith(x.text))) return;
    problems.push(`${rel}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}: ${why}: ${code}`);
  };
  const visit = (n: ts.Node) => {
    if ((ts.isIdentifier(n) || ts.isPrivateIdentifier(n)) && /^\$(query|execute)RawUnsafe$/.test(n.text)) {
      report(n.parent ?? n, `${n.text} takes SQL as a string`);
    }
    if (ts.isCallExpression(n)) {
      const name = calleeName(n.expression);
      const [first] = n.arguments;
      if (name === "raw" && n.expression.getText(sf).endsWith("Prisma.raw") && !(first && isLiteral(first))) {
        report(n, "Prisma.raw with a value that is not a literal");
      }
      if ((name === "$queryRaw" || name === "$executeRaw") && !(first && isSqlTag(first))) {
        report(n, `${name}(…) called with something else than a tagged template`);
      }
      if (
        name === "query" &&
        ts.isPropertyAccessExpression(n.expression) &&
        first &&
        !isLiteral(first) &&
        !ts.isObjectLiteralExpression(first)
      ) {
        const escapedOnly = ts.isTemplateExpression(first) && first.templateSpans.every((s) => isEscapedIdentifier(s.expression));
        if (!escapedOnly) report(n, ".query(…) with SQL that is not a literal");
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return problems;
}

describe("no SQL built from strings", () => {
  it("no source file builds SQL from strings", () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(100);
    const problems = files.flatMap((f) => findSqlFromStrings(f, readFileSync(f, "utf8")));
    expect(problems).toEqual([]);
    // Parsing every source file takes a few seconds on a busy 2-core machine.
  }, 60_000);

  it("every exception still exists (a stale one must be removed)", () => {
    for (const x of EXCEPTIONS) expect(readFileSync(path.join(ROOT, x.file), "utf8")).toContain(x.text);
  });

  it("catches each forbidden form, and lets the safe ones through", () => {
    const bad = [
      "await db.$queryRawUnsafe(`SELECT * FROM t WHERE id = ${id}`);",
      "await db.$executeRawUnsafe('DELETE FROM t');",
      "const f = db.$queryRawUnsafe; ",
      "Prisma.raw(column);",
      "Prisma.raw(`${alias}.id`);",
      "await db.$queryRaw('SELECT 1');",
      "await db.$queryRaw('SELECT * FROM t WHERE id = ' + id);",
      "await db.$executeRaw(text);",
      "await client.query(`SELECT * FROM t WHERE name = '${name}'`);",
      "await client.query('SELECT * FROM ' + table);",
      "await client.query(sqlText, [1]);",
    ];
    for (const code of bad) expect(findSqlFromStrings(path.join(ROOT, "lib/x.ts"), code), code).toHaveLength(1);
    const good = [
      "await db.$queryRaw`SELECT * FROM t WHERE id = ${id}`;",
      "await db.$executeRaw`DO $$ BEGIN END $$`;",
      "await db.$queryRaw(Prisma.sql`SELECT ${id}`);",
      "Prisma.raw('t.id'); Prisma.join(parts, ' AND ');",
      "await client.query('SELECT 1 FROM t WHERE id = $1', [id]);",
      "await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);",
    ];
    for (const code of good) expect(findSqlFromStrings(path.join(ROOT, "lib/x.ts"), code), code).toEqual([]);
  });
});
