// The layers of docs/conventions.md are ESLint rules (eslint.config.mjs). This
// lints planted violations with the project's own config, so a rule that stops
// firing (a typo in a pattern, a file glob that no longer matches) fails here.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "no-restricted-syntax").map((m) => m.ruleId!);
}

describe("import boundaries", { timeout: 30_000 }, () => {
  it("only lib/data reaches the Prisma client", async () => {
    const code = 'import { db } from "@/lib/db/client";\nexport const x = db;\n';
    expect(await restricted("app/(app)/kader/page.tsx", code)).toEqual(["no-restricted-imports"]);
    expect(await restricted("components/ui/x.tsx", code)).toEqual(["no-restricted-imports"]);
    expect(await restricted("lib/domain/x.ts", code)).toEqual(["no-restricted-imports"]);
    expect(await restricted("lib/data/x.ts", code)).toEqual([]);
    expect(
      await restricted(
        "app/(app)/x/page.tsx",
        'import { PrismaClient } from "@/lib/generated/prisma/client";\nexport const x = PrismaClient;\n',
      ),
    ).toEqual(["no-restricted-imports"]);
    // The Prisma namespace (types and the Prisma.sql tag) reaches no database: lib/authz builds its SQL fragment with it.
    expect(
      await restricted("lib/authz/x.ts", 'import { Prisma } from "@/lib/generated/prisma/client";\nexport const x = Prisma.sql`TRUE`;\n'),
    ).toEqual([]);
    expect(
      await restricted(
        "lib/authz/x.ts",
        'import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";\nexport const x = [Prisma, PrismaClient];\n',
      ),
    ).toEqual(["no-restricted-imports"]);
    // The generated enums are plain values: every layer may use them.
    expect(
      await restricted("lib/validation/x.ts", 'import { Role } from "@/lib/generated/prisma/enums";\nexport const x = Role;\n'),
    ).toEqual([]);
  });

  it("components never import from app/, lib never from components/ or app/", async () => {
    expect(
      await restricted("components/layout/x.tsx", 'import { signOutAction } from "@/app/auth-actions";\nexport const x = signOutAction;\n'),
    ).toEqual(["no-restricted-imports"]);
    expect(
      await restricted("lib/options.ts", 'import type { Option } from "@/components/form/fields";\nexport type X = Option;\n'),
    ).toEqual(["no-restricted-imports"]);
    expect(
      await restricted("lib/data/x.ts", 'import { Notice } from "../../components/ui/page-header";\nexport const x = Notice;\n'),
    ).toEqual(["no-restricted-imports"]);
    expect(await restricted("lib/domain/x.ts", 'import { x } from "@/app/(app)/kader/actions";\nexport const y = x;\n')).toEqual([
      "no-restricted-imports",
    ]);
  });

  it("no SQL from strings through the unsafe raw methods", async () => {
    const code =
      "export async function f(db: { $queryRawUnsafe(q: string): Promise<unknown> }, q: string) {\n  return db.$queryRawUnsafe(q);\n}\n";
    expect(await restricted("lib/data/x.ts", code)).toEqual(["no-restricted-syntax"]);
    expect(await restricted("prisma/seed.ts", code)).toEqual(["no-restricted-syntax"]);
  });
});
