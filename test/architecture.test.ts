import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
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
    /(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/g,
  )) {
    specifiers.push(match[1] ?? match[2] ?? match[3] ?? "");
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
    for (const [folder, other] of [
      ["telegram", /^discord\.js|^@discordjs\//],
      ["discord", /^grammy|^@grammyjs\//],
    ] as const) {
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
    // shard.ts is the entry point of a Discord shard process (it reads DATABASE_URL, inherited from main.ts's process).
    const allowed = new Set(["main.ts", join("adapters", "discord", "shard.ts")]);
    const violations = files(SRC)
      .map((file) => relative(SRC, file))
      .filter((file) => !allowed.has(file) && !file.startsWith("cli/") && /process\.env/.test(readFileSync(join(SRC, file), "utf8")));
    expect(violations).toEqual([]);
  });
});
