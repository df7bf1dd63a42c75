import type { Locale } from "../i18n/locales.js";
import { detectIdentifiers, redactIdentifiers } from "../privacy/identifiers.js";
import { createArabicScriptStemmer } from "./arabic-script-stems.js";
import { type CompiledLexicon, compileLexicons, type SignalCategory } from "./compile-lexicon.js";
import { chooseIntent } from "./choose-intent.js";
import { createLanguageDetector } from "./detect-language.js";
import { createFuzzyIndex, MAX_CORRECTED_WORD } from "./fuzzy-index.js";
import { createHitScanner } from "./hit-scanner.js";
import type { LexiconKind, NluLexicon } from "./lexicon.js";
import { DEFAULT_WEIGHTS } from "./lexicon-ids.js";
import { foldText, LATIN_OR_CYRILLIC_WORD, START } from "./normalize.js";
import { readQuestionSignals } from "./question-signals.js";
import { readHits } from "./read-hits.js";
import { pickBest, RELATION_SPONSORSHIP, resolveApplication, resolveRole, resolveStatus } from "./resolve-slots.js";
import type { SmallTalk, Understander, Understanding } from "./understanding.js";
import { compileWordTables } from "./word-tables.js";

/**
 * Bounds that keep the work per message linear in its length (issue 11: one 2,000-letter word took
 * the process down). The core already refuses messages over 2,000 characters; the understander is
 * also called with command arguments and by other callers, so it holds its own limits.
 */
export const UNDERSTAND_LIMITS = {
  /** Characters read; the rest of a longer text is ignored. */
  maxChars: 4_000,
  /** Lexicon matches kept per message: real questions have a few dozen, repetition floods have thousands. */
  maxHits: 256,
  /** Arabic-script words longer than this are not stemmed (no known stem plus affixes is longer). */
  maxStemmedWord: 40,
  /** Time budget: past it the understander stops and reports `overBudget` so the caller can answer safely. */
  budgetMs: 100,
} as const;

export interface UnderstanderOptions {
  /** Milliseconds on a monotonic clock, for the time budget (tests inject a fake one). */
  readonly now?: () => number;
  readonly budgetMs?: number;
}

/** A quoted label ('Decision made', « Reçue », “In process”) makes a bare status word count. */
export const QUOTED = /(?:^|[\s:(（，,])['"«“‘「『]\s?[^'"«»“”‘’「」『』]{2,60}?\s?['"»”’」』](?=$|[\s,.;:!?)，。？、،؟—-])/u;

/** The matcher category of each phrase file. */
const CATEGORY: Readonly<Record<LexiconKind, SignalCategory>> = {
  applications: "app",
  statuses: "status",
  roles: "role",
  intents: "intent",
  cues: "cue",
  systems: "ctx",
  relatives: "rel",
  "language-names": "locale",
  countries: "country",
};

/** Compiles every phrase table of the lexicon into one matcher (kinds in the order of lexicon.ts). */
export function compileNluLexicon(lexicon: NluLexicon): CompiledLexicon {
  return compileLexicons(
    (Object.keys(CATEGORY) as LexiconKind[]).map((kind) => ({
      category: CATEGORY[kind],
      lexicon: lexicon.phrases[kind],
      weight: DEFAULT_WEIGHTS[kind],
    })),
  );
}

/**
 * Builds the understander once from the lexicon infra loaded (data/nlu/): every phrase of the twelve
 * languages is compiled into one Aho-Corasick automaton and a typo index, so understanding a message
 * is one pass over its text plus a few map look-ups — no regex built per call, no scan of the
 * lexicon per word.
 */
