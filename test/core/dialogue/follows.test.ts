import { describe, expect, it } from "vitest";
import { decodeAction } from "../../../src/core/actions.js";
import type { BotRequest } from "../../../src/core/request.js";
import { createMemoryUserStore } from "../../../src/core/store/memory-user-store.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";
import { realTranslator } from "../knowledge/real-knowledge.js";

const en = realTranslator().forLocale("en");
const user = { platform: "telegram", userId: "tg:5", chatId: "tg:5", isPrivate: true, localeHints: ["en"] } as const;
const command = (name: string, options: Record<string, string> = {}, extra: Partial<BotRequest> = {}): BotRequest =>
  ({ ...user, kind: "command", command: name, args: "", options, ...extra }) as BotRequest;

async function setup() {
  const store = createMemoryUserStore();
  const core = await createCoreFromDisk({ store, follows: store });
  return { store, core };
}

describe("following published processing times", () => {
  it("offers a follow button under a timeline answer and follows on press", async () => {
    const { store, core } = await setup();
    const answer = await core.handle(command("timeline", { application: "sponsorship-spouse" }));
    const button = answer.choices.find((c) => decodeAction(c.data)?.type === "follow");
    expect(button?.label).toBe(en("ptime:follow.button"));
    const done = await core.handle({ ...user, kind: "action", data: button!.data });
    expect(done.text).toBe(en("ptime:follow.done", { target: "Spouse or partner sponsorship" }));
    expect(done.personal).toBe(true);
    const [follow] = await store.listFollows("tg:5");
    expect(follow).toMatchObject({ application: "sponsorship-spouse", country: null });
    expect(follow?.figure).toContain("spousal_outside_roc_flpt.spousal_outside_roc_flpt=15:month!");
    expect((await core.handle({ ...user, kind: "action", data: button!.data })).text).toBe(
      en("ptime:follow.already", { target: "Spouse or partner sponsorship" }),
    );
  });

  it("keeps the country only where IRCC publishes per country; /follow right after an answer follows it", async () => {
    const { store, core } = await setup();
    await core.handle(command("follow", { application: "study-permit", country: "IN" }));
    await core.handle(command("follow", { application: "pr-card-new", country: "IN" }));
    await core.handle(command("timeline", { application: "work-permit-extension" }));
    await core.handle(command("follow"));
    expect((await store.listFollows("tg:5")).map((f) => [f.application, f.country])).toEqual([
      ["study-permit", "IN"],
      ["pr-card-new", null],
      ["work-permit-extension", null],
    ]);
  });

  it("asks what to follow when nothing says, lists follows in /mydata, stops them with /unfollow and /forget", async () => {
    const { store, core } = await setup();
    expect((await core.handle(command("follow"))).text).toBe(en("ptime:follow.ask"));
    expect((await core.handle(command("unfollow"))).text).toBe(en("ptime:follow.none"));
    await core.handle(command("follow", { application: "pr-card-new" }));
    await core.handle(command("follow", { application: "sponsorship-parents" }));
    const mydata = await core.handle(command("mydata"));
    expect(mydata.text).toContain(en("ptime:myData.follows", { count: 2 }));
    expect(mydata.text).toContain("First PR card");
    const choose = await core.handle(command("unfollow"));
    expect(choose.text).toBe(en("ptime:follow.chooseStop"));
    expect(choose.choices).toHaveLength(2);
    const stopped = await core.handle({ ...user, kind: "action", data: choose.choices[0]!.data });
    expect(stopped.text).toContain("First PR card");
    expect(await store.listFollows("tg:5")).toHaveLength(1);
    const confirm = await core.handle(command("forget"));
    await core.handle({ ...user, kind: "action", data: confirm.choices[0]!.data });
    expect(await store.listFollows("tg:5")).toEqual([]);
  });

  it("refuses follows in a group, and says the feature is unavailable without a follow store", async () => {
    const { core } = await setup();
    const group = await core.handle(command("follow", { application: "pr-card-new" }, { chatId: "tg:-9", isPrivate: false }));
    expect(group.text).toBe(en("errors:privateOnly"));
    const bare = await createCoreFromDisk({ store: createMemoryUserStore() });
    expect((await bare.handle(command("follow", { application: "pr-card-new" }))).text).toBe(en("ptime:follow.unavailable"));
    const answer = await bare.handle(command("timeline", { application: "pr-card-new" }));
    expect(answer.choices.some((c) => decodeAction(c.data)?.type === "follow")).toBe(false);
  });
});
