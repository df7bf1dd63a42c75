import { describe, expect, it } from "vitest";
import { createUnderstander } from "../../../src/core/nlu/understand.js";
import { loadDefaultLexicon } from "../../../src/infra/create-core-from-disk.js";
import { GENERALIZATION_GROUPS } from "./generalization-cases.js";

const understander = createUnderstander(loadDefaultLexicon());

describe.each(Object.entries(GENERALIZATION_GROUPS))("generalization: %s", (_group, cases) => {
  it.each(cases)("[%s] %s", (lang, text, expected) => {
    const u = understander.understand(text);
    const { signals, ...rest } = expected;
    expect(u).toMatchObject(rest);
    // `{}` means "no signal at all", so a wrongly set signal (IRB referral on a negation) fails.
    if (signals !== undefined) expect(u.signals ?? {}).toEqual(signals);
    expect(u.lang).toBe(lang);
  });
});
