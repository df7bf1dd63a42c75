import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isOfficialSource } from "../../../src/core/knowledge/schema.js";
import { APPLICATION_IDS, ROLE_IDS, STATUS_IDS, SYSTEM_IDS } from "../../../src/core/taxonomy.js";
import { DATA_DIR, ROOT, realKnowledge } from "./real-knowledge.js";

type Tree = { [key: string]: string | Tree };
const catalogue = (lng: string): Tree => JSON.parse(readFileSync(join(ROOT, "locales", lng, "kb.json"), "utf8")) as Tree;
const lookup = (tree: Tree, path: string): unknown =>
  path.split(".").reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);

/** Every fact object in data/*.json (anything carrying `sources`), with its file and JSON path. */
function facts(): { where: string; sources: string[]; checked: string; secondary?: boolean }[] {
  const out: { where: string; sources: string[]; checked: string; secondary?: boolean }[] = [];
  const walk = (node: unknown, where: string): void => {
    if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) walk(child, `${where}.${i}`);
    } else if (node && typeof node === "object") {
      const record = node as Record<string, unknown>;
      if (Array.isArray(record.sources))
        out.push({
          where,
          sources: record.sources as string[],
          checked: String(record.checked),
          secondary: record.secondary as boolean | undefined,
        });
      for (const [key, child] of Object.entries(record)) if (key !== "sources") walk(child, `${where}.${key}`);
    }
  };
  for (const file of ["systems", "applications", "caveats", "access", "statuses", "durations", "service-standards", "timelines"]) {
    walk(JSON.parse(readFileSync(join(DATA_DIR, `${file}.json`), "utf8")), file);
  }
  return out;
}

describe("knowledge base data", () => {
  const kb = realKnowledge();

  it("covers every taxonomy id", () => {
    expect(Object.keys(kb.applications).sort()).toEqual([...APPLICATION_IDS].sort());
    expect(Object.keys(kb.systems).sort()).toEqual([...SYSTEM_IDS].sort());
    expect(Object.keys(kb.statuses).sort()).toEqual([...STATUS_IDS].sort());
    expect(Object.keys(kb.files.access.roles).sort()).toEqual([...ROLE_IDS].sort());
  });

  it("gives every fact https sources and an ISO checked date, flagging non-government pages", () => {
    const all = facts();
    expect(all.length).toBeGreaterThan(120);
    for (const fact of all) {
      expect(fact.sources.length, fact.where).toBeGreaterThan(0);
      for (const url of fact.sources) expect(url, fact.where).toMatch(/^https:\/\//);
      expect(fact.checked, fact.where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (fact.sources.some((url) => !isOfficialSource(url))) expect(fact.secondary, fact.where).toBe(true);
    }
  });

  it("keeps the May 2026 lines IRCC dropped in June, dated May 20", () => {
    const spouse = kb.timelinesByApplication.get("sponsorship-spouse") ?? [];
    expect(spouse.length).toBe(4);
    for (const entry of spouse) expect(entry.asOf).toBe("2026-05-20");
    const prCard = kb.timelinesByApplication.get("pr-card-new") ?? [];
    expect(prCard.map((e) => [e.asOf, e.value])).toEqual([["2026-06-24", { amount: 38, unit: "day" }]]);
  });

  it("routes nothing through a system it also lists as not showing the application", () => {
    for (const [id, app] of Object.entries(kb.applications)) {
      for (const step of app.track) expect(app.notSystems, id).not.toContain(step.system);
    }
  });
});

describe.each(["en", "fr"])("kb catalogue %s", (lng) => {
  const kb = realKnowledge();
  const tree = catalogue(lng);
  const has = (key: string): boolean => typeof lookup(tree, key) === "string";

  it.each([...APPLICATION_IDS])("names and explains application %s", (id) => {
    expect(has(`applications.${id}.name`) && has(`applications.${id}.explanation`)).toBe(true);
    expect((lookup(tree, `applications.${id}.name`) as string).length).toBeLessThan(40);
  });

  it.each([...SYSTEM_IDS])("names and explains system %s", (id) => {
    expect(has(`systems.${id}.name`) && has(`systems.${id}.explanation`)).toBe(true);
    expect((lookup(tree, `systems.${id}.name`) as string).length).toBeLessThan(40);
  });

  it.each([...ROLE_IDS])("names and explains role %s", (id) => {
    expect(has(`roles.${id}.name`) && has(`roles.${id}.explanation`)).toBe(true);
    expect((lookup(tree, `roles.${id}.name`) as string).length).toBeLessThan(40);
  });

  it.each([...STATUS_IDS])("explains status %s (name, meaning, next, worry)", (id) => {
    for (const part of ["name", "meaning", "next", "worry"]) expect(has(`statuses.${id}.${part}`), `${id}.${part}`).toBe(true);
    expect((lookup(tree, `statuses.${id}.name`) as string).length).toBeLessThan(40);
  });

  it("has a text for every caveat, duration, access rule and timeline variant the data refers to", () => {
    const missing: string[] = [];
    const need = (key: string): void => {
      if (!has(key)) missing.push(key);
    };
    for (const id of kb.caveats.keys()) need(`caveats.${id}`);
    for (const id of kb.durations.keys()) need(`durations.${id}`);
    const rules = Object.values(kb.files.access.roles).flatMap((r) => [
      r.default,
      ...Object.values(r.groups ?? {}),
      ...Object.values(r.applications ?? {}),
      ...Object.values(r.otherPart ?? {}),
      ...(r.withoutForm ? [r.withoutForm] : []),
    ]);
    for (const rule of [...rules, kb.files.access.credentialSharing, kb.files.access.sponsorshipParty]) {
      if (!rule) continue;
      need(`accessReasons.${rule.reason}`);
      if (rule.instead) need(`accessInstead.${rule.instead}`);
      need(`access.${rule.access}.answer`);
    }
    for (const entry of kb.files.timelines.entries) if (entry.variant) need(`timeline.variants.${entry.variant}`);
    expect(missing).toEqual([]);
  });
});
