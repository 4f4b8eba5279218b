// Turbopack loader for the generated Prisma clients (lib/db/generated/*), applied by next.config.js.
// They resolve their own folder and .env files from process.cwd() or a computed config.dirname,
// which Turbopack cannot resolve statically, so it traces the whole project (or the whole client
// folder) into the standalone output, and the instrumentation trace ignores
// outputFileTracingExcludes. This marks those paths and the file-system calls with turbopackIgnore
// comments: comments only, the code runs exactly as generated. next.config.js adds the files the
// clients do read at runtime (schema.prisma, query_compiler_bg.wasm) through
// outputFileTracingIncludes, and scripts/check-standalone.mjs proves the result still serves.
"use strict";

const HINT = "/* turbopackIgnore: true */ ";
const DYNAMIC_ROOT = /\(\s*(process\.cwd\(\)|config\.dirname\b)/g;
const FS_CALL = /\b(existsSync|readFileSync|readdirSync|statSync|lstatSync)\((?!\/\*)/g;

/** @param {string} source */
module.exports = function traceHintsLoader(source) {
  return source.replace(DYNAMIC_ROOT, `(${HINT}$1`).replace(FS_CALL, `$1(${HINT}`);
};
