import fc from "fast-check";

/**
 * Generators of hostile chat messages (issue 11): long words with no spaces in every script the bot
 * reads, binary junk, repeated lexicon phrases, identifier look-alikes and mixtures of all of them,
 * up to the 2,000 characters a message may have. Shared by the fuzz test and `scripts/bench-hostile.ts`.
 */
export const MAX_MESSAGE = 2_000;

const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

/** Letters per script; long words of these are what made `correct()` explode. */
export const SCRIPTS: Readonly<Record<string, readonly string[]>> = {
  latin: [...range(0x61, 0x7a), ..."éèçñãõüößœ"],
  cyrillic: [...range(0x430, 0x44f), ..."іїєґё"],
  arabic: [...range(0x621, 0x64a), ..."پچژگکیےںہھٹڈڑ", "\u064b", "\u0670"],
  devanagari: [...range(0x915, 0x939), ..."ािीुूेैोौ्ं"],
  gurmukhi: [...range(0xa15, 0xa39), ..."ਾਿੀੁੂੇੈੋੌ੍ੰੱ"],
  cjk: [...range(0x4e00, 0x4e80), ..."申请签证移民配偶担保多久工作许可"],
  emoji: ["😀", "🙏", "🇨🇦", "👨‍👩‍👧", "❤️", "🔥", "\u200d", "\ufe0f"],
};

/** Real lexicon words and phrases, so repetition and typos reach the matcher and the spell corrector. */
const PHRASES = [
  "work permit",
  "spousal sponsorship",
  "how long",
  "where can i check",
  "citizenship",
  "processing time",
  "permis de travail",
  "громадянство",
  "دعوت نامه",
  "वर्क परमिट",
  "ਵਰਕ ਪਰਮਿਟ",
  "配偶担保",
  "not referred to the irb",
  "'decision made'",
  "passport no",
  "password:",
  "born on 12 jan 1990",
  "my uci is",
  "remind me every monday",
];

const wordOf = (letters: readonly string[], max: number) =>
  fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: max }).map((chars) => chars.join(""));

/** One word with no spaces, in one script, of any length up to the message limit. */
export const longWord = fc.constantFrom(...Object.keys(SCRIPTS)).chain((script) => wordOf(SCRIPTS[script]!, MAX_MESSAGE));

/** Any UTF-16 units, including lone surrogates and control characters. */
export const binaryJunk = fc.string({ unit: "binary", maxLength: MAX_MESSAGE });

/** A lexicon phrase repeated, with random letters changed (typos) or spaces removed. */
export const repeatedPhrase = fc
  .tuple(fc.constantFrom(...PHRASES), fc.integer({ min: 1, max: 300 }), fc.boolean(), fc.nat())
  .map(([phrase, times, glue, seed]) => {
    let out = "";
    for (let i = 0; out.length < MAX_MESSAGE && i < times; i++) {
      const k = (seed + i * 7) % phrase.length;
      const typo =
        (seed + i) % 3 === 0 ? `${phrase.slice(0, k)}${phrase.slice(k + 1, k + 2)}${phrase.slice(k, k + 1)}${phrase.slice(k + 2)}` : phrase;
      out += glue ? typo.replaceAll(" ", "") : `${typo} `;
    }
    return out.slice(0, MAX_MESSAGE);
  });

/** Digits, dashes, @ and dots in long runs: what the identifier patterns look at. */
export const identifierLike = fc
  .array(fc.constantFrom("1", "2", "-", "@", ".", "a", "A", " ", "/", ":", "#"), { maxLength: MAX_MESSAGE })
  .map((chars) => chars.join(""));

/** Words of mixed scripts, lengths and junk, joined by spaces or glued. */
export const mixed = fc
  .array(
    fc.oneof(
      wordOf(SCRIPTS.latin!, 40),
      wordOf(SCRIPTS.cyrillic!, 40),
      longWord,
      fc.constantFrom(...PHRASES),
      fc.string({ maxLength: 20 }),
    ),
    {
      maxLength: 60,
    },
  )
  .chain((words) => fc.constantFrom(" ", "", "\n", "-").map((sep) => words.join(sep).slice(0, MAX_MESSAGE)));

/** Every kind above; long words get the largest share, as they were what broke. */
export const hostileMessage = fc.oneof(
  { arbitrary: longWord, weight: 4 },
  { arbitrary: binaryJunk, weight: 1 },
  { arbitrary: repeatedPhrase, weight: 2 },
  { arbitrary: identifierLike, weight: 1 },
  { arbitrary: mixed, weight: 2 },
);

/** The worst cases of issue 11, always run: a 2,000-letter word in each script. */
export function longestWords(): [string, string][] {
  return Object.entries(SCRIPTS).map(([script, letters]) => {
    let word = "";
    for (let i = 0; word.length < MAX_MESSAGE; i++) word += letters[(i * 7) % letters.length];
    // Never split an emoji's surrogate pair at the limit.
    return [
      script,
      Array.from(word)
        .join("")
        .slice(0, MAX_MESSAGE)
        .replace(/[\ud800-\udbff]$/, ""),
    ];
  });
}
