import { REST } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { createDiscordReminderSender, INLINE_RATE_LIMIT_WAIT_MS } from "../../../src/adapters/discord/reminder-sender.js";
import { silentLogger } from "../../../src/core/logger.js";
import { fakeReply, fixtureTranslator, USER_ID } from "../../helpers/discord.js";
import { type FakeResponse, type RecordedRequest, startFakeDiscordApi } from "../../helpers/discord-fake-api.js";

const DM_CHANNEL = "999999999999999999";
let closeServer: (() => Promise<void>) | undefined;
afterEach(async () => {
  await closeServer?.();
  closeServer = undefined;
});

async function senderAgainst(onMessage: (request: RecordedRequest) => FakeResponse) {
  const fake = await startFakeDiscordApi((request) => {
    if (request.method === "POST" && request.path === "/users/@me/channels") return { status: 200, body: { id: DM_CHANNEL, type: 1 } };
    if (request.method === "POST" && request.path === `/channels/${DM_CHANNEL}/messages`) return onMessage(request);
    return undefined;
  });
  closeServer = fake.close;
  const rest = new REST({ api: fake.api, retries: 0, rejectOnRateLimit: (limit) => limit.retryAfter > INLINE_RATE_LIMIT_WAIT_MS }).setToken(
    "test-token",
  );
  const sender = createDiscordReminderSender({ rest, translator: fixtureTranslator(), logger: silentLogger });
  return { sender, requests: fake.requests };
}

describe("Discord reminder sender", () => {
  it("opens a DM channel and sends the reminder with its buttons, pinging nobody", async () => {
    const { sender, requests } = await senderAgainst(() => ({ status: 200, body: { id: "1" } }));
    const reply = fakeReply({ text: "Reminder: check your status.", personal: true, choices: [{ label: "Stop", data: "1|r|stop|abc" }] });
    expect(await sender.send(`dc:${USER_ID}`, reply)).toEqual({ kind: "sent" });
    expect(requests[0]?.body).toEqual({ recipient_id: USER_ID });
    expect(requests[1]?.body).toMatchObject({
      content: "Reminder: check your status.",
      allowed_mentions: { parse: [] },
      components: [{ type: 1, components: [{ type: 2, custom_id: "1|r|stop|abc" }] }],
    });
    expect(requests[1]?.body).not.toHaveProperty("flags");
    expect(requests[1]?.authorization).toBe("Bot test-token");
  });

  it("reports blocked on 50007 (the scheduler then pauses the reminders and stores the core's notice)", async () => {
    const { sender } = await senderAgainst(() => ({
      status: 403,
      body: { message: "Cannot send messages to this user", code: 50007 },
    }));
    expect(await sender.send(`dc:${USER_ID}`, fakeReply())).toEqual({ kind: "blocked" });
  });

  it("asks the scheduler to retry after Discord's wait on a long 429", async () => {
    const { sender } = await senderAgainst(() => ({
      status: 429,
      headers: { "retry-after": "30", "x-ratelimit-scope": "user" },
      body: { message: "You are being rate limited.", retry_after: 30, global: false },
    }));
    const result = await sender.send(`dc:${USER_ID}`, fakeReply());
    expect(result.kind).toBe("retry");
    expect(result.kind === "retry" && result.afterMs).toBeGreaterThanOrEqual(29_000);
  });

  it("waits out a short 429 itself and delivers", async () => {
    let calls = 0;
    const { sender } = await senderAgainst(() =>
      ++calls === 1
        ? {
            status: 429,
            headers: { "retry-after": "0.2", "x-ratelimit-scope": "user" },
            body: { message: "slow down", retry_after: 0.2, global: false },
          }
        : { status: 200, body: { id: "1" } },
    );
    expect(await sender.send(`dc:${USER_ID}`, fakeReply())).toEqual({ kind: "sent" });
    expect(calls).toBe(2);
  });

  it("reports other errors as failed", async () => {
    const { sender } = await senderAgainst(() => ({ status: 403, body: { message: "Missing Access", code: 50001 } }));
    const result = await sender.send(`dc:${USER_ID}`, fakeReply());
    expect(result.kind).toBe("failed");
  });

  it("refuses user ids of other platforms without calling Discord", async () => {
    const { sender, requests } = await senderAgainst(() => ({ status: 200, body: {} }));
    expect((await sender.send("tg:42", fakeReply())).kind).toBe("failed");
    expect(requests).toHaveLength(0);
  });
});
