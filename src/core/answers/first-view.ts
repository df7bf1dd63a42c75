import type { Locale } from "../i18n/locales.js";

/**
 * What a phone shows of an answer before any scrolling: Telegram's default view holds about eight
 * lines. Every line of text (blank lines between paragraphs included) and every button row counts as
 * a line; characters count the text plus each button's label (a link counts as its label, never its
 * URL), so a first view is at most {@link FIRST_VIEW.lines} lines and {@link FIRST_VIEW.chars} characters.
 */
export const FIRST_VIEW = { lines: 8, chars: 600 } as const;

/** One paragraph of an answer, in reading order. */
export interface Block {
  readonly text: string;
  /**
   * "answer": always in the first view (cut to its first sentences when long); "first": in the first
   * view when it fits; "details": only behind "More" (sources, the disclaimer footer).
   */
  readonly place: "answer" | "first" | "details";
  /** A bullet list: as many of its lines as fit go first, the rest behind "More". */
  readonly list?: boolean;
  /** A "first" paragraph that may be cut to its first sentences to fit (else it goes behind "More" whole). */
  readonly cut?: boolean;
  /** A short form of something the details say in full: dropped, not moved, when it does not fit. */
  readonly summary?: boolean;
}

export interface Split {
  readonly first: string;
  /** Everything the first view leaves out, in reading order; empty when the whole answer fits. */
  readonly details: string;
}

/** Lines and characters of a rendered first view: its text, one line per button row, button labels as characters. */
export function measureFirstView(text: string, buttonLabels: readonly string[]): { lines: number; chars: number } {
  const lines = text.split("\n").length + buttonLabels.length;
  const chars = [...text].length + buttonLabels.reduce((sum, label) => sum + [...label].length, 0);
  return { lines, chars };
}

const segmenters = new Map<Locale, Intl.Segmenter>();
function sentences(text: string, locale: Locale): string[] {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: "sentence" });
    segmenters.set(locale, segmenter);
  }
  return [...segmenter.segment(text)].map((s) => s.segment);
}

/**
 * Splits an answer into a first view that fits `budget` (the buttons under it already subtracted)
 * and the details behind "More". Blocks keep their order in both parts; a long "answer" block is cut
 * at a sentence boundary (Intl.Segmenter, so "。", "।" and "؟" end sentences too) and its remaining
 * sentences open the details.
 */
export function splitFirstView(blocks: readonly Block[], budget: { lines: number; chars: number }, locale: Locale): Split {
  const first: string[] = [];
  const details: string[] = [];
  let lines = 0;
  let chars = 0;
  // Room the answer blocks still to come will need (one sentence each at least): optional text never takes it.
  const later = blocks.map((_, i) =>
    blocks
      .slice(i + 1)
      .filter((b) => b.place === "answer")
      .reduce(
        (sum, b) => {
          const lead = b.list ? (b.text.split("\n")[0] ?? "") : (sentences(b.text, locale)[0] ?? "");
          return { lines: sum.lines + lead.split("\n").length + 1, chars: sum.chars + [...lead].length + 2 };
        },
        { lines: 0, chars: 0 },
      ),
  );
  let index = 0;
  const cost = (text: string) => ({
    lines: text.split("\n").length + (first.length > 0 ? 1 : 0),
    chars: [...text].length + (first.length > 0 ? 2 : 0),
  });
  const room = () => ({
    lines: budget.lines - lines - (later[index]?.lines ?? 0),
    chars: budget.chars - chars - (later[index]?.chars ?? 0),
  });
  const fits = (text: string) => {
    const c = cost(text);
    const r = room();
    return c.lines <= r.lines && c.chars <= r.chars;
  };
  const take = (text: string) => {
    const c = cost(text);
    lines += c.lines;
    chars += c.chars;
    first.push(text);
  };
  for (; index < blocks.length; index++) {
    const block = blocks[index] as Block;
    if (block.place === "details") {
      details.push(block.text);
      continue;
    }
    if (fits(block.text)) {
      take(block.text);
      continue;
    }
    if (block.list) {
      const items = block.text.split("\n");
      const shown: string[] = [];
      while (items.length > 0 && fits([...shown, items[0]].join("\n"))) shown.push(items.shift() ?? "");
      if (shown.length === 0 && block.place === "answer") shown.push(shortened(items.shift() ?? "", room().chars - 2, locale, details));
      if (shown.length > 0) take(shown.join("\n"));
      if (items.length > 0) details.push(items.join("\n"));
      continue;
    }
    if (block.place === "answer") take(shortened(block.text, room().chars - 2, locale, details));
    else if (block.cut && fits((sentences(block.text, locale)[0] ?? "").trimEnd()))
      take(shortened(block.text, room().chars - 2, locale, details));
    else if (!block.summary) details.push(block.text);
  }
  return { first: first.join("\n\n"), details: details.join("\n\n") };
}

/** The first sentences of `text` that fit in `room` characters (at least one); the rest is pushed to `details`. */
function shortened(text: string, room: number, locale: Locale, details: string[]): string {
  const parts = sentences(text, locale);
  let kept = parts.shift() ?? text;
  while (parts.length > 0 && [...kept].length + [...(parts[0] ?? "")].length <= room) kept += parts.shift();
  const rest = parts.join("").trim();
  if (rest) details.push(rest);
  return kept.trimEnd();
}
