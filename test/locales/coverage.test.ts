import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { APPLICATION_IDS, ROLE_IDS, STATUS_IDS, SYSTEM_IDS } from "../../src/core/taxonomy.js";

const LOCALES = join(import.meta.dirname, "..", "..", "locales");
const present = readdirSync(LOCALES).filter((l) => statSync(join(LOCALES, l)).isDirectory());

type Tree = { [key: string]: string | Tree };
function get(tree: Tree, path: string): unknown {
  let node: unknown = tree;
  for (const part of path.split(".")) node = node && typeof node === "object" ? (node as Tree)[part] : undefined;
  return node;
}

const REQUIRED: string[] = [
  ...APPLICATION_IDS.flatMap((id) => [`applications.${id}.name`, `applications.${id}.explanation`]),
  ...SYSTEM_IDS.flatMap((id) => [`systems.${id}.name`, `systems.${id}.explanation`]),
  ...ROLE_IDS.flatMap((id) => [`roles.${id}.name`]),
  ...STATUS_IDS.flatMap((id) => [`statuses.${id}.name`, `statuses.${id}.meaning`]),
];

describe.each(present)("%s knowledge-base catalogue", (lng) => {
  it("names and explains every application, system, role and status id", () => {
    const file = join(LOCALES, lng, "kb.json");
    expect(existsSync(file), `${file} is missing`).toBe(true);
    const kb = JSON.parse(readFileSync(file, "utf8")) as Tree;
    const missing = REQUIRED.filter((key) => typeof get(kb, key) !== "string" || (get(kb, key) as string).trim() === "");
    expect(missing).toEqual([]);
  });

  it("keeps button names short enough for Telegram and Discord buttons (≤ 40 characters)", () => {
    const file = join(LOCALES, lng, "kb.json");
    if (!existsSync(file)) return;
    const kb = JSON.parse(readFileSync(file, "utf8")) as Tree;
    const long = REQUIRED.filter((k) => k.endsWith(".name")).filter((key) => ((get(kb, key) as string | undefined) ?? "").length > 40);
    expect(long).toEqual([]);
  });
});
