import type { Api } from "grammy";
import type { BotCommand, BotCommandScope } from "grammy/types";
import type { CommandDefinition } from "../../core/commands/registry.js";
import { DEFAULT_LOCALE, type Locale, SUPPORTED_LOCALES } from "../../core/i18n/locales.js";
import type { Translator } from "../../core/i18n/translator.js";

/** Telegram's bounds for a command description. */
const MIN_DESCRIPTION = 3;
const MAX_DESCRIPTION = 256;

export interface CommandMenu {
  readonly scope: BotCommandScope;
  /** Absent for the fallback menu Telegram shows when no language-specific one matches. */
  readonly languageCode?: Locale;
  readonly commands: BotCommand[];
}

/**
 * Builds every `setMyCommands` payload from the core's single command table: a default menu in the
 * default language, one per supported locale that has its own descriptions (a locale still missing
 * translations is skipped so Telegram falls back to the default menu rather than showing English
 * under a French label), and the same again for group chats without the personal commands, which
 * only work in private chats.
 *
 * Group menus are needed per language too: Telegram picks the most specific scope first, so a
 * language-less group menu would hide the localized default menus in groups.
 */
export function buildCommandMenus(
  commands: readonly CommandDefinition[],
  translator: Translator,
  defaultLocale: Locale = DEFAULT_LOCALE,
): CommandMenu[] {
  const describe = (locale: Locale, key: string): string | undefined => {
    const text = translator.has(locale, key) ? translator.forLocale(locale)(key).trim() : "";
    return text.length >= MIN_DESCRIPTION ? truncate(text, MAX_DESCRIPTION) : undefined;
  };
  const menu = (locale: Locale, groups: boolean): BotCommand[] =>
    commands
      .filter((c) => !groups || !c.personal)
      .map((c) => ({
        command: c.id,
        description: describe(locale, c.descriptionKey) ?? describe(DEFAULT_LOCALE, c.descriptionKey) ?? `/${c.id}`,
      }));
  const localized = SUPPORTED_LOCALES.filter((l) => translator.has(l, commands[0]?.descriptionKey ?? ""));
  const menus: CommandMenu[] = [];
  for (const [scope, groups] of [
    [{ type: "default" }, false],
    [{ type: "all_group_chats" }, true],
  ] as const) {
    menus.push({ scope, commands: menu(defaultLocale, groups) });
    for (const locale of localized) menus.push({ scope, languageCode: locale, commands: menu(locale, groups) });
  }
  return menus;
}

/**
 * Publishes the command menus. Called once at startup (never at import time: a network call at
 * module top level breaks every test). Failures are returned, not thrown: a bot whose menu could
 * not be updated still answers commands typed by hand.
 */
export async function publishCommands(
  api: Api,
  commands: readonly CommandDefinition[],
  translator: Translator,
  defaultLocale: Locale = DEFAULT_LOCALE,
  signal?: AbortSignal,
): Promise<{ readonly published: number; readonly failed: number }> {
  let published = 0;
  let failed = 0;
  for (const m of buildCommandMenus(commands, translator, defaultLocale)) {
    if (signal?.aborted) break;
    try {
      await api.setMyCommands(
        m.commands,
        { scope: m.scope, ...(m.languageCode ? { language_code: m.languageCode } : {}) },
        signal as Parameters<Api["setMyCommands"]>[2],
      );
      published++;
    } catch {
      failed++;
    }
  }
  return { published, failed };
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Telegram's bounds for the bot's description (shown before Start) and short description (profile, shares). */
export const MAX_BOT_DESCRIPTION = 512;
export const MAX_BOT_SHORT_DESCRIPTION = 120;

export interface BotDescription {
  /** Absent for the fallback Telegram shows when no language-specific one matches. */
  readonly languageCode?: Locale;
  readonly description: string;
  readonly shortDescription: string;
}

/**
 * The description and short description per language, from `telegram:about.*` in every catalogue,
 * plus a language-less fallback in the default language. A locale without its own text is skipped
 * (Telegram then shows the fallback rather than English under its label).
 */
export function buildDescriptions(translator: Translator, defaultLocale: Locale = DEFAULT_LOCALE): BotDescription[] {
  const of = (locale: Locale): Omit<BotDescription, "languageCode"> | undefined => {
    if (!translator.has(locale, "telegram:about.description") || !translator.has(locale, "telegram:about.shortDescription"))
      return undefined;
    const t = translator.forLocale(locale);
    return {
      description: truncate(t("telegram:about.description").trim(), MAX_BOT_DESCRIPTION),
      shortDescription: truncate(t("telegram:about.shortDescription").trim(), MAX_BOT_SHORT_DESCRIPTION),
    };
  };
  const out: BotDescription[] = [];
  const fallback = of(defaultLocale) ?? of(DEFAULT_LOCALE);
  if (fallback) out.push(fallback);
  for (const locale of SUPPORTED_LOCALES) {
    const texts = of(locale);
    if (texts) out.push({ languageCode: locale, ...texts });
  }
  return out;
}

/** Publishes every description with setMyDescription and setMyShortDescription; failures are counted, not thrown. */
export async function publishDescriptions(
  api: Api,
  translator: Translator,
  defaultLocale: Locale = DEFAULT_LOCALE,
  signal?: AbortSignal,
): Promise<{ readonly published: number; readonly failed: number }> {
  let published = 0;
  let failed = 0;
  const abort = signal as Parameters<Api["setMyDescription"]>[2];
  for (const d of buildDescriptions(translator, defaultLocale)) {
    const language = d.languageCode ? { language_code: d.languageCode } : {};
    for (const call of [
      () => api.setMyDescription(d.description, language, abort),
      () => api.setMyShortDescription(d.shortDescription, language, abort),
    ]) {
      if (signal?.aborted) return { published, failed };
      try {
        await call();
        published++;
      } catch {
        failed++;
      }
    }
  }
  return { published, failed };
}
