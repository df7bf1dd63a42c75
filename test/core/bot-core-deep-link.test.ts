import { describe, expect, it } from "vitest";
import type { BotRequest } from "../../src/core/request.js";
import { createCoreFromDisk } from "../../src/infra/create-core-from-disk.js";

const start = (args: string): BotRequest => ({
  platform: "telegram",
  userId: "tg:1",
  chatId: "tg:1",
  isPrivate: true,
  localeHints: ["fr"],
  kind: "command",
  command: "start",
  args,
});

describe("/start with a deep-link payload", () => {
  it("opens a status meaning, a tracker and a timeline directly, in the user's language", async () => {
    const core = await createCoreFromDisk();
    expect((await core.handle(start("status_cas-decision-made"))).answer).toMatchObject({
      intent: "status-meaning",
      status: "cas-decision-made",
      needs: [],
    });
    const track = await core.handle(start("track_sponsorship-spouse"));
    expect(track.lang).toBe("fr");
    expect(track.answer).toMatchObject({ intent: "trackable", application: "sponsorship-spouse", needs: [] });
    expect((await core.handle(start("time_study-permit"))).answer).toMatchObject({ intent: "timeline", application: "study-permit" });
  });

  it("gives the welcome for a bad payload, never an error", async () => {
    const core = await createCoreFromDisk();
    const welcome = await core.handle(start(""));
    for (const bad of ["status_nope", "hello world", "x".repeat(65)]) {
      const reply = await core.handle(start(bad));
      expect(reply.text).toBe(welcome.text);
      expect(reply.answer.intent).toBe("help");
    }
  });
});
