import { describe, expect, it } from "vitest";
import { renderReply } from "../../../src/adapters/telegram/render-reply.js";
import { encodeAction } from "../../../src/core/actions.js";
import type { BotReply } from "../../../src/core/reply.js";

const base: BotReply = {
  lang: "en",
  text: "Pick one",
  choices: [],
  links: [],
  personal: false,
  answer: { intent: "help", application: null, role: null, status: null, systems: [], access: null, needs: [], sources: [] },
};

describe("renderReply", () => {
  it("renders a reply without buttons as one plain message", () => {
    expect(renderReply(base)).toEqual([{ text: "Pick one" }]);
  });

  it("turns choices into callback buttons and links into URL buttons; non-web links stay in the text", () => {
    const data = encodeAction({ type: "intent", intent: "timeline" });
    const [message] = renderReply({
      ...base,
      choices: [{ label: "Timeline", data }],
      links: [
        { label: "IRCC", url: "https://www.canada.ca/en/immigration-refugees-citizenship.html" },
        { label: "Call", url: "tel:+18882422100" },
      ],
    });
    expect(message?.replyMarkup?.inline_keyboard).toEqual([
      [{ text: "Timeline", callback_data: data }],
      [{ text: "IRCC", url: "https://www.canada.ca/en/immigration-refugees-citizenship.html" }],
    ]);
    expect(message?.text).toBe("Pick one\n\nCall: tel:+18882422100");
  });

  it("drops a choice whose data would not fit Telegram's 64 bytes", () => {
    const [message] = renderReply({ ...base, choices: [{ label: "Too big", data: "x".repeat(65) }] });
    expect(message?.replyMarkup).toBeUndefined();
  });

  it("puts short labels three to a row and long labels on their own row", () => {
    const data = encodeAction({ type: "language", locale: "fr" });
    const short = Array.from({ length: 5 }, (_, i) => ({ label: `L${i}`, data }));
    const long = { label: "A very long label that needs a whole row", data };
    const rows = renderReply({ ...base, choices: [...short, long] })[0]?.replyMarkup?.inline_keyboard ?? [];
    expect(rows.map((r) => r.length)).toEqual([3, 2, 1]);
  });
});

describe("renderReply caching", () => {
  it("lays out a shared choice list once, whatever reply carries it", () => {
    const data = encodeAction({ type: "intent", intent: "timeline" });
    const choices = [{ label: "Timeline", data }];
    const reply: BotReply = { ...base, choices };
    const other = renderReply({ ...base, text: "Other text", choices });
    expect(other[0]?.text).toBe("Other text");
    expect(other[0]?.replyMarkup?.inline_keyboard).toBe(renderReply(reply)[0]?.replyMarkup?.inline_keyboard);
  });

  it("keeps non-web links in the text of every reply that shares the link list", () => {
    const links = [{ label: "Call", url: "tel:+18882422100" }];
    expect(renderReply({ ...base, text: "A", links })[0]?.text).toBe("A\n\nCall: tel:+18882422100");
    expect(renderReply({ ...base, text: "B", links })[0]?.text).toBe("B\n\nCall: tel:+18882422100");
  });

  it("does not reuse a rendering made for a smaller size limit", () => {
    const reply: BotReply = { ...base, text: "word ".repeat(40).trim() };
    expect(renderReply(reply, 50).length).toBeGreaterThan(1);
    expect(renderReply(reply)).toHaveLength(1);
  });
});
