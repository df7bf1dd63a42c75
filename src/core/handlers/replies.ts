import { encodeAction } from "../actions.js";
import { COMMANDS } from "../commands/registry.js";
import type { Locale } from "../i18n/locales.js";
import type { Translate } from "../i18n/translator.js";
import { KNOWLEDGE_INTENT_IDS } from "../intents.js";
import { makeReply } from "../make-reply.js";
import type { Understanding } from "../nlu/understanding.js";
import type { BotReply } from "../reply.js";
import type { CoreContext } from "./context.js";

const OUT_OF_SCOPE_LINKS = {
  help: "https://www.canada.ca/en/immigration-refugees-citizenship/services/application/check-status.html",
  eligibility: "https://www.canada.ca/en/immigration-refugees-citizenship/services/come-canada-tool.html",
  representatives: "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigration-citizenship-representative/choose.html",
  cicc: "https://college-ic.ca/protecting-the-public/find-an-immigration-consultant",
};

/** The fixed replies (help, the command list, out of scope, errors, the deletion question) of one core. */
export interface CoreReplies {
  help(lang: Locale): BotReply;
  commands(lang: Locale): BotReply;
  outOfScope(lang: Locale): BotReply;
  error(lang: Locale, key: string, params?: Record<string, unknown>): BotReply;
  forgetConfirm(lang: Locale): BotReply;
  /** Prepends the identifier warning when the message contained something like a UCI or passport number. */
  withPrivacyWarning(r: BotReply, u: Understanding, t: Translate): BotReply;
  privacyWarning(u: Understanding, t: Translate): string | null;
}

export function createReplies(ctx: CoreContext): CoreReplies {
  // Help and the command list are the same for every user of a language: built once per language.
  const helpReplies = new Map<Locale, BotReply>();
  const commandsReplies = new Map<Locale, BotReply>();

  const help = (lang: Locale): BotReply => {
    let cached = helpReplies.get(lang);
    if (!cached) {
      const t = ctx.t(lang);
      cached = makeReply(
        lang,
        `${t("common:help.intro")}\n\n${t("common:help.examples")}\n\n${t("common:disclaimer")}`,
        { intent: "help" },
        {
          choices: KNOWLEDGE_INTENT_IDS.map((intent) => ({
            label: t(`common:intents.${intent}`),
            data: encodeAction({ type: "intent", intent }),
          })),
        },
      );
      helpReplies.set(lang, cached);
    }
    return cached;
  };

  const privacyWarning = (u: Understanding, t: Translate): string | null =>
    u.identifiers.length === 0
      ? null
      : t("common:privacy.identifierWarning", { kinds: u.identifiers.map((k) => t(`common:privacy.kinds.${k}`)).join(", ") });

  return {
    help,
    /** /help and /commands: every command of the one command table, one localized line each, then the disclaimer. */
    commands(lang) {
      let cached = commandsReplies.get(lang);
      if (!cached) {
        const t = ctx.t(lang);
        const lines = COMMANDS.map((c) => `/${c.id} — ${t(c.descriptionKey)}`).join("\n");
        cached = { ...help(lang), text: `${t("common:help.commandsHeading")}\n${lines}\n\n${t("common:disclaimer")}` };
        commandsReplies.set(lang, cached);
      }
      return cached;
    },
    outOfScope(lang) {
      const t = ctx.t(lang);
      return makeReply(
        lang,
        `${t("common:outOfScope.text")}\n\n${t("common:disclaimer")}`,
        { intent: "out-of-scope", sources: Object.values(OUT_OF_SCOPE_LINKS) },
        {
          links: [
            { label: t("common:outOfScope.links.eligibility"), url: OUT_OF_SCOPE_LINKS.eligibility },
            { label: t("common:outOfScope.links.representatives"), url: OUT_OF_SCOPE_LINKS.representatives },
            { label: t("common:outOfScope.links.cicc"), url: OUT_OF_SCOPE_LINKS.cicc },
          ],
        },
      );
    },
    error: (lang, key, params) => makeReply(lang, ctx.t(lang)(`errors:${key}`, params), { intent: "help" }),
    forgetConfirm(lang) {
      const t = ctx.t(lang);
      return makeReply(
        lang,
        t("common:forget.confirm"),
        { intent: "forget" },
        {
          personal: true,
          choices: [
            { label: t("common:forget.yes"), data: encodeAction({ type: "forget", confirm: true }) },
            { label: t("common:forget.no"), data: encodeAction({ type: "forget", confirm: false }) },
          ],
        },
      );
    },
    privacyWarning,
    withPrivacyWarning(r, u, t) {
      const warning = privacyWarning(u, t);
      return warning === null ? r : { ...r, text: `${warning}\n\n${r.text}` };
    },
  };
}
