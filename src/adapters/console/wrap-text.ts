/** Terminal columns a character takes: East Asian wide characters two, combining and format marks none. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60\uFFE0-\uFFE6]/u;
const ZERO_WIDTH = /[\p{M}\p{Cf}]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += ZERO_WIDTH.test(char) ? 0 : WIDE.test(char) ? 2 : 1;
  return width;
}

/** Runs of Chinese or Japanese text, which have no spaces between words. */
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });

/**
 * Pieces a line may break between: words with the spaces before them. Text without spaces (Chinese)
 * is cut between the words ICU finds, keeping punctuation with the word before it; a URL or a
 * single word longer than the line is never cut (the terminal wraps it, and it stays clickable).
 */
function pieces(line: string): string[] {
  const out: string[] = [];
  for (const token of line.match(/\s*\S+/g) ?? []) {
    if (!SPACELESS.test(token) || /^\s*https?:\/\//.test(token)) {
      out.push(token);
      continue;
    }
    let current = "";
    for (const { segment, isWordLike } of segmenter.segment(token)) {
      if (isWordLike && current.trim() !== "") {
        out.push(current);
        current = "";
      }
      current += segment;
    }
    if (current) out.push(current);
  }
  return out;
}

/**
 * Wraps plain text for a terminal `width` columns wide, only between words, never inside one (the
 * terminal's own wrapping cuts "password" into "pass / word"). A continued bullet ("• …") or numbered
 * choice ("  1. …") is indented under its text. Existing line breaks are kept.
 */
export function wrapText(text: string, width: number): string {
  const max = Math.max(20, Math.floor(width));
  return text
    .split("\n")
    .map((line) => {
      if (displayWidth(line) <= max) return line;
      const indent = " ".repeat(displayWidth(/^\s*(?:•\s+|\d+\.\s+)?/.exec(line)?.[0] ?? ""));
      const lines: string[] = [];
      let current = "";
      for (const piece of pieces(line)) {
        if (current !== "" && displayWidth(current + piece) > max) {
          lines.push(current.trimEnd());
          current = indent + piece.trimStart();
        } else current += piece;
      }
      if (current.trim() !== "") lines.push(current.trimEnd());
      return lines.join("\n");
    })
    .join("\n");
}
