import { describe, expect, it } from "vitest";
import { decodeAction } from "../../src/core/actions.js";
import type { Understander, Understanding } from "../../src/core/nlu/understanding.js";
import { createCoreFromDisk } from "../../src/infra/create-core-from-disk.js";
import { BLANK_UNDERSTANDING } from "../helpers/understanding.js";

/** The lexicon-and-model reading of a message scripted per text, so the test does not depend on the trained weights. */
function scripted(readings: Record<string, Partial<Understanding>>): Understander {
  return { understand: (text) => ({ ...BLANK_UNDERSTANDING, ...(readings[text] ?? {}) }) };
}

const unsure = "cas pr card how long";
const readings: Record<string, Partial<Understanding>> = {
  [unsure]: { intent: "trackable", application: "pr-card-renewal", confidence: 0.41, alternatives: ["timeline"] },
  "where do i track my pr card renewal": { intent: "trackable", application: "pr-card-renewal", confidence: 0.97, alternatives: [] },
  "how long does a pr card renewal take": { intent: "timeline", application: "pr-card-renewal", confidence: 0.95, alternatives: [] },
};

describe("asking back when the reading is unsure", () => {
  it("asks with one button per reading, and ask --json gives the best reading, the alternatives and needs: intent", async () => {
    const core = await createCoreFromDisk({ understander: scripted(readings) });
    const r = core.ask(unsure, { lang: "en" });
    expect(r.answer.needs).toEqual(["intent"]);
    expect(r.answer.intent).toBe("trackable");
    expect(r.answer.application).toBe("pr-card-renewal");
    expect(r.answer.alternatives).toEqual([{ intent: "timeline" }]);
    expect(r.choices.map((c) => decodeAction(c.data))).toEqual([
      { type: "reread", intent: "trackable" },
      { type: "reread", intent: "timeline" },
    ]);
  });

  it("pressing a reading gives the same answer as the unambiguous question", async () => {
    for (const [button, plain] of [
      [0, "where do i track my pr card renewal"],
      [1, "how long does a pr card renewal take"],
    ] as const) {
      const core = await createCoreFromDisk({ understander: scripted(readings) });
      const base = { platform: "console" as const, userId: "u1", chatId: "u1", isPrivate: true, localeHints: ["en"] };
      const asked = await core.handle({ ...base, kind: "text", text: unsure });
      const pressed = await core.handle({ ...base, kind: "action", data: asked.choices[button]?.data ?? "" });
      const direct = await core.handle({ ...base, userId: "u2", chatId: "u2", kind: "text", text: plain });
      expect(pressed.text).toBe(direct.text);
      expect(pressed.answer).toEqual(direct.answer);
    }
  });

  it("answers directly when the reading is sure", async () => {
    const core = await createCoreFromDisk({ understander: scripted(readings) });
    const r = core.ask("where do i track my pr card renewal", { lang: "en" });
    expect(r.answer.needs).toEqual([]);
    expect(r.choices).toEqual([]);
  });
});

describe("a long post's second question", () => {
  it("is offered as a button under the answer, and pressing it answers that question", async () => {
    const post = "long post with two questions";
    const core = await createCoreFromDisk({
      understander: scripted({
        [post]: { intent: "trackable", application: "sponsorship-spouse", secondary: "timeline" },
        "how long does spousal sponsorship take": { intent: "timeline", application: "sponsorship-spouse" },
      }),
    });
    const base = { platform: "console" as const, userId: "u1", chatId: "u1", isPrivate: true, localeHints: ["en"] };
    const first = await core.handle({ ...base, kind: "text", text: post });
    expect(first.answer.intent).toBe("trackable");
    const reread = first.choices.filter((c) => decodeAction(c.data)?.type === "reread");
    expect(reread.map((c) => decodeAction(c.data))).toEqual([{ type: "reread", intent: "timeline" }]);
    const second = await core.handle({ ...base, kind: "action", data: reread[0]?.data ?? "" });
    const direct = await core.handle({ ...base, userId: "u9", chatId: "u9", kind: "text", text: "how long does spousal sponsorship take" });
    expect(second.text).toBe(direct.text);
  });
});
