import { ButtonStyle, ComponentType } from "discord.js";
import { describe, expect, it } from "vitest";
import { DISCORD_LIMITS, escapeText, renderReply, splitContent } from "../../../src/adapters/discord/render.js";
import { fakeReply, fixtureTranslator } from "../../helpers/discord.js";

const t = fixtureTranslator().forLocale("en");
const choices = (n: number) => Array.from({ length: n }, (_, k) => ({ label: `Choice ${k}`, data: `1|i|c${k}` }));
const links = (n: number) => Array.from({ length: n }, (_, k) => ({ label: `Link ${k}`, url: `https://www.canada.ca/page-${k}.html` }));

describe("renderReply", () => {
  it("lays out up to 25 choices as buttons, five per row", () => {
    const [message] = renderReply(fakeReply({ choices: choices(12) }), { ephemeral: false, t });
    expect(message?.components.map((r) => r.components.length)).toEqual([5, 5, 2]);
    expect(message?.components.flatMap((r) => r.components).every((c) => c.type === ComponentType.Button)).toBe(true);
  });

  it("switches to select menus when the choices do not fit in five rows of buttons", () => {
    const [message] = renderReply(fakeReply({ choices: choices(30), links: links(2) }), { ephemeral: false, t });
    const types = message?.components.map((r) => r.components[0]?.type);
    expect(types).toEqual([ComponentType.StringSelect, ComponentType.StringSelect, ComponentType.Button]);
    const first = message?.components[0]?.components[0];
    if (first?.type !== ComponentType.StringSelect) throw new Error("expected a select menu");
    expect(first.options).toHaveLength(25);
    expect(first.placeholder).toBe("Choose…");
    expect(first.options[0]?.value).toBe("1|i|c0");
  });

  it("renders links as link buttons under the choices", () => {
    const [message] = renderReply(fakeReply({ choices: choices(3), links: links(2) }), { ephemeral: false, t });
    const last = message?.components.at(-1)?.components ?? [];
    expect(last.map((b) => b.type === ComponentType.Button && b.style)).toEqual([ButtonStyle.Link, ButtonStyle.Link]);
  });

  it("never exceeds Discord's limits on rows, buttons and labels", () => {
    const long = "x".repeat(300);
    for (const n of [0, 1, 5, 24, 25, 26, 60, 200]) {
      const [message] = renderReply(fakeReply({ choices: choices(n).map((c) => ({ ...c, label: long })), links: links(7) }), {
        ephemeral: true,
        t,
      });
      expect(message?.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.rowsPerMessage);
      for (const row of message?.components ?? []) {
        expect(row.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonsPerRow);
        for (const c of row.components) {
          if (c.type === ComponentType.Button && "label" in c) expect([...(c.label ?? "")].length).toBeLessThanOrEqual(80);
          if (c.type === ComponentType.StringSelect) for (const o of c.options) expect([...o.label].length).toBeLessThanOrEqual(100);
        }
      }
    }
  });

  it("splits long text into messages of at most 2,000 characters, components under the last", () => {
    const text = Array.from({ length: 120 }, (_, k) => `Paragraph ${k} ${"word ".repeat(10)}`).join("\n\n");
    const messages = renderReply(fakeReply({ text, choices: choices(2) }), { ephemeral: true, t });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.content.length).toBeLessThanOrEqual(2_000);
      expect(m.flags).toBe(64);
      expect(m.allowedMentions).toEqual({ parse: [] });
    }
    expect(messages.slice(0, -1).every((m) => m.components.length === 0)).toBe(true);
    expect(messages.at(-1)?.components.length).toBe(1);
  });

  it("marks ephemeral messages only when asked", () => {
    expect(renderReply(fakeReply(), { ephemeral: false, t })[0]).not.toHaveProperty("flags");
  });
});

describe("escapeText", () => {
  it("escapes markdown but keeps URLs clickable", () => {
    const out = escapeText("**Decision made** see https://www.canada.ca/en/a_b_c.html\n# not a heading");
    expect(out).toContain("\\*\\*Decision made\\*\\*");
    expect(out).toContain("https://www.canada.ca/en/a_b_c.html");
    expect(out).toContain("\\# not a heading");
  });
});

describe("splitContent", () => {
  it("cuts very long words hard when there is no better place", () => {
    const chunks = splitContent("a".repeat(4_500), 2_000);
    expect(chunks.map((c) => c.length)).toEqual([2_000, 2_000, 500]);
  });
});
