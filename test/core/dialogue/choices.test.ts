import { describe, expect, it } from "vitest";
import { decodeAction } from "../../../src/core/actions.js";
import { applicationChoices, roleChoices, statusChoices } from "../../../src/core/dialogue/choices.js";
import type { Translate } from "../../../src/core/i18n/translator.js";

const translateTo =
  (prefix: string): Translate =>
  (key) =>
    `${prefix}:${key}`;

describe("clarifying choices", () => {
  it("builds each list once per locale, intent and Quebec flag, and never mixes locales", () => {
    const en = translateTo("en");
    const fr = translateTo("fr");
    expect(applicationChoices("timeline", en)).toBe(applicationChoices("timeline", en, { quebec: false }));
    expect(applicationChoices("timeline", fr)).not.toBe(applicationChoices("timeline", en));
    expect(applicationChoices("timeline", fr)[0]?.label).toMatch(/^fr:kb:applications\./);
    expect(applicationChoices("timeline", en, { quebec: true })).not.toEqual(applicationChoices("timeline", en));
    expect(applicationChoices("access", en)).not.toEqual(applicationChoices("timeline", en));
  });

  it("carries buttons that decode to the intent and slot they were built for", () => {
    const t = translateTo("en");
    for (const [list, slot] of [
      [applicationChoices("access", t, { quebec: true }), "application"],
      [statusChoices("status-meaning", t), "status"],
      [roleChoices("access", t), "role"],
    ] as const) {
      expect(list.length).toBeGreaterThan(0);
      for (const choice of list) expect(decodeAction(choice.data)).toMatchObject({ type: "clarify", slot });
    }
  });

  it("hands out frozen lists, since every reply shares them", () => {
    const list = statusChoices("status-meaning", translateTo("en"));
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list[0])).toBe(true);
  });
});
