import { describe, expect, it } from "vitest";
import { chatKey, toRequest, userKey } from "../../../src/adapters/telegram/to-request.js";

describe("toRequest (grammY update → core request)", () => {
  it("marks a private chat private and uses the user's key as the chat's", () => {
    expect(toRequest({ chat: { id: 42, type: "private" }, from: { id: 42 } }, ["fr"], { kind: "text", text: "hi" })).toEqual({
      platform: "telegram",
      userId: "tg:42",
      chatId: "tg:42",
      isPrivate: true,
      canManageChat: false,
      localeHints: ["fr"],
      kind: "text",
      text: "hi",
    });
  });

  it("keeps a group's own id and never marks it private", () => {
    const request = toRequest({ chat: { id: -100, type: "supergroup" }, from: { id: 7 } }, ["es", "en"], {
      kind: "command",
      command: "help",
      args: "",
    });
    expect(request).toMatchObject({
      userId: userKey(7),
      chatId: chatKey(-100),
      isPrivate: false,
      kind: "command",
      command: "help",
      args: "",
    });
  });

  it("carries a button's data as an action", () => {
    const request = toRequest({ chat: { id: 5, type: "private" }, from: { id: 5 } }, [], { kind: "action", data: "a:1" });
    expect(request).toMatchObject({ kind: "action", data: "a:1" });
    expect(Object.keys(request).sort()).toEqual([
      "canManageChat",
      "chatId",
      "data",
      "isPrivate",
      "kind",
      "localeHints",
      "platform",
      "userId",
    ]);
  });

  it("says whether the sender may manage the chat only when the caller checked it (a group admin)", () => {
    const origin = { chat: { id: -100, type: "group" }, from: { id: 7 } };
    expect(toRequest(origin, [], { kind: "command", command: "language", args: "fr" }).canManageChat).toBe(false);
    expect(toRequest(origin, [], { kind: "command", command: "language", args: "fr" }, true).canManageChat).toBe(true);
  });
});
