import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeAction, encodeAction } from "../../../src/core/actions.js";
import type { BotCore } from "../../../src/core/bot-core.js";
import { SUPPORTED_LOCALES } from "../../../src/core/i18n/locales.js";
import type { BotReply } from "../../../src/core/reply.js";
import { APPLICATION_IDS, type ApplicationId, ROLE_IDS } from "../../../src/core/taxonomy.js";
import { createMemoryUserStore } from "../../../src/core/store/memory-user-store.js";
import { createCoreFromDisk, PROJECT_ROOT } from "../../../src/infra/create-core-from-disk.js";

/**
 * The credential safety rule, crossed: every phrasing (at least six per language, twelve languages)
 * × every role × ten applications, through the free-text path, plus every button a user could press
 * after a credential question. Every reply must be the never-share answer with the legitimate route;
 * none may say yes or "with authorization".
 */
const PHRASINGS: Record<string, string[]> = JSON.parse(readFileSync(join(PROJECT_ROOT, "test/answers/credential-phrasings.json"), "utf8"));
const APPLICATIONS: readonly ApplicationId[] = [
  "work-permit",
  "study-permit",
  "visitor-visa",
  "pr-express-entry",
  "sponsorship-spouse",
  "sponsorship-parents",
  "citizenship-grant-adult",
  "pr-card-renewal",
  "refugee-claim",
  "pr-confirmation",
  "eta",
  "quebec-selection",
];
const IMM5475 = "https://www.canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/imm5475.html";
const IMM5476 = "https://www.canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/imm5476.html";

let core: BotCore;
beforeAll(async () => {
  core = await createCoreFromDisk({ store: createMemoryUserStore() });
});

function expectNeverShare(reply: BotReply, context: string): void {
  const t = core.translator.forLocale(reply.lang);
  const problems: string[] = [];
  if (reply.answer.access !== "no") problems.push(`access ${reply.answer.access}`);
  if (reply.answer.intent !== "access") problems.push(`intent ${reply.answer.intent}`);
  if (reply.answer.needs.length > 0) problems.push(`asks for ${reply.answer.needs.join(",")}`);
  if (!reply.text.includes(t("kb:credential.answer"))) problems.push("no never-share answer");
  if (!reply.text.includes(t("kb:credential.route"))) problems.push("no legitimate route");
  // Outside the never-share sentence itself (Chinese "不可以" contains "可以", the "yes").
  const rest = reply.text.replace(t("kb:credential.answer"), "");
  if (rest.includes(t("kb:access.yes.answer"))) problems.push("says yes");
  if (rest.includes(t("kb:access.with-authorization.answer"))) problems.push("says with authorization");
  const urls = reply.links.map((l) => l.url);
  if (!urls.includes(IMM5475) || !urls.includes(IMM5476)) problems.push("IMM 5475/5476 links missing");
  expect(problems, `${context}\n${reply.text}`).toEqual([]);
}

describe("credential safety rule", () => {
  it("has at least six phrasings in every language", () => {
    for (const lang of SUPPORTED_LOCALES) expect(PHRASINGS[lang]?.length ?? 0, lang).toBeGreaterThanOrEqual(6);
    expect(APPLICATIONS.every((a) => (APPLICATION_IDS as readonly string[]).includes(a))).toBe(true);
  });

  it("answers never-share for every phrasing × role × application in every language", () => {
    let count = 0;
    for (const lang of SUPPORTED_LOCALES) {
      const t = core.translator.forLocale(lang);
      for (const phrasing of PHRASINGS[lang] ?? []) {
        for (const role of ROLE_IDS) {
          for (const app of APPLICATIONS) {
            const text = `${t(`kb:roles.${role}.name`)}. ${phrasing.replace("{app}", t(`kb:applications.${app}.name`))}`;
            expectNeverShare(core.ask(text, { lang }), `[${lang}] ${text}`);
            count++;
          }
        }
      }
    }
    expect(count).toBeGreaterThanOrEqual(12 * 6 * ROLE_IDS.length * 10);
  });

  it("answers never-share when only the credential word is understood (romanized and chat spellings)", () => {
    const mixed = (PHRASINGS as Record<string, unknown>).mixed as string[];
    expect(mixed.length).toBeGreaterThanOrEqual(10);
    for (const text of mixed) expectNeverShare(core.ask(text), text);
  });

  it("keeps the never-share answer when a button is pressed after a credential question", async () => {
    const base = { platform: "console", chatId: "u", isPrivate: true, localeHints: [] } as const;
    for (const lang of SUPPORTED_LOCALES) {
      const phrasing = (PHRASINGS[lang] ?? [])[0]!.replace("{app}", "").trim();
      const userId = `cred-${lang}`;
      const first = await core.handle({ ...base, userId, localeHints: [lang], kind: "text", text: phrasing });
      expectNeverShare(first, `[${lang}] ${phrasing}`);
      // No menu to pick from: the only button is More (the reason and the sources).
      expect(first.choices.filter((c) => decodeAction(c.data)?.type !== "more")).toEqual([]);
      for (const intent of ["access", "trackable", "timeline", "status-meaning"] as const) {
        const presses = [
          ...ROLE_IDS.map((value) => encodeAction({ type: "clarify", intent, slot: "role", value })),
          ...APPLICATIONS.map((value) => encodeAction({ type: "clarify", intent, slot: "application", value })),
        ];
        for (const data of presses) {
          await core.handle({ ...base, userId, localeHints: [lang], kind: "text", text: phrasing });
          const pressed = await core.handle({ ...base, userId, localeHints: [lang], kind: "action", data });
          expect(decodeAction(data)).toBeDefined();
          expectNeverShare(pressed, `[${lang}] ${phrasing} → ${data}`);
        }
      }
    }
  });

  it("answers never-share through every knowledge command", async () => {
    const base = { platform: "console", userId: "cmd", chatId: "cmd", isPrivate: true, localeHints: ["en"] } as const;
    for (const command of ["track", "access", "timeline", "status"] as const) {
      for (const phrasing of PHRASINGS.en ?? []) {
        const args = phrasing.replace("{app}", "work permit");
        expectNeverShare(await core.handle({ ...base, kind: "command", command, args }), `/${command} ${args}`);
      }
    }
  });
});
