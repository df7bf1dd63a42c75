import { ButtonStyle, ComponentType } from "discord.js";
import { describe, expect, it } from "vitest";
import { renderReply } from "../../../src/adapters/discord/render.js";
import { decodeAction } from "../../../src/core/actions.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";

describe("Discord: short answer with a More button", () => {
  it("renders the first view with a More button and one link button; More renders the whole answer with its sources", async () => {
    const core = await createCoreFromDisk();
    const base = { platform: "discord", userId: "dc:1", chatId: "dc:1", isPrivate: true, localeHints: ["ar"] } as const;
    const short = await core.handle({ ...base, kind: "command", command: "status", args: "", options: { status: "cas-decision-made" } });
    const t = core.translator.forLocale("ar");
    const [message, ...others] = renderReply(short, { ephemeral: false, t });
    expect(others).toEqual([]);
    const components = (message?.components ?? []).flatMap((row) => row.components);
    const more = components.find(
      (c) =>
        c.type === ComponentType.Button && c.style !== ButtonStyle.Link && "custom_id" in c && decodeAction(c.custom_id)?.type === "more",
    );
    expect(more).toBeDefined();
    expect(components.filter((c) => c.type === ComponentType.Button && c.style === ButtonStyle.Link)).toHaveLength(1);
    expect(message?.content).not.toMatch(/https?:\/\//);

    const data = more && "custom_id" in more ? more.custom_id : "";
    const whole = await core.handle({ ...base, kind: "action", data });
    const [full] = renderReply(whole, { ephemeral: false, t });
    expect(full?.content).toMatch(/https:\/\/ircc\.canada\.ca\/english\/helpcentre/);
    expect(
      (full?.components ?? [])
        .flatMap((row) => row.components)
        .every((c) => c.type === ComponentType.Button && c.style === ButtonStyle.Link),
    ).toBe(true);
  });
});
