const MAX_CHARS = 2_000;

export type Sanitized = { readonly kind: "ok"; readonly text: string } | { readonly kind: "empty" } | { readonly kind: "tooLong" };

// C0/C1 controls except tab/newline, zero-width and bidi controls, lone surrogates, the replacement character.
const JUNK =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Cleans untrusted message text before anything reads it: removes control, bidi and invalid
 * characters, folds whitespace, and refuses empty or huge input (the caller replies with a
 * localized error instead of processing it).
 */
export function sanitizeText(input: unknown): Sanitized {
  if (typeof input !== "string") return { kind: "empty" };
  if (input.length > MAX_CHARS * 4) return { kind: "tooLong" };
  const text = isPrintableAscii(input) ? foldAsciiSpaces(input) : input.normalize("NFC").replace(JUNK, " ").replace(/\s+/g, " ").trim();
  if (text.length === 0) return { kind: "empty" };
  if (text.length > MAX_CHARS) return { kind: "tooLong" };
  return { kind: "ok", text };
}

/** Printable ASCII (space to tilde) has nothing to normalize and no junk characters to remove. */
function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
}

/** The ASCII case of the general path: the only whitespace is the space, so only runs of spaces fold. */
function foldAsciiSpaces(text: string): string {
  const trimmed = text.trim();
  return trimmed.includes("  ") ? trimmed.replace(/ {2,}/g, " ") : trimmed;
}
