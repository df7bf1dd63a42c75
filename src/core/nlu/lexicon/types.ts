/**
 * A lexicon maps one id (an application, a status, a cue...) to phrasings in any of the twelve
 * languages. Each string holds alternatives separated by "|"; inside one alternative:
 * - `*` at the start or end drops the word boundary there ("remind*" also matches "reminders");
 * - `^` at the start anchors the phrase at the beginning of the message;
 * - `{a,b}` expands to each option ("дозв{іл,олу}" = "дозвіл" and "дозволу");
 * - a `^2.5` suffix sets the weight (otherwise the lexicon's default weight applies).
 * Phrases are folded exactly like messages (see normalize.ts), so accents and letter variants do
 * not matter; Chinese phrases match without word boundaries.
 */
export type Lexicon = Readonly<Record<string, readonly string[]>>;
