import { describe, expect, it } from "vitest";
import { APPLICATION_IDS, ROLE_IDS } from "../../../src/core/taxonomy.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";

const IMM5476 = /imm5476\.html$/;

describe("access answers link the form they name", () => {
  it("shows the IMM 5476 page only with the route that names IMM 5476, never with an IMM 5475 route", async () => {
    const core = await createCoreFromDisk();
    const t = core.translator.forLocale("en");
    const names5476 = t("kb:accessInstead.authorizeForms");
    const problems: string[] = [];
    let withLink = 0;
    for (const role of ROLE_IDS) {
      for (const application of APPLICATION_IDS) {
        const reply = await core.handle({
          platform: "console",
          userId: "a",
          chatId: "a",
          isPrivate: true,
          localeHints: ["en"],
          kind: "command",
          command: "access",
          args: "",
          options: { role, application },
        });
        if (reply.answer.intent !== "access" || reply.answer.needs.length > 0) continue;
        const more = reply.choices[0]
          ? await core.handle({
              platform: "console",
              userId: "a",
              chatId: "a",
              isPrivate: true,
              localeHints: ["en"],
              kind: "action",
              data: reply.choices[0].data,
            })
          : reply;
        const has5476Link = more.links.some((l) => IMM5476.test(l.url));
        if (has5476Link) withLink++;
        if (has5476Link && !more.text.includes(names5476)) problems.push(`${role} ${application}: IMM 5476 link without an IMM 5476 route`);
      }
    }
    expect(problems).toEqual([]);
    expect(withLink).toBeGreaterThan(0);
  });
});
