import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIComponentInMessageActionRow,
  type APIStringSelectComponent,
  ButtonStyle,
  ComponentType,
  escapeMarkdown,
  MessageFlags,
} from "discord.js";
import type { Translate } from "../../core/i18n/translator.js";
import type { BotReply, Choice, Link } from "../../core/reply.js";

/** Discord's message and component limits (developer docs, "Message" and "Component" reference). */
export const DISCORD_LIMITS = {
  contentChars: 2_000,
  rowsPerMessage: 5,
  buttonsPerRow: 5,
  buttonLabelChars: 80,
  selectOptions: 25,
  selectLabelChars: 100,
  customIdChars: 100,
  linkUrlChars: 512,
} as const;

/** Prefix of a select menu's custom id; the picked option's value carries the encoded action. */
export const SELECT_ID_PREFIX = "menu|";

export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

/** One Discord message, in the shape interaction `reply`/`editReply`/`update`/`followUp` accept. */
export interface DiscordMessage {
  readonly content: string;
  readonly components: ActionRow[];
  /** Never ping anyone: reply text may quote what users typed. */
  readonly allowedMentions: { readonly parse: [] };
  readonly flags?: MessageFlags.Ephemeral;
}

/** An edit (editReply, update) cannot change a message's visibility, so it carries no flags. */
export type EditMessage = Omit<DiscordMessage, "flags">;

export function forEdit(message: DiscordMessage): EditMessage {
  const { flags: _flags, ...rest } = message;
  return rest;
}

export interface RenderOptions {
  readonly ephemeral: boolean;
  /** Translate in the reply's language (for the select menu placeholder). */
  readonly t: Translate;
}

/**
 * Renders a core reply as one or more Discord messages: the text is escaped (plain text in, no
 * accidental bold or headings out; URLs left intact so Discord links them) and split at 2,000
 * characters; choices become buttons, five per row, or string select menus when they do not fit in
 * five rows; links become link buttons. Components go under the last message.
 */
export function renderReply(reply: BotReply, options: RenderOptions): DiscordMessage[] {
  const chunks = splitContent(escapeText(reply.text), DISCORD_LIMITS.contentChars);
  const components = renderComponents(reply.choices, reply.links, options.t);
  const flags = options.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {};
  return chunks.map((content, index) => ({
    content,
    components: index === chunks.length - 1 ? components : [],
    allowedMentions: { parse: [] },
    ...flags,
  }));
}

/** A plain-text message (notices, errors) in the same shape. */
export function textMessage(text: string, ephemeral: boolean): DiscordMessage {
  return {
    content: truncate(escapeText(text), DISCORD_LIMITS.contentChars),
    components: [],
    allowedMentions: { parse: [] },
    ...(ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}),
  };
}

const URL_RUN = /https?:\/\/\S+/g;

/** Escapes Discord markdown outside URLs (escaping inside a URL would break the link). */
export function escapeText(text: string): string {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(URL_RUN)) {
    out += escapePlain(text.slice(last, match.index));
    out += match[0];
    last = match.index + match[0].length;
  }
  return out + escapePlain(text.slice(last));
}

const escapePlain = (s: string): string =>
  s ? escapeMarkdown(s, { heading: true, maskedLink: true, bulletedList: false, numberedList: false }) : s;

/** Splits at paragraph, then line, then word boundaries so no chunk exceeds `max` characters. */
export function splitContent(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = window.lastIndexOf("\n\n");
    if (cut < max / 2) cut = window.lastIndexOf("\n");
    if (cut < max / 2) cut = window.lastIndexOf(" ");
    if (cut < max / 2) cut = max;
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  chunks.push(rest.length > 0 ? rest : "\u200b");
  return chunks;
}

function renderComponents(choices: readonly Choice[], links: readonly Link[], t: Translate): ActionRow[] {
  const uniqueChoices = dedupe(
    choices.filter((c) => c.data.length <= DISCORD_LIMITS.customIdChars),
    (c) => c.data,
  );
  const uniqueLinks = dedupe(
    links.filter((l) => /^https?:\/\//.test(l.url) && l.url.length <= DISCORD_LIMITS.linkUrlChars),
    (l) => l.url,
  );
  const rowsFor = (n: number) => Math.ceil(n / DISCORD_LIMITS.buttonsPerRow);

  const choiceRows: ActionRow[] =
    rowsFor(uniqueChoices.length) + rowsFor(uniqueLinks.length) <= DISCORD_LIMITS.rowsPerMessage
      ? chunk(uniqueChoices, DISCORD_LIMITS.buttonsPerRow).map((row) => actionRow(row.map(choiceButton)))
      : chunk(uniqueChoices, DISCORD_LIMITS.selectOptions)
          .slice(0, DISCORD_LIMITS.rowsPerMessage)
          .map((options, index) => actionRow([selectMenu(options, index, t)]));
  const freeRows = DISCORD_LIMITS.rowsPerMessage - choiceRows.length;
  const linkRows = chunk(uniqueLinks, DISCORD_LIMITS.buttonsPerRow)
    .slice(0, freeRows)
    .map((row) => actionRow(row.map(linkButton)));
  return [...choiceRows, ...linkRows];
}

const actionRow = (components: APIComponentInMessageActionRow[]): ActionRow => ({ type: ComponentType.ActionRow, components });

const choiceButton = (choice: Choice): APIButtonComponent => ({
  type: ComponentType.Button,
  style: ButtonStyle.Secondary,
  label: truncate(choice.label, DISCORD_LIMITS.buttonLabelChars),
  custom_id: choice.data,
});

const linkButton = (link: Link): APIButtonComponent => ({
  type: ComponentType.Button,
  style: ButtonStyle.Link,
  label: truncate(link.label, DISCORD_LIMITS.buttonLabelChars),
  url: link.url,
});

const selectMenu = (choices: readonly Choice[], index: number, t: Translate): APIStringSelectComponent => ({
  type: ComponentType.StringSelect,
  custom_id: `${SELECT_ID_PREFIX}${index}`,
  placeholder: truncate(t("discord:choose"), 150),
  min_values: 1,
  max_values: 1,
  options: choices.map((c) => ({ label: truncate(c.label, DISCORD_LIMITS.selectLabelChars), value: c.data })),
});

function truncate(text: string, max: number): string {
  const chars = [...text];
  const clean = chars.length === 0 ? "…" : text;
  return chars.length <= max ? clean : `${chars.slice(0, max - 1).join("")}…`;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function dedupe<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    if (seen.has(key(item))) continue;
    seen.add(key(item));
    out.push(item);
  }
  return out;
}
