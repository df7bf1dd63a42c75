import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "..", "src");
const FORBIDDEN_IN_CORE = [
  /^grammy/,
  /^@grammyjs\//,
  /^discord\.js/,
  /^@discordjs\//,
  /^lowdb/,
  /^(node:)?fs(\/|$)/,
  /^pino/,
  /\/adapters\//,
  /\/infra\//,
  /\/config\//,
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  for (const match of source.matchAll(
    /(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)|\bimport\s*["']([^"']+)["']/g,
  )) {
    // The last form is a side-effect import (`import "x";`), which has no `from`.
    specifiers.push(match[1] ?? match[2] ?? match[3] ?? match[4] ?? "");
  }
  return specifiers;
}

describe("architecture", () => {
  it("keeps src/core free of platform SDKs, storage, the file system and the environment", () => {
    const violations: string[] = [];
    for (const file of files(join(SRC, "core"))) {
      const source = readFileSync(file, "utf8");
      for (const specifier of importsOf(source)) {
        if (FORBIDDEN_IN_CORE.some((pattern) => pattern.test(specifier))) violations.push(`${relative(SRC, file)} imports ${specifier}`);
      }
      if (/process\.env/.test(source)) violations.push(`${relative(SRC, file)} reads process.env`);
    }
    expect(violations).toEqual([]);
  });

  it("detects a forbidden import (the scanner itself works)", () => {
    const specifiers = importsOf(`import { Bot } from "grammy";\nimport type { X } from 'lowdb';\nconst fs = await import("node:fs");`);
    expect(specifiers.filter((s) => FORBIDDEN_IN_CORE.some((p) => p.test(s)))).toEqual(["grammy", "lowdb", "node:fs"]);
  });

  it("keeps each adapter away from the other platform's SDK", () => {
    const violations: string[] = [];
    for (const [folder, other] of OTHER_PLATFORM_SDK) {
      const dir = join(SRC, "adapters", folder);
      let list: string[] = [];
      try {
        list = files(dir);
      } catch {
        continue;
      }
      for (const file of list) {
        for (const specifier of importsOf(readFileSync(file, "utf8")))
          if (other.test(specifier)) violations.push(`${relative(SRC, file)} imports ${specifier}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("reads the environment only in main.ts and the CLI entry points", () => {
    const violations = files(SRC)
      .map((file) => relative(SRC, file))
      .filter((file) => readsEnvOutsideEntries(file, readFileSync(join(SRC, file), "utf8")));
    expect(violations).toEqual([]);
  });

  it("keeps src/adapters from importing src/infra (adapters get ports; main.ts wires infra in)", () => {
    const adapters = files(join(SRC, "adapters")).map((path) => ({ path, source: readFileSync(path, "utf8") }));
    expect(adapters.length).toBeGreaterThan(10);
    expect(infraImportsFromAdapters(adapters)).toEqual([]);
  });

  it("fails the adapters-to-infra rule on a planted violation, whatever the import form", () => {
    const planted = [
      { path: join(SRC, "adapters", "telegram", "planted.ts"), source: `import { graceful } from "../../infra/health.js";` },
      { path: join(SRC, "adapters", "discord", "planted.ts"), source: `export type { X } from "../../infra/metrics.js";` },
      { path: join(SRC, "adapters", "planted.ts"), source: `const m = await import("../infra/store/journal.js");` },
      { path: join(SRC, "adapters", "console", "planted.ts"), source: `import "../../infra/metrics.js";` },
      // Allowed: ports, core, and a sibling that merely has "infra" in its name.
      { path: join(SRC, "adapters", "telegram", "fine.ts"), source: `import "../../ports/health.js";\nimport "./infra-like.js";` },
    ];
    expect(infraImportsFromAdapters(planted)).toEqual([
      "adapters/telegram/planted.ts imports ../../infra/health.js",
      "adapters/discord/planted.ts imports ../../infra/metrics.js",
      "adapters/planted.ts imports ../infra/store/journal.js",
      "adapters/console/planted.ts imports ../../infra/metrics.js",
    ]);
  });

  it("fails the other-platform-SDK rule on a planted violation", () => {
    const planted = (folder: string, source: string) => {
      const other = OTHER_PLATFORM_SDK.find(([name]) => name === folder)?.[1];
      return importsOf(source).filter((specifier) => other?.test(specifier));
    };
    expect(planted("telegram", `import { Client } from "discord.js";\nimport { REST } from "@discordjs/rest";`)).toEqual([
      "discord.js",
      "@discordjs/rest",
    ]);
    expect(planted("discord", `import type { Bot } from "grammy";\nimport { run } from "@grammyjs/runner";`)).toEqual([
      "grammy",
      "@grammyjs/runner",
    ]);
    expect(planted("discord", `import { Client } from "discord.js";`)).toEqual([]);
  });

  it("fails the environment rule on a planted process.env outside main.ts and the shard entry", () => {
    expect(readsEnvOutsideEntries(join("adapters", "telegram", "planted.ts"), "const t = process.env.TOKEN;")).toBe(true);
    expect(readsEnvOutsideEntries(join("core", "planted.ts"), "const { LANG } = process.env;")).toBe(true);
    expect(readsEnvOutsideEntries("discord-shard.ts", "const u = process.env.DATABASE_URL;")).toBe(false);
    expect(readsEnvOutsideEntries(join("cli", "ask.ts"), "process.env.X")).toBe(false);
  });
});

// ---- the core as a dispatcher (issue 17): narrow core, no platform names in it, no cycles, small files ----

const ROOT = join(SRC, "..");

interface SourceFile {
  /** Path relative to the repository root, with forward slashes. */
  readonly path: string;
  readonly source: string;
}

const read = (dir: string): SourceFile[] =>
  files(dir).map((file) => ({ path: relative(ROOT, file).split("\\").join("/"), source: readFileSync(file, "utf8") }));

/** Comments removed (line and block), so rules look at code only; string contents are kept. */
function withoutComments(source: string): string {
  return source.replace(/("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`)|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (match, literal) =>
    literal ? match : "",
  );
}

/** Adapters, main.ts and scripts talk to the core through its methods, never through `core.deps` (the ports behind it). */
function depsAccess(sources: readonly SourceFile[]): string[] {
  return sources.flatMap(({ path, source }) => (/\.deps\b/.test(withoutComments(source)) ? [`${path} reads .deps`] : []));
}

/** String literals in src/core that name a platform or its user-id prefix: adapters and senders declare those. */
function platformNames(sources: readonly SourceFile[]): string[] {
  const violations: string[] = [];
  for (const { path, source } of sources) {
    for (const match of withoutComments(source).matchAll(/"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`/g)) {
      const text = match[0].slice(1, -1);
      if (/telegram|discord/i.test(text) || /^(tg|dc):/.test(text)) violations.push(`${path}: ${match[0]}`);
    }
  }
  return violations;
}

/** `path imports specifier` for each import of a file under src/adapters that resolves into src/infra. */
function infraImportsFromAdapters(entries: readonly { readonly path: string; readonly source: string }[]): string[] {
  const infra = join(SRC, "infra");
  const violations: string[] = [];
  for (const { path, source } of entries) {
    if (!path.startsWith(join(SRC, "adapters"))) continue;
    for (const specifier of importsOf(source)) {
      if (!specifier.startsWith(".")) continue;
      const target = resolve(dirname(path), specifier);
      if (target === infra || target.startsWith(`${infra}/`)) violations.push(`${relative(SRC, path)} imports ${specifier}`);
    }
  }
  return violations;
}

/** Import cycles among the given files (relative imports only), each as the path around it. */
function importCycles(sources: readonly SourceFile[]): string[] {
  const known = new Set(sources.map((f) => f.path));
  const edges = new Map<string, string[]>();
  for (const { path, source } of sources) {
    const dir = path.split("/").slice(0, -1).join("/");
    const targets = importsOf(source)
      .filter((s) => s.startsWith("."))
      .map((s) => join(dir, s.replace(/\.js$/, ".ts")).split("\\").join("/"))
      .filter((target) => known.has(target));
    edges.set(path, targets);
  }
  const cycles: string[] = [];
  const state = new Map<string, "open" | "done">();
  const visit = (node: string, trail: string[]): void => {
    state.set(node, "open");
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === "open") cycles.push([...trail.slice(trail.indexOf(next)), node, next].join(" → "));
      else if (!state.has(next)) visit(next, [...trail, node]);
    }
    state.set(node, "done");
  };
  for (const node of [...edges.keys()].sort()) if (!state.has(node)) visit(node, []);
  return cycles;
}

/** Replies built by hand (an `answer: { intent…` literal) instead of through makeReply, which fills every contract field. */
function handBuiltReplies(sources: readonly SourceFile[]): string[] {
  return sources.flatMap(({ path, source }) =>
    path.endsWith("/make-reply.ts") || !/\banswer:\s*\{\s*intent\b/.test(withoutComments(source)) ? [] : [`${path} builds a reply by hand`],
  );
}

const MAX_LINES = 300;
/**
 * Data tables may be longer than a code file (a table is read as a whole); today there is none, the
 * lexicon being data in data/nlu/. Keep this list tiny.
 */
const DATA_TABLES = new Set<string>([]);

function oversizeFiles(sources: readonly SourceFile[], allowed: ReadonlySet<string>): string[] {
  return sources.flatMap(({ path, source }) => {
    const lines = source.split("\n").length - (source.endsWith("\n") ? 1 : 0);
    return lines > MAX_LINES && !allowed.has(path) ? [`${path}: ${lines} lines`] : [];
  });
}

describe("architecture: the core as a dispatcher", () => {
  const core = read(join(SRC, "core"));

  it("gives adapters, main.ts and scripts no way behind the core (.deps)", () => {
    const outside = [...read(join(SRC, "adapters")), ...read(join(ROOT, "scripts")), ...read(SRC).filter((f) => f.path === "src/main.ts")];
    expect(depsAccess(outside)).toEqual([]);
  });

  it("names no platform in src/core (senders declare their user-id prefix and rates)", () => {
    expect(platformNames(core)).toEqual([]);
  });

  it("builds every reply with makeReply (core and adapters alike)", () => {
    expect(handBuiltReplies(read(SRC))).toEqual([]);
  });

  it("has no import cycle in src/core", () => {
    expect(importCycles(core)).toEqual([]);
  });

  it(`keeps every file in src/ at most ${MAX_LINES} lines, except data tables`, () => {
    expect(oversizeFiles(read(SRC), DATA_TABLES)).toEqual([]);
    expect(core.find((f) => f.path === "src/core/bot-core.ts")?.source.split("\n").length).toBeLessThanOrEqual(150);
  });

  it("catches planted violations of each rule (the checkers themselves work)", () => {
    const planted = (path: string, source: string): SourceFile[] => [{ path, source }];
    expect(depsAccess(planted("src/adapters/x/y.ts", "const s = core.deps.store;"))).toEqual(["src/adapters/x/y.ts reads .deps"]);
    expect(depsAccess(planted("src/adapters/x/y.ts", "// core.deps is gone\nconst s = core.localeFor(r);"))).toEqual([]);
    expect(
      platformNames(planted("src/core/a.ts", `if (id.startsWith("tg:")) return 'Telegram';\n// Discord in a comment is fine`)),
    ).toEqual(['src/core/a.ts: "tg:"', "src/core/a.ts: 'Telegram'"]);
    expect(platformNames(planted("src/core/a.ts", "const k = `discord:` + key;"))).toHaveLength(1);
    const cycle = [
      { path: "src/core/a.ts", source: 'import { b } from "./b.js";' },
      { path: "src/core/b.ts", source: 'import type { c } from "./sub/c.js";' },
      { path: "src/core/sub/c.ts", source: 'export { a } from "../a.js";' },
      { path: "src/core/d.ts", source: 'import { a } from "./a.js";' },
    ];
    expect(importCycles(cycle)).toEqual(["src/core/a.ts → src/core/b.ts → src/core/sub/c.ts → src/core/a.ts"]);
    expect(importCycles(cycle.slice(1))).toEqual([]);
    expect(handBuiltReplies(planted("src/adapters/x.ts", 'const r = { lang, text, answer: { intent: "help", needs: [] } };'))).toEqual([
      "src/adapters/x.ts builds a reply by hand",
    ]);
    expect(handBuiltReplies(planted("src/core/y.ts", "return {\n  answer: {\n    intent,\n    role: null,\n  },\n};"))).toHaveLength(1);
    expect(handBuiltReplies(planted("src/core/make-reply.ts", "answer: { intent: meta.intent }"))).toEqual([]);
    expect(handBuiltReplies(planted("src/core/x.ts", "answer: { ...help.answer, intent: 'out-of-scope' }"))).toEqual([]);
    const long = planted("src/core/long.ts", "x;\n".repeat(MAX_LINES + 1));
    expect(oversizeFiles(long, new Set())).toEqual([`src/core/long.ts: ${MAX_LINES + 1} lines`]);
    expect(oversizeFiles(long, new Set(["src/core/long.ts"]))).toEqual([]);
    expect(oversizeFiles(planted("src/core/ok.ts", "x;\n".repeat(MAX_LINES)), new Set())).toEqual([]);
  });
});

/**
 * Entry points may read the environment: main.ts, discord-shard.ts (a Discord shard process; it reads
 * DATABASE_URL, inherited from main.ts's process) and the CLI tools. Paths are relative to src/.
 */
function readsEnvOutsideEntries(file: string, source: string): boolean {
  return !["main.ts", "discord-shard.ts"].includes(file) && !file.startsWith("cli/") && /process\.env/.test(source);
}

/** Each adapter folder and the other platform's SDK it must not import. */
const OTHER_PLATFORM_SDK = [
  ["telegram", /^discord\.js|^@discordjs\//],
  ["discord", /^grammy|^@grammyjs\//],
] as const;
