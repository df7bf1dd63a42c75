import type { InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import { MAX_ACTION_BYTES } from "../../core/actions.js";
import type { BotReply, Choice, Link } from "../../core/reply.js";
import { splitMessage, TELEGRAM_MAX_MESSAGE_CHARS } from "./split-message.js";

/** One `sendMessage` call: plain text (no `parse_mode`) and an optional inline keyboard. */
export interface OutgoingMessage {
  readonly text: string;
  readonly replyMarkup?: InlineKeyboardMarkup;
}

/**
 * Renders a core reply for Telegram.
 *
 * Replies are sent as plain text with no `parse_mode`: the core's text is plain by contract and
 * contains user and data text (application names, status labels, echoed input), so any markup
 * mode would need escaping everywhere and one miss would make Telegram reject the whole message
 * ("can't parse entities"). Without a parse mode nothing can be misinterpreted and nothing needs
 * escaping; Telegram still turns bare URLs into links.
 *
 * Choices become callback buttons (data is already an encoded action, at most 64 bytes); links
 * become URL buttons, or a text line when the URL is not http(s). Long text is split at paragraph
 * or line boundaries and the keyboard goes under the last part, so the buttons stay next to the
 * question they answer.
 */
export function renderReply(reply: BotReply, maxChars: number = TELEGRAM_MAX_MESSAGE_CHARS): OutgoingMessage[] {
  const choiceRows = reply.choices.length > 0 ? choiceRowsOf(reply.choices) : NO_ROWS;
  const links = reply.links.length > 0 ? linksOf(reply.links) : NO_LINKS;
  const rows = links.rows.length === 0 ? choiceRows : choiceRows.length === 0 ? links.rows : [...choiceRows, ...links.rows];
  const fullText = links.textLines ? `${reply.text}\n\n${links.textLines}` : reply.text;
  const keyboard: InlineKeyboardMarkup | undefined = rows.length > 0 ? { inline_keyboard: rows as InlineKeyboardButton[][] } : undefined;
  if (fullText.length <= maxChars) return [keyboard ? { text: fullText, replyMarkup: keyboard } : { text: fullText }];
  const parts = splitMessage(fullText, maxChars);
  return parts.map((text, index): OutgoingMessage => (index === parts.length - 1 && keyboard ? { text, replyMarkup: keyboard } : { text }));
}

type Rows = readonly (readonly InlineKeyboardButton[])[];
const NO_ROWS: Rows = [];
const NO_LINKS = { rows: NO_ROWS, textLines: "" } as const;

/**
 * Keyboards by the core's arrays: clarifying choices, the help buttons and an answer's links are
 * shared arrays (built once per locale or cached with the answer), so each keyboard shape is laid
 * out once. Keyed by the arrays rather than by the reply, because most replies are fresh objects
 * and a weak-map entry per reply would only add garbage-collector work.
 */
const choiceRowCache = new WeakMap<readonly Choice[], Rows>();
const linkCache = new WeakMap<readonly Link[], { readonly rows: Rows; readonly textLines: string }>();

function choiceRowsOf(choices: readonly Choice[]): Rows {
  let rows = choiceRowCache.get(choices);
  if (!rows) {
    rows = layoutRows(
      choices.filter((c) => fitsCallbackData(c.data) && c.label.trim().length > 0).map((c) => ({ text: c.label, callback_data: c.data })),
    );
    choiceRowCache.set(choices, rows);
  }
  return rows;
}

/** Links become URL buttons, or a text line when the URL is not http(s). */
function linksOf(links: readonly Link[]): { readonly rows: Rows; readonly textLines: string } {
  let rendered = linkCache.get(links);
  if (!rendered) {
    const rows: InlineKeyboardButton[][] = [];
    const lines: string[] = [];
    for (const link of links) {
      if (isWebUrl(link.url)) rows.push([{ text: link.label, url: link.url }]);
      else lines.push(`${link.label}: ${link.url}`);
    }
    rendered = { rows, textLines: lines.join("\n") };
    linkCache.set(links, rendered);
  }
  return rendered;
}

/** Short labels share a row (up to three), long ones get their own, so a 12-language picker stays compact. */
function layoutRows(buttons: readonly InlineKeyboardButton[]): InlineKeyboardButton[][] {
  const rows: InlineKeyboardButton[][] = [];
  let row: InlineKeyboardButton[] = [];
  let perRow = 0;
  for (const button of buttons) {
    const width = button.text.length <= 12 ? 3 : button.text.length <= 22 ? 2 : 1;
    if (row.length > 0 && (width !== perRow || row.length >= perRow)) {
      rows.push(row);
      row = [];
    }
    perRow = width;
    row.push(button);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/** A UTF-16 unit is at most 3 UTF-8 bytes, so short data needs no byte count. */
function fitsCallbackData(data: string): boolean {
  return data.length * 3 <= MAX_ACTION_BYTES || Buffer.byteLength(data, "utf8") <= MAX_ACTION_BYTES;
}
