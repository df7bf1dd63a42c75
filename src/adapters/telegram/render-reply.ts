import type { InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import { MAX_ACTION_BYTES } from "../../core/actions.js";
import type { BotReply } from "../../core/reply.js";
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
  const rows: InlineKeyboardButton[][] = [];
  const extraLines: string[] = [];
  const choiceButtons: InlineKeyboardButton[] = reply.choices
    .filter((c) => fitsCallbackData(c.data) && c.label.trim().length > 0)
    .map((c) => ({ text: c.label, callback_data: c.data }));
  rows.push(...layoutRows(choiceButtons));
  for (const link of reply.links) {
    if (isWebUrl(link.url)) rows.push([{ text: link.label, url: link.url }]);
    else extraLines.push(`${link.label}: ${link.url}`);
  }
  const fullText = extraLines.length > 0 ? `${reply.text}\n\n${extraLines.join("\n")}` : reply.text;
  const parts = splitMessage(fullText, maxChars);
  return parts.map((text, index) =>
    index === parts.length - 1 && rows.length > 0 ? { text, replyMarkup: { inline_keyboard: rows } } : { text },
  );
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
