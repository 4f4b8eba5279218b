// Lint: Next's rules, type-aware typescript-eslint, and the import boundaries of DESIGN.md
// (app → components → lib/stores → lib/engines; app → lib/db, lib/content → lib/engines).
import nextVitals from "eslint-config-next/core-web-vitals";
import tseslint from "typescript-eslint";

const serverOnly = ["@/lib/db", "@/lib/db/*", "@/lib/content", "@/lib/content/*", "@prisma/*", "@/lib/env"];
const uiLayers = ["@/app/*", "@/components/*", "react", "react-dom", "next", "next/*"];

/** @param {string[]} group @param {string} message */
const restrict = (group, message) => ({ group, message });

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "lib/db/generated/**",
      "bench/bare/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  ...nextVitals,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": [
        "error",
        { patterns: [restrict(["zustand", "zustand/*"], "Only lib/stores imports zustand (DESIGN.md §3).")] },
      ],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ["lib/engines/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            restrict(
              [
                "@/app/*",
                "@/components/*",
                "@/lib/db",
                "@/lib/db/*",
                "@/lib/content",
                "@/lib/content/*",
                "@/lib/stores/*",
                "@/lib/validations/*",
                "@/lib/env",
                "@/scripts/*",
              ],
              "lib/engines is pure: it imports only itself.",
            ),
            restrict(
              [...uiLayers, "zustand", "zustand/*", "@prisma/*", "node:*", "fs", "path"],
              "lib/engines is pure: no React, Next, Prisma, zustand or Node APIs.",
            ),
          ],
        },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "random", message: "Engines take a seed: use lib/engines/random." },
        { object: "Date", property: "now", message: "Engines take the clock as an argument." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "Engines take the clock as an argument.",
        },
      ],
    },
  },
  {
    files: ["lib/stores/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            restrict([...serverOnly, "@/app/*", "@/components/*"], "Stores sit below components and above engines."),
          ],
        },
      ],
    },
  },
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            restrict(
              serverOnly,
              "Components never reach the data layer or content loaders; pages pass them plain data.",
            ),
            restrict(["@/app/*"], "Components do not import routes."),
            restrict(["zustand", "zustand/*"], "Only lib/stores imports zustand (DESIGN.md §3)."),
          ],
        },
      ],
    },
  },
  {
    files: ["lib/db/**", "lib/content/**", "lib/validations/**", "lib/env.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            restrict(
              ["@/app/*", "@/components/*", "@/lib/stores/*"],
              "The server data layer does not depend on UI code.",
            ),
          ],
        },
      ],
    },
  },
);
