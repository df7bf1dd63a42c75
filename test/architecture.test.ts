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
