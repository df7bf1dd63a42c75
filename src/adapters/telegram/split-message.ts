/** Telegram's hard limit for one text message, counted in UTF-16 code units (what JS `length` counts). */
export const TELEGRAM_MAX_MESSAGE_CHARS = 4_096;

/**
 * Splits a long plain-text reply into messages Telegram accepts, cutting at the last paragraph
 * break, then line break, then space that fits, and only as a last resort inside a word (never
 * inside a surrogate pair). Cutting at boundaries keeps each part readable on its own: a reply is
 * never split mid-sentence when a paragraph boundary is available.
 */
export function splitMessage(text: string, max: number = TELEGRAM_MAX_MESSAGE_CHARS): string[] {
  if (max < 2) throw new Error(`splitMessage: max must be at least 2, got ${max}`);
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = findCut(rest, max);
    const head = rest.slice(0, cut).trimEnd();
    if (head.length > 0) parts.push(head);
    rest = rest.slice(cut).replace(/^\s+/, "");
  }
  if (rest.length > 0 || parts.length === 0) parts.push(rest);
  return parts;
}

function findCut(text: string, max: number): number {
  const window = text.slice(0, max + 1);
  // Prefer the latest boundary, but not one so early that the part would be tiny.
  const minimum = Math.floor(max / 4);
  for (const separator of ["\n\n", "\n", " "]) {
    const at = window.lastIndexOf(separator, max);
    if (at >= minimum) return at;
  }
  const code = text.charCodeAt(max - 1);
  const highSurrogate = code >= 0xd800 && code <= 0xdbff;
  return highSurrogate ? max - 1 : max;
}
