// ESLint 9 flat config: Next's rules (core web vitals + TypeScript) and the house's boundaries.
// Boundaries (see README "How it fits together"):
//   - the database client (lib/db, lib/generated, @prisma/*) only from lib/data, lib/content, lib/auth, lib/search,
//     scripts and prisma/ (seed, config) and their tests;
//   - lib/data reads only: it imports nothing from lib/content;
//   - proxy.ts does cookie and path work: no lib/content, lib/auth/session, lib/db, and of lib/data only the
//     cached route status (lib/data/routes: a tagged cache read; the database only on a miss);
//   - a "use client" file imports no server module (lib/data, lib/content, lib/db, lib/auth, server-only);
//   - locale facts live in i18n/: no `=== "ar"` / `=== "en"` comparisons elsewhere.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// One regex per module family, matching both the "@/..." alias and relative forms ("../db", "../../lib/data/x").
const modules = {
  db: { regex: "^(@/lib/db|(\\.\\.?/)+(lib/)?db)(\\.ts)?$|^(@/lib/generated|(\\.\\.?/)+(lib/)?generated)(/.*)?$|^@prisma/", what: "the database client" },
  data: { regex: "^(@/lib/data|(\\.\\.?/)+(lib/)?data)(/.*)?$", what: "lib/data" },
  // The proxy's one read: the cached, tagged route status (301/410), no database round trip on a hit.
  dataButRoutes: { regex: "^(@/lib/data|(\\.\\.?/)+(lib/)?data)(/(?!routes$).*)?$", what: "lib/data (other than the cached route status, lib/data/routes)" },
  content: { regex: "^(@/lib/content|(\\.\\.?/)+(lib/)?content)(/.*)?$", what: "lib/content" },
  session: { regex: "^(@/lib/auth/session|(\\.\\.?/)+(lib/)?(auth/)?session)(\\.ts)?$", what: "lib/auth/session" },
  auth: { regex: "^(@/lib/auth|(\\.\\.?/)+(lib/)?auth)(/.*)?$", what: "lib/auth" },
  serverOnly: { regex: "^server-only$", what: "server-only" },
};

function restrict(names, why) {
  return [
    "error",
    {
      patterns: names.map((name) => ({
        regex: modules[name].regex,
        message: `${modules[name].what} may not be imported here: ${why}`,
      })),
    },
  ];
}

const dbReaders = ["lib/db.ts", "lib/data/**", "lib/content/**", "lib/auth/**", "lib/search/**", "scripts/**", "prisma/**", "e2e/support/**", "*.config.ts"];

// A "use client" module runs in the browser: it may not import a server module.
const serverModules = ["db", "data", "content", "auth", "serverOnly"].map((name) => new RegExp(modules[name].regex));
const house = {
  rules: {
    "no-server-import-in-client": {
      meta: { type: "problem", schema: [], messages: { server: "A \"use client\" file imports the server module '{{source}}'." } },
      create(context) {
        let client = false;
        return {
          Program(node) {
            client = node.body.some((s) => s.type === "ExpressionStatement" && s.directive === "use client");
          },
          ImportDeclaration(node) {
            const source = String(node.source.value);
            if (client && node.importKind !== "type" && serverModules.some((re) => re.test(source))) {
              context.report({ node, messageId: "server", data: { source } });
            }
          },
        };
      },
    },
  },
};

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ["lib/generated/**", ".next*/**", "test-results/**", "playwright-report/**", "e2e/.tmp/**", ".data/**", "public/**", ".stryker-tmp/**"],
  },
  {
    plugins: { house },
    rules: {
      "house/no-server-import-in-client": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "no-restricted-imports": restrict(["db"], "read through lib/data, write through lib/content"),
      "no-restricted-syntax": [
        "error",
        {
          selector: "BinaryExpression[operator=/^[!=]==?$/] > Literal[value=/^(ar|en)$/]",
          message: "Locale facts live in i18n/ (i18n/config.ts): ask it instead of comparing with a locale code.",
        },
      ],
    },
  },
  { files: dbReaders, rules: { "no-restricted-imports": "off" } },
  { files: ["lib/data/**"], rules: { "no-restricted-imports": restrict(["content"], "reads never write; writers live in lib/content") } },
  {
    files: ["proxy.ts"],
    rules: { "no-restricted-imports": restrict(["db", "dataButRoutes", "content", "session"], "the proxy does cookie and path work only") },
  },
  // i18n/ holds the locale facts; lib/error-page.mjs runs in plain Node (scripts/serve.mjs), which cannot load i18n/config.ts.
  { files: ["i18n/**", "lib/error-page.mjs"], rules: { "no-restricted-syntax": "off" } },
  // CommonJS config files Next and the cache handler load with require().
  { files: ["**/*.js", "**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  // Tests poke at parsed JSON-LD and feed documents, whose shape is what they check.
  { files: ["**/*.test.ts", "e2e/**", "lib/testing/**"], rules: { "@typescript-eslint/no-explicit-any": "off" } },
  // Tests and scripts may compare with locale codes (they check what a reader sees).
  { files: ["**/*.test.ts", "e2e/**", "scripts/**", "prisma/**"], rules: { "no-restricted-syntax": "off" } },
];

export default config;
