import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { timelinesFileSchema } from "../../src/core/knowledge/schema.js";
import { convert, convertFolders, parseArgs, parseIrccDate, parsePtimeValue } from "../../scripts/data-ptime.js";
import { ROOT } from "../core/knowledge/real-knowledge.js";

const FIXTURE = join(ROOT, "test", "fixtures", "ptime");
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("parsePtimeValue", () => {
  it.each([
    ["22 days", { amount: 22, unit: "day" }],
    ["1 week", { amount: 1, unit: "week" }],
    ["4 weeks", { amount: 4, unit: "week" }],
    ["7 months", { amount: 7, unit: "month" }],
    ["5 minutes", { amount: 5, unit: "minute" }],
    ["Part 1: 5 months", { amount: 5, unit: "month", part: 1 }],
    ["Not enough data", { noData: "not-enough-data" }],
    ["No processing time available", { noData: "not-available" }],
  ])("reads %j", (text, value) => {
    expect(parsePtimeValue(text)).toEqual(value);
  });

  it.each(["", "soon", "22", "days 22", "-3 days"])("refuses %j", (text) => {
    expect(parsePtimeValue(text)).toBeNull();
  });

  it("reads IRCC's dates and refuses impossible ones", () => {
    expect(parseIrccDate("June 24, 2026")).toBe("2026-06-24");
    expect(parseIrccDate("February 30, 2026")).toBeNull();
    expect(parseIrccDate("24/06/2026")).toBeNull();
  });
});

describe("convertFolders", () => {
  const file = convertFolders([FIXTURE], "2026-02-05");
  const entry = (key: string) => file.entries.find((e) => e.key === key);

  it("merges snapshots oldest first, the newest value winning per key", () => {
    expect(file.snapshots).toEqual(["2026-01-07", "2026-02-04"]);
    expect(entry("pr_card.new_pr")).toMatchObject({
      applications: ["pr-card-new"],
      asOf: "2026-02-04",
      kind: "historical",
      value: { amount: 38, unit: "day" },
    });
    expect(entry("citizenship.cit_adoption_part1")?.value).toEqual({ amount: 5, unit: "month", part: 1 });
  });

  it("keeps a line the newer snapshot dropped, with its own older as-of date, as forward-looking", () => {
    expect(entry("spousal_outside_roc_flpt.spousal_outside_roc_flpt")).toMatchObject({
      applications: ["sponsorship-spouse"],
      asOf: "2026-01-07",
      kind: "forward-looking",
      quebec: false,
      insideCanada: false,
      value: { amount: 16, unit: "month" },
    });
  });

  it("keeps per-country values, including IRCC's no-data answers", () => {
    expect(entry("visitor-outside-canada")?.byCountry).toEqual({
      IN: { amount: 22, unit: "day" },
      PH: { amount: 17, unit: "day" },
      US: { noData: "not-available" },
    });
    expect(file.countries).toEqual({ IN: "India", PH: "Philippines", US: "United States of America" });
  });

  it("reports keys that fit no application instead of guessing", () => {
    expect(file.skipped).toEqual(["refugees_private"]);
    expect(file.entries.some((e) => e.key === "refugees_private")).toBe(false);
  });

  it("produces a file the knowledge base schema accepts", () => {
    expect(timelinesFileSchema.safeParse(file).success).toBe(true);
    expect(file.checked).toBe("2026-02-05");
  });

  it("fails listing every unreadable value and date", () => {
    const dir = mkdtempSync(join(tmpdir(), "ptime-"));
    dirs.push(dir);
    cpSync(join(FIXTURE, "2026-02-04"), dir, { recursive: true });
    const path = join(dir, "data-ptime-non-country-en.json");
    const json = JSON.parse(readFileSync(path, "utf8"));
    json["default-update"].lastupdated = "sometime";
    json.pr_card.new_pr = "about a month";
    writeFileSync(path, JSON.stringify(json));
    expect(() => convertFolders([dir], "2026-02-05")).toThrow(
      /default-update\.lastupdated[\s\S]*pr_card\.new_pr: unreadable value "about a month"/,
    );
  });
});

describe("never dropping lines silently (IRCC's real snapshots)", () => {
  const SHARED = join(ROOT, "..", "shared", "data", "ircc-processing-times");
  const committed = timelinesFileSchema.parse(JSON.parse(readFileSync(join(ROOT, "data", "timelines.json"), "utf8")));

  it("writes all 46 lines from the parent folder, each with its own as-of date", () => {
    const { file, lost } = convert([SHARED], "2026-06-25", { previous: committed });
    expect(file.entries).toHaveLength(46);
    expect(lost).toEqual([]);
    expect(file.entries.find((e) => e.key === "spousal_outside_roc_flpt.spousal_outside_roc_flpt")?.asOf).toBe("2026-05-20");
  });

  it("on one snapshot folder fails naming every line the current file would lose", () => {
    let message = "";
    try {
      convert([join(SHARED, "2026-06-24")], "2026-06-25", { previous: committed });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/22 line\(s\)/);
    for (const key of [
      "spousal_outside_roc_flpt.spousal_outside_roc_flpt",
      "pgp_roc_flpt.pgp_roc_flpt",
      "cit_grant_flpt.cit_grant_flpt",
      "cec_flpt.cec_flpt",
    ]) {
      expect(message).toContain(key);
    }
  });

  it("with --allow-missing writes the rest and names each lost line", () => {
    const { file, lost, missing } = convert([join(SHARED, "2026-06-24")], "2026-06-25", { previous: committed, allowMissing: true });
    expect(file.entries).toHaveLength(24);
    expect(lost).toHaveLength(22);
    expect(missing).toEqual(expect.arrayContaining([...lost]));
  });

  it("fails when a snapshot folder lacks one of its three files", () => {
    const dir = mkdtempSync(join(tmpdir(), "ptime-missing-"));
    dirs.push(dir);
    cpSync(join(FIXTURE, "2026-02-04"), dir, { recursive: true });
    rmSync(join(dir, "data-ptime-en.json"));
    expect(() => convertFolders([dir], "2026-02-05")).toThrow(/data-ptime-en\.json: missing/);
  });
});

describe("command line", () => {
  it("parses folders, --out and --checked, and refuses a bad date", () => {
    expect(parseArgs(["a", "--out", "x.json", "b", "--checked", "2026-01-01"], "2026-11-22")).toEqual({
      folders: ["a", "b"],
      out: "x.json",
      checked: "2026-01-01",
      allowMissing: false,
    });
    expect(parseArgs(["a"], "2026-11-22")).toMatchObject({ out: "data/timelines.json", checked: "2026-11-22" });
    expect(() => parseArgs(["a", "--checked", "soon"], "2026-11-22")).toThrow();
    expect(() => parseArgs([], "2026-11-22")).toThrow();
  });

  it("writes the timelines file when run as `npm run data:ptime`", () => {
    const dir = mkdtempSync(join(tmpdir(), "ptime-out-"));
    dirs.push(dir);
    const out = join(dir, "timelines.json");
    execFileSync(
      process.execPath,
      ["--import", "tsx", join(ROOT, "scripts", "data-ptime.ts"), FIXTURE, "--out", out, "--checked", "2026-02-05"],
      { cwd: ROOT },
    );
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(JSON.parse(JSON.stringify(convertFolders([FIXTURE], "2026-02-05"))));
  });
});
