// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules,
// and the layers of docs/conventions.md as import boundaries, so they are
// enforced rather than remembered (decision 0023).
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * The Prisma client and its driver: only lib/data (through lib/db) and the seed,
 * scripts and tests reach them. The `Prisma` namespace (types, and the Prisma.sql
 * tag lib/authz/scope.ts builds its SQL fragment with) gives no access to the
 * database and is allowed.
 */
const PRISMA_CLIENT = {
  allowImportNames: ["Prisma"],
  regex: "^(@/lib/db/client|(\\.\\./)+db/client|@/lib/generated/prisma(/client)?|@prisma/client|@prisma/adapter-pg)$",
  message: "Only lib/data talks to the database: call a lib/data function (docs/conventions.md).",
};
const APP = { regex: "^(@/app/|(\\.\\./)+app/)", message: "app/ is the top layer: move what both need into components/ or lib/." };
const COMPONENTS = {
  regex: "^(@/components/|(\\.\\./)+components/)",
  message: "lib/ never imports presentation: pass data, not components.",
};

/** $queryRawUnsafe and $executeRawUnsafe take SQL as a string: use tagged $queryRaw or Prisma.sql. */
const NO_UNSAFE_RAW = {
  selector: "MemberExpression[property.name=/^\\$(queryRawUnsafe|executeRawUnsafe)$/]",
  message: "No SQL from strings: use tagged $queryRaw / Prisma.sql (tests/unit/no-sql-strings.test.ts).",
};

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "public/sw.js",
      "node_modules/**",
      "lib/generated/**",
      "test-results/**",
      "playwright-report/**",
      ".pekka/**",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "no-restricted-syntax": ["error", NO_UNSAFE_RAW],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    // CommonJS where Node or Next load it so.
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "proxy.ts", "instrumentation.ts"],
    ignores: ["lib/data/**", "lib/db/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [PRISMA_CLIENT] }] },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [PRISMA_CLIENT, APP] }] },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/data/**", "lib/db/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [PRISMA_CLIENT, APP, COMPONENTS] }] },
  },
  {
    files: ["lib/data/**/*.{ts,tsx}", "lib/db/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [APP, COMPONENTS] }] },
  },
);