export function createUnderstander(lexicon: NluLexicon, options: UnderstanderOptions = {}): Understander {
  const now = options.now ?? (() => performance.now());
  const budgetMs = options.budgetMs ?? UNDERSTAND_LIMITS.budgetMs;
  const compiled = compileNluLexicon(lexicon);
  const known = new Set<string>(compiled.vocabulary);
  for (const words of Object.values(lexicon.functionWords)) for (const w of words) known.add(w);
  const fuzzy = createFuzzyIndex(compiled.vocabulary, known);
  const detector = createLanguageDetector(lexicon);
  const stemmer = createArabicScriptStemmer(compiled.arabicScriptWords, {
    prefixes: lexicon.attachedPrefixes,
    suffixes: lexicon.attachedSuffixes,
  });
  const scanner = createHitScanner(compiled, UNDERSTAND_LIMITS.maxHits);
  const tables = compileWordTables(lexicon);

  return {
    understand(input: string, hint?: Locale): Understanding {
      const startedAt = now();
      const text = input.length > UNDERSTAND_LIMITS.maxChars ? cutAt(input, UNDERSTAND_LIMITS.maxChars) : input;
      const identifiers = detectIdentifiers(text);
      const clean = identifiers.length > 0 ? redactIdentifiers(text, () => " ") : text;
      const folded = foldText(clean);
      const words = folded.split(" ");
      // Two tests on the whole text instead of two per word: most messages use one script.
      const mixedScripts = CYRILLIC.test(folded) && LATIN_LETTER.test(folded);
      // Most messages need no correction; then the folded text is the joined one (a join per message was
      // a sixth of understand()'s own time).
      let changed = mixedScripts;
      for (let i = 0; i < words.length; i++) {
        // Every step is bounded, so this only trips on a starved machine; checked every 64 words.
        if ((i & 63) === 63 && now() - startedAt > budgetMs) return overBudget(identifiers, hint);
        const w = mixedScripts ? tables.withCyrillicLookAlikes(words[i] as string) : (words[i] as string);
        if (mixedScripts) words[i] = w;
        if (w.length >= 4 && w.length <= MAX_CORRECTED_WORD && LATIN_OR_CYRILLIC_WORD.test(w)) {
          const fixed = fuzzy.correct(w);
          if (fixed) {
            words[i] = fixed;
            changed = true;
          }
        } else if (w.charCodeAt(0) >= 0x600 && w.charCodeAt(0) <= 0x6ff && w.length <= UNDERSTAND_LIMITS.maxStemmedWord) {
          const stem = stemmer.stem(w);
          if (stem) {
            words[i] = stem;
            changed = true;
          }
        }
      }
      const detected = detector.detect(text, words, hint);
      const joined = changed ? words.join(" ") : folded;
      const padded = `${START} ${joined} `;
      const hits = scanner.scan(padded);
      if (now() - startedAt > budgetMs) return overBudget(identifiers, hint);
      const readings = readHits(hits, padded, tables);
      const { cues, ctx, rels, country } = readings;

      // --- slots ---
      // Ages are read before stemming and typo correction ("۱۲ ساله" must stay "ساله").
      const age = tables.age(folded);
      const minor = cues.has("minor") || (age !== null && age < 18);
      let application = resolveApplication(readings.appHits, cues, rels, minor);
      const status = resolveStatus(
        readings.statusHits,
        ctx,
        () => QUOTED.test(text),
        application?.startsWith("citizenship") === true || cues.has("citizenship-word"),
      );
      // A PR-portal label without a named process belongs to the PR confirmation ("when does the card come?" keeps the card).
      if (application === null && status?.id.startsWith("pr-portal-")) application = "pr-confirmation";
      const statedRole = pickBest(readings.roleHits);
      let role = resolveRole(statedRole, rels, minor);
      // "My lawyer wants my GCKey password": the asker is the applicant. "Can my lawyer see my file?":
      // the question is about the representative's access.
      // Someone else's password, GCKey, sign-in partner login or account: the safety rule, above every other one.
      // A bare "GCKey" names the sign-in service ("do I use GCKey or the tracker?"); it is a credential
      // when it changes hands: "my husband gave me his GCKey", "我用我妈的GCKey账号", "sign in with my GCKey".
      const credentialWord =
        cues.has("credential") ||
        cues.has("account-login") ||
        (cues.has("gckey") && cues.has("share-verb")) ||
        // A typed password is removed before matching, and its label with it ("密码是…").
        identifiers.includes("password");
      if ((role as string) === "applicant-with-representative") role = credentialWord ? "applicant" : "representative";

      // --- intent ---
      const choice = chooseIntent(readings, status, role, statedRole, words.length);
      const { targetLocale, followUp } = choice;
      const insideCanada = cues.has("inside") ? true : cues.has("outside") || (country !== null && country !== "CA") ? false : null;
      const quebec = cues.has("not-quebec") ? false : cues.has("quebec") ? true : null;

      const read = readQuestionSignals({
        readings,
        application,
        role,
        statedRole,
        intent: choice.intent,
        credentialWord,
        // A typed password is redacted up to the next space, which in Chinese can be the rest of the
        // sentence ("密码给律师让他…"): look for the other person in the text as written.
        otherPersonInRawText: () => identifiers.includes("password") && scanner.mentionsOtherPerson(`${START} ${foldText(text)} `),
        folded,
        joined,
        words: tables,
      });
      const { signals } = read;
      let intent = read.intent;
      application = read.application;
      role = read.role;

      // "thanks!", "ok", "bye": small talk only when the message says nothing else the bot answers.
      let smallTalk: SmallTalk | null = null;
      if (
        (intent === null || intent === "help") &&
        !signals.credentialSharing &&
        application === null &&
        status === null &&
        role === null &&
        words.length <= 5 &&
        folded.length <= 40
      ) {
        for (const cue of cues) if (cue.startsWith("small-talk:")) smallTalk = cue.slice("small-talk:".length) as SmallTalk;
        if (smallTalk) intent = "help";
      }

      // Temporary wording wins over "stop": stopping deletes the reminders.
      const reminderOp =
        intent === "reminder-set" && cues.has("reminder-resume")
          ? "resume"
          : intent !== "reminder-cancel"
            ? null
            : cues.has("reminder-snooze")
              ? "snooze"
              : cues.has("reminder-pause") || cues.has("for-a-while")
                ? "pause"
                : null;

      return {
        reminderOp,
        smallTalk,
        relation: RELATION_SPONSORSHIP.find(([rel]) => rels.has(rel))?.[0] ?? null,
        lang: detected.confident ? detected.lang : (hint ?? detected.lang),
        langDetected: detected.confident,
        intent,
        application,
        role,
        status: status?.id ?? null,
        country,
        quebec,
        insideCanada,
        targetLocale,
        identifiers,
        followUp,
        signals,
        // A reading the signals changed (a myth, someone else's login) rests on more than phrase weights.
        intentLead: intent === choice.intent ? choice.lead : Number.POSITIVE_INFINITY,
        mentionsCredential: credentialWord,
      };
    },
  };
}

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN_LETTER = /[a-z]/;

/** The text up to `max` UTF-16 units, without splitting a surrogate pair. */
function cutAt(text: string, max: number): string {
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** Nothing understood, flagged so the caller answers with a safe "please ask more briefly" instead of a guess. */
function overBudget(identifiers: Understanding["identifiers"], hint: Locale | undefined): Understanding {
  return {
    lang: hint ?? "en",
    langDetected: false,
    intent: null,
    application: null,
    role: null,
    status: null,
    country: null,
    quebec: null,
    insideCanada: null,
    targetLocale: null,
    identifiers,
    followUp: false,
    signals: {},
    reminderOp: null,
    overBudget: true,
  };
}
