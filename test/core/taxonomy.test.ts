import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as taxonomy from "../../src/core/taxonomy.js";

const CONTRACT = join(import.meta.dirname, "..", "..", "..", "shared", "spec", "taxonomy.json");

// On a fresh clone without ../shared the check cannot run; in CI (../shared beside the clone) it must, so it fails there instead of skipping.
const inCI = Boolean(process.env.CI) && process.env.CI !== "false";

describe.skipIf(!existsSync(CONTRACT) && !inCI)("taxonomy", () => {
  it("holds exactly the contract's ids (ids may be added there, never renamed)", () => {
    expect(existsSync(CONTRACT), `${CONTRACT} is missing: CI must have ../shared beside the clone`).toBe(true);
    const contract = JSON.parse(readFileSync(CONTRACT, "utf8")) as Record<string, Record<string, string>>;
    expect([...taxonomy.SYSTEM_IDS]).toEqual(Object.keys(contract.systems!));
    expect([...taxonomy.APPLICATION_IDS]).toEqual(Object.keys(contract.applications!));
    expect([...taxonomy.ROLE_IDS]).toEqual(Object.keys(contract.roles!));
    expect([...taxonomy.ACCESS_IDS]).toEqual(Object.keys(contract.access!));
    expect([...taxonomy.INTENT_IDS]).toEqual(Object.keys(contract.intents!));
    expect([...taxonomy.STATUS_IDS]).toEqual(Object.keys(contract.statuses!));
  });
});
