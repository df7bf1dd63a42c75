import { describe, expect, it } from "vitest";
import { renderReply } from "../../../src/adapters/telegram/render-reply.js";
import { decodeAction } from "../../../src/core/actions.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";

describe("Telegram: short answer with a More button", () => {
  it("sends the first view with a More callback button and one URL button; More brings the whole answer and its sources", async () => {
    const core = await createCoreFromDisk();
    const base = { platform: "telegram", userId: "tg:1", chatId: "tg:1", isPrivate: true, localeHints: ["pt"] } as const;
    const short = await core.handle({ ...base, kind: "text", text: "quanto tempo demora o visto de visitante do Brasil?" });
    const [message, ...others] = renderReply(short);
    expect(others).toEqual([]);
    const rows = message?.replyMarkup?.inline_keyboard ?? [];
    const buttons = rows.flat();
    const more = buttons.find((b) => "callback_data" in b && decodeAction(b.callback_data)?.type === "more");
    expect(more).toBeDefined();
    expect(buttons.filter((b) => "url" in b)).toHaveLength(1);
    expect(message?.text).not.toMatch(/https?:\/\//);
    expect(message?.text).toContain("Brasil");

    const data = more && "callback_data" in more ? more.callback_data : "";
    const whole = await core.handle({ ...base, kind: "action", data });
    const [full] = renderReply(whole);
    expect(full?.text).toMatch(/https:\/\/www\.canada\.ca\/content\/dam\/ircc\/documents\/json\/data-ptime/);
    expect((full?.replyMarkup?.inline_keyboard ?? []).flat().some((b) => "callback_data" in b)).toBe(false);
  });
});
