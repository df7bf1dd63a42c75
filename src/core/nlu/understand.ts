import type { Locale } from "../i18n/locales.js";
import { detectIdentifiers, redactIdentifiers } from "../privacy/identifiers.js";
import type { QuestionSignals } from "../rules/signals.js";
import type { ApplicationId, IntentId, RoleId, StatusId } from "../taxonomy.js";
import { createArabicScriptStemmer } from "./arabic-script-stems.js";
import { compileLexicons, type Hit, type Signal } from "./compile-lexicon.js";
import { createLanguageDetector } from "./detect-language.js";
import { createFuzzyIndex, MAX_CORRECTED_WORD } from "./fuzzy-index.js";
import { APPLICATION_LEXICON } from "./lexicon/applications.js";
import { CONTEXT_LEXICON, COUNTRY_LEXICON, CUE_LEXICON, LOCALE_NAME_LEXICON } from "./lexicon/cues.js";
import { LATIN_FUNCTION_WORDS } from "./lexicon/function-words.js";
import { INTENT_LEXICON } from "./lexicon/intents.js";
import { RELATION_LEXICON, ROLE_LEXICON } from "./lexicon/roles.js";
import { STATUS_LEXICON } from "./lexicon/statuses.js";
import { foldText, LATIN_OR_CYRILLIC_WORD, START } from "./normalize.js";
import type { SmallTalk, Understander, Understanding } from "./understanding.js";

/** Categories where a longer phrase hides the shorter ones it contains ("spousal open work permit" hides "spousal"). */
const NESTING = new Set(["app", "status", "role", "intent"]);

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

/** Roles that own (part of) the file: asking what they may see is an access question. */
const SELF_ROLES: ReadonlySet<RoleId> = new Set<RoleId>(["applicant", "sponsor", "dependant"]);
const SELF_ROLE_ACCESS_BONUS = 4;

/** When two intents score the same, the more specific question wins. */
const INTENT_ORDER: readonly IntentId[] = ["status-meaning", "timeline", "access", "trackable", "out-of-scope", "help"];

/** Roles that only exist relative to someone else's file: their questions are usually about access. */
const ACCESS_ROLE_BONUS: Partial<Record<RoleId, number>> = {
  representative: 2,
  "designated-individual": 2,
  employer: 2,
  payer: 2,
  "family-member": 1.5,
  "parent-of-minor": 0.5,
};

/** A quoted label ('Decision made', « Reçue », “In process”) makes a bare status word count. */
export const QUOTED = /(?:^|[\s:(（，,])['"«“‘「『]\s?[^'"«»“”‘’「」『』]{2,60}?\s?['"»”’」』](?=$|[\s,.;:!?)，。？、،؟—-])/u;

/** "10 yr old", "de 15 ans", "۲۲ ساله", "10岁": an age next to a child or parent decides parent-of-minor. */
const AGE =
  /(?<!\d)(\d{1,2}) ?(?:years? old|yrs? old|yr old|yo|y o|ans|anos|taong gulang|ساله|سال کا|سال کی|سال کے|سنوات|سنه|عاما|عام|років|роки|рік|साल|ਸਾਲ|岁|周岁|saal|sal|anyos|taon|سالشه|سالش|سالمه|سالشونه|سالته|سالہ|سال ہے|سال کی ہے|سال کا ہے|سال داره)(?= |$)/;
const AGE_PREFIX = /(?:aged?|agee de|edad de|idade de|عمره|عمرها|سن|їй|йому) (\d{1,2})(?= |$)/;

function minorAge(folded: string): boolean | null {
  const m = AGE.exec(folded) ?? AGE_PREFIX.exec(folded);
  if (!m) return null;
  return Number(m[1]) < 18;
}

function pickBest(hits: readonly Hit[]): Hit | undefined {
  let best: Hit | undefined;
  for (const hit of hits) {
    if (
      !best ||
      hit.signal.weight > best.signal.weight ||
      (hit.signal.weight === best.signal.weight && hit.end - hit.start > best.end - best.start)
    ) {
      best = hit;
    }
  }
  return best;
}

/**
 * Builds the understander once: every lexicon (twelve languages) is compiled into one
 * Aho-Corasick automaton and a typo index, so understanding a message is one pass over its text
 * plus a few map look-ups — no regex built per call, no scan of the lexicon per word.
 */
export function createUnderstander(options: UnderstanderOptions = {}): Understander {
  const now = options.now ?? (() => performance.now());
  const budgetMs = options.budgetMs ?? UNDERSTAND_LIMITS.budgetMs;
  const compiled = compileLexicons([
    { category: "app", lexicon: APPLICATION_LEXICON, weight: 2 },
    { category: "status", lexicon: STATUS_LEXICON, weight: 2 },
    { category: "role", lexicon: ROLE_LEXICON, weight: 4 },
    { category: "intent", lexicon: INTENT_LEXICON, weight: 2 },
    { category: "cue", lexicon: CUE_LEXICON, weight: 1 },
    { category: "ctx", lexicon: CONTEXT_LEXICON, weight: 1 },
    { category: "rel", lexicon: RELATION_LEXICON, weight: 1 },
    { category: "locale", lexicon: LOCALE_NAME_LEXICON, weight: 1 },
    { category: "country", lexicon: COUNTRY_LEXICON, weight: 1 },
  ]);
  const known = new Set<string>(compiled.vocabulary);
  for (const words of Object.values(LATIN_FUNCTION_WORDS)) for (const w of words.split(" ")) known.add(w);
  const fuzzy = createFuzzyIndex(compiled.vocabulary, known);
  const detector = createLanguageDetector();
  const stemmer = createArabicScriptStemmer(compiled.arabicScriptWords);
  const { matcher, signals, patternLengths } = compiled;

  const scan = (padded: string): Hit[] => {
    const hits: Hit[] = [];
    // The nesting filter below compares hits pairwise: capping them keeps a flood of repeated
    // phrases ("配偶担保" × 500) from costing a million comparisons.
    matcher.scan(padded, (pattern, end) => {
      if (hits.length >= UNDERSTAND_LIMITS.maxHits) return;
      const start = end - (patternLengths[pattern] as number);
      for (const signal of signals[pattern] as readonly Signal[]) hits.push({ signal, start, end });
    });
    // Longer phrases hide shorter ones of the same category inside them, and an application name
    // hides the relative inside it ("配偶担保" is a sponsorship, not a question about a spouse).
    const nested = hits.filter((h) => NESTING.has(h.signal.category));
    const insideApp = (h: Hit) => nested.some((o) => o.signal.category === "app" && o.start <= h.start && o.end >= h.end);
    return hits.filter((h) =>
      h.signal.category === "rel"
        ? !insideApp(h)
        : !NESTING.has(h.signal.category) ||
          !nested.some(
            (o) => o.signal.category === h.signal.category && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start,
          ),
    );
  };

  const OTHER_PERSON_CATEGORIES = new Set(["rel", "role"]);
  const OTHER_PERSON_CUES = new Set(["other-person", "third-party", "share-verb"]);
  const mentionsOtherPerson = (padded: string): boolean =>
    scan(padded).some(
      (h) =>
        (h.signal.category === "cue" && OTHER_PERSON_CUES.has(h.signal.id)) ||
        (OTHER_PERSON_CATEGORIES.has(h.signal.category) && !SELF_ROLES.has(h.signal.id as RoleId)),
    );

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
        const w = mixedScripts ? withCyrillicHomoglyphs(words[i] as string) : (words[i] as string);
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
      const hits = scan(padded);
      if (now() - startedAt > budgetMs) return overBudget(identifiers, hint);

      const cues = new Set<string>();
      const ctx = new Set<string>();
      const rels = new Set<string>();
      const appHits: Hit[] = [];
      const statusHits: Hit[] = [];
      const roleHits: Hit[] = [];
      const localeHits: Hit[] = [];
      let country: string | null = null;
      const scores = new Map<IntentId, number>();
      const addScore = (intent: IntentId, w: number) => scores.set(intent, (scores.get(intent) ?? 0) + w);
      let firstVerbAt = -1;
      let irbNegated = false;
      let relHits = 0;
      let relAtStart: string | null = null;
      for (const hit of hits) {
        const { category, id, weight } = hit.signal;
        switch (category) {
          case "intent":
            addScore(id as IntentId, weight);
            break;
          case "cue":
            cues.add(id);
            if (id === "language-verb" && (firstVerbAt < 0 || hit.start < firstVerbAt)) firstVerbAt = hit.start;
            if (id === "irb" && !irbNegated) irbNegated = negatedAround(padded, hit);
            break;
          case "ctx":
            ctx.add(id);
            break;
          case "rel":
            rels.add(id);
            relHits++;
            if (hit.start <= 2) relAtStart = id;
            break;
          case "app":
            appHits.push(hit);
            break;
          case "status":
            statusHits.push(hit);
            break;
          case "role":
            roleHits.push(hit);
            break;
          case "locale":
            localeHits.push(hit);
            break;
          case "country":
            country ??= id;
            break;
        }
      }
      if (cues.has("not-tracker")) ctx.delete("tracker");
      // "bhai mera visa kab aayega": the opening "bhai" addresses the reader, unless another relative is named.
      if (cues.has("vocative") && relAtStart !== null && relHits === 1) rels.delete(relAtStart);

      // --- slots ---
      // Ages are read before stemming and typo correction ("۱۲ ساله" must stay "ساله").
      const minor = cues.has("minor") || minorAge(folded) === true;
      let application = resolveApplication(appHits, cues, rels, minor);
      const status = resolveStatus(
        statusHits,
        ctx,
        () => QUOTED.test(text),
        application?.startsWith("citizenship") === true || cues.has("citizenship-word"),
      );
      // A PR-portal label without a named process belongs to the PR confirmation ("when does the card come?" keeps the card).
      if (application === null && status?.id.startsWith("pr-portal-")) application = "pr-confirmation";
      const statedRole = pickBest(roleHits);
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
      let intent: IntentId | null = null;
      let targetLocale: Locale | null = null;
      // Deleting everything stored wins over the reminders it mentions ("delete all my data, reminders too").
      if (
        cues.has("forget") ||
        // "CAS found nothing for my data, did they delete my file?" reports a status; it asks to delete nothing.
        (cues.has("delete") && cues.has("personal-data") && statusHits.length === 0)
      ) {
        intent = "forget";
      } else if (cues.has("reminder")) {
        // Pausing and snoozing stop reminders for a while: the same family as cancelling (see reminderOp).
        intent = cues.has("reminder-resume")
          ? "reminder-set"
          : cues.has("reminder-cancel") || cues.has("reminder-pause") || cues.has("reminder-snooze")
            ? "reminder-cancel"
            : cues.has("reminder-change")
              ? "reminder-set"
              : cues.has("reminder-list-question") || (cues.has("reminder-list") && !cues.has("reminder-set-verb"))
                ? "reminder-list"
                : "reminder-set";
      } else if (localeHits.length > 0 && (cues.has("language-verb") || cues.has("language-change") || words.length <= 3)) {
        intent = "language";
        const after = localeHits.filter((h) => h.start > firstVerbAt);
        targetLocale = ((after[0] ?? localeHits[localeHits.length - 1]) as Hit).signal.id as Locale;
      } else if (cues.has("language-change")) {
        intent = "language";
      } else {
        if (status && status.weight >= 1.5) addScore("status-meaning", 1);
        // A status plus "what do I do now / do I have to…" asks for the status's next steps.
        if (status && cues.has("what-to-do")) addScore("status-meaning", 1.5);
        if (ctx.size > 0 && !(status && status.weight >= 1.5)) addScore("trackable", 1);
        if (role) addScore("access", ACCESS_ROLE_BONUS[role] ?? 0);
        // Asking for one party's part of a split file ("my husband's part, the sponsor one") is about who sees what.
        if (cues.has("other-part") || cues.has("sponsor-part") || cues.has("own-part")) addScore("access", 1.5);
        if (cues.has("third-party")) addScore("access", cues.has("can-i") ? 2.5 : 1);
        // "Can I see my brother's work permit?": a relative owns the file the asker wants to open.
        else if (cues.has("can-i") && (role === "family-member" || role === "parent-of-minor")) addScore("access", 2);
        // "I'm the principal applicant / the sponsor: can I see my file in the tracker?": a role the asker
        // states about themselves plus a permission question asks what that role may see, unless it
        // asks where to look ("I'm the sponsor, where do I check?").
        else if (
          cues.has("can-i") &&
          !cues.has("where") &&
          role !== null &&
          SELF_ROLES.has(role) &&
          statedRole !== undefined &&
          statedRole.signal.weight >= 3
        ) {
          addScore("access", SELF_ROLE_ACCESS_BONUS);
        }
        let best = 0;
        for (const candidate of INTENT_ORDER) {
          const s = scores.get(candidate) ?? 0;
          if (s > best) {
            best = s;
            intent = candidate;
          }
        }
        if (best < 0.9) intent = null;
      }

      const followUp = cues.has("follow-up") && words.length <= 7;
      if (followUp && intent !== null && (scores.get(intent) ?? 0) < 2.5 && !isChatIntent(intent)) intent = null;

      const insideCanada = cues.has("inside") ? true : cues.has("outside") || (country !== null && country !== "CA") ? false : null;
      const quebec = cues.has("not-quebec") ? false : cues.has("quebec") ? true : null;

      const signals: { -readonly [K in keyof QuestionSignals]: QuestionSignals[K] } = {};
      const credential = credentialWord || (cues.has("gckey") && cues.has("third-party"));
      // Another person in the message: a relative, a role that is not the asker's own file (consultant,
      // employer, school…), "someone", "a friend", a pronoun, or a verb of handing over.
      const otherPerson =
        cues.has("share-verb") ||
        cues.has("third-party") ||
        cues.has("other-person") ||
        rels.size > 0 ||
        roleHits.some((h) => !SELF_ROLES.has(h.signal.id as RoleId)) ||
        // A typed password is redacted up to the next space, which in Chinese can be the rest of the
        // sentence ("密码给律师让他…"): look for the other person in the text as written.
        (identifiers.includes("password") && mentionsOtherPerson(`${START} ${foldText(text)} `));
      if (
        (credential && (cues.has("share-verb") || cues.has("third-party") || (role !== null && role !== "applicant"))) ||
        (credentialWord && otherPerson)
      ) {
        signals.credentialSharing = true;
        // Whatever else the message asks (a tracker, a time, a menu), the answer is the never-share one.
        intent = "access";
      }
      // "Can my wife see our spousal sponsorship?": a spouse in a spousal sponsorship is its sponsor or its
      // sponsored person, never an outside relative; each follows their own part.
      if (
        !signals.credentialSharing &&
        application === "sponsorship-spouse" &&
        rels.has("spouse") &&
        role === "family-member" &&
        (statedRole === undefined || statedRole.signal.weight < 3)
      ) {
        signals.sponsorshipParty = true;
        role = null;
      }
      // "The sponsor part" is the asker's own part when the asker is the sponsor, the other party's otherwise.
      const sponsorPart = cues.has("sponsor-part");
      if (cues.has("other-part") || (sponsorPart && role !== "sponsor")) signals.otherPart = true;
      else if (cues.has("own-part") || sponsorPart) signals.ownPart = true;
      // "Not referred yet" is a fact too: the claim is still with IRCC, so the IRB's portal is not for now.
      if (cues.has("irb-negated") || (cues.has("irb") && irbNegated)) signals.irbReferral = false;
      else if (cues.has("irb")) signals.irbReferral = true;
      for (const cue of cues) if (cue.startsWith("programme:")) signals.programme ??= cue.slice("programme:".length);
      // Caregiver, Atlantic, start-up visa…, named without an application type: they are programs of other economic PR.
      if (signals.programme && application === null) application = "pr-economic-other";
      if (cues.has("form-missing")) signals.authorizationForm = false;
      else if (cues.has("form-present")) signals.authorizationForm = true;

      // Claims popular articles get wrong (data/myths.json): the reply corrects them first.
      if (
        (application === "pr-card-renewal" || application === "pr-card-new") &&
        cues.has("renewal") &&
        (cues.has("comparison") || cues.has("first-card"))
      ) {
        signals.myth = "prCardRenewalNotFaster";
      } else if (application === "refugee-claim" && FORTY_FIVE.test(folded)) {
        signals.myth = "boc15Days";
      } else {
        const myth = mythAboutSystems(cues, ctx, application, statusHits, joined, (scores.get("timeline") ?? 0) > 0);
        if (myth !== null) signals.myth = myth;
      }
      if (signals.myth && !signals.credentialSharing && (intent === null || !isChatIntent(intent))) intent = "timeline";

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
      };
    },
  };
}

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

/** Latin letters that look like Cyrillic ones, as typed when the keyboard layout switches mid-word ("пермiту"). */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  a: "а",
  c: "с",
  e: "е",
  i: "і",
  o: "о",
  p: "р",
  x: "х",
  y: "у",
  k: "к",
  m: "м",
  t: "т",
  h: "н",
  b: "в",
};
const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN_LETTER = /[a-z]/;

/** A word mixing Cyrillic and Latin letters is Cyrillic with look-alike Latin letters in it. */
function withCyrillicHomoglyphs(word: string): string {
  if (!CYRILLIC.test(word) || !LATIN_LETTER.test(word)) return word;
  let out = "";
  for (const ch of word) out += HOMOGLYPHS[ch] ?? ch;
  return out;
}

/** Negations that come before the verb ("not yet referred", "no ha sido enviada", "لم تتم إحالة", "还没转到"). */
const NEGATION_BEFORE = new Set([
  "not",
  "never",
  "hasn",
  "hasnt",
  "haven",
  "havent",
  "wasn",
  "wasnt",
  "isn",
  "isnt",
  "didn",
  "didnt",
  "hadn",
  "pas",
  "jamais",
  "no",
  "nunca",
  "nao",
  "hindi",
  "wala",
  "di",
  "لم",
  "لا",
  "لیس",
  "لن",
  "не",
  "ні",
]);
/** Negations after the verb in verb-final languages ("रेफर नहीं हुआ", "ارجاع نشده", "ਰੈਫਰ ਨਹੀਂ"). */
const NEGATION_AFTER = new Set(["नही", "nahi", "nahin", "ਨਹੀ", "نهین", "نشده", "نشد", "نکرده", "نفرستاده", "نرفته", "نیست"]);
const HAN_NEGATION = /没|未|不/;

/**
 * True when a negation stands within a few words of the IRB mention: "my claim has not yet been
 * sent to the IRB" says the claim is still with IRCC. A phrase list cannot cover every wording.
 */
function negatedAround(padded: string, hit: Hit): boolean {
  const before = padded
    .slice(Math.max(0, hit.start - 60), hit.start)
    .split(" ")
    .slice(-7);
  for (const w of before) if (NEGATION_BEFORE.has(w) || HAN_NEGATION.test(w)) return true;
  const after = padded
    .slice(hit.end, hit.end + 40)
    .split(" ")
    .slice(0, 4);
  for (const w of after) if (NEGATION_AFTER.has(w)) return true;
  return false;
}

/** "45 days", "45 días", "۴۵ روز" (digits are folded to ASCII): the wrong BOC deadline of popular articles. */
const FORTY_FIVE = /(?<![0-9])45(?![0-9])/;
/** "1 to 2", "1-2" (never "12"), "1 à 2", "1到2", "۱ تا ۲": the letter-within-one-to-two-weeks-of-Decision-made claim. */
const ONE_TO_TWO = /(?<![0-9])1(?: ?[-–] ?| (?:(?:to|a|al|ate|hanggang|до|到|至|से|ਤੋਂ|سے|تا|الى|الی|الي|إلى) )?)2(?![0-9])/;
/** "2 to 4", "2-4" (never "24"), "2 à 4", "2到4", "۲ تا ۴": the AOR-in-two-to-four-weeks claim (digits are folded to ASCII). */
const TWO_TO_FOUR = /(?<![0-9])2(?: ?[-–] ?| (?:(?:to|a|al|ate|hanggang|до|到|至|से|ਤੋਂ|سے|تا|الى|الی|الي|إلى) )?)4(?![0-9])/;

/**
 * The fact sheet's claims about CAS and the trackers: each needs the system it is about (or the
 * application) and the claim's own words, so "what does In process mean in CAS?" stays a status question.
 */
function mythAboutSystems(
  cues: ReadonlySet<string>,
  ctx: ReadonlySet<string>,
  application: ApplicationId | null,
  statusHits: readonly Hit[],
  text: string,
  asksHowLong: boolean,
): string | null {
  const tracker = ctx.has("tracker");
  const cas = ctx.has("cas");
  if (tracker && cues.has("myth-same-login")) return "trackerOwnLogin";
  if (tracker && cues.has("myth-receipt")) return "trackerNumberOnAor";
  // "I uploaded my documents, how long until the tracker updates?" asks a time, not whether it can upload.
  if (tracker && cues.has("myth-upload") && !asksHowLong) return "trackerNoUpload";
  if (tracker && cues.has("myth-interview")) return "trackerNoTimesInterviews";
  if (cas && cues.has("myth-realtime")) return "casRealTime";
  if (cas && application === "pr-express-entry" && cues.has("myth-stages")) return "expressEntryCas";
  if (cas && application?.startsWith("sponsorship-") && cues.has("myth-everything")) return "casSponsorshipSplit";
  if (cas && cues.has("quebec") && cues.has("myth-cannot")) return "quebecCas";
  if (statusHits.some((h) => h.signal.id === "aor") && cues.has("myth-weeks") && TWO_TO_FOUR.test(text)) return "aor2to4Weeks";
  const decision = statusHits.some((h) => h.signal.id === "cas-decision-made" || h.signal.id === "account-final-decision");
  if (decision && cues.has("myth-weeks") && ONE_TO_TWO.test(text)) return "decisionNotice1to2Weeks";
  return null;
}

function isChatIntent(intent: IntentId): boolean {
  return intent.startsWith("reminder") || intent === "language" || intent === "forget";
}

const REPLACEABLE_DOCUMENTS: ReadonlySet<ApplicationId> = new Set<ApplicationId>([
  "study-permit",
  "study-permit-extension",
  "work-permit",
  "work-permit-extension",
  "visitor-record",
]);

const RELATION_SPONSORSHIP: readonly [string, ApplicationId][] = [
  ["spouse", "sponsorship-spouse"],
  ["child", "sponsorship-dependent-child"],
  ["parent", "sponsorship-parents"],
  ["other", "sponsorship-other-relative"],
];

/** Picks the application and refines it with cues (extension, renewal, minor, certificate, Quebec PR). */
function resolveApplication(
  hits: readonly Hit[],
  cues: ReadonlySet<string>,
  rels: ReadonlySet<string>,
  minor: boolean,
): ApplicationId | null {
  const specific = pickBest(hits.filter((h) => h.signal.id !== "pr-generic" && h.signal.id !== "sponsorship-generic"));
  const sponsorship = hits.some((h) => h.signal.id === "sponsorship-generic");
  const prGeneric = hits.some((h) => h.signal.id === "pr-generic");
  let app = (specific?.signal.id ?? null) as ApplicationId | null;
  if (app === null || (app === "visitor-visa" && (specific?.signal.weight ?? 0) < 1)) {
    if (sponsorship) {
      for (const [rel, id] of RELATION_SPONSORSHIP) {
        if (rels.has(rel)) return id;
      }
    }
    return app;
  }
  // A lost or stolen permit or record is replaced by a document-replacement request, not a new application.
  if (cues.has("lost") && !cues.has("lost-other") && REPLACEABLE_DOCUMENTS.has(app)) return "document-replacement";
  switch (app) {
    case "study-permit":
      if (cues.has("extension")) app = "study-permit-extension";
      break;
    case "work-permit":
      if (cues.has("extension")) app = "work-permit-extension";
      break;
    case "pr-card-new":
      if (cues.has("renewal")) app = "pr-card-renewal";
      break;
    case "citizenship-grant-adult":
      if (cues.has("certificate")) app = "citizenship-certificate";
      else if (cues.has("military")) app = "citizenship-caf";
      else if (minor && (rels.has("child") || rels.has("parent") || cues.has("minor"))) app = "citizenship-grant-minor";
      break;
    case "quebec-selection":
      // "Federal PR after the CSQ" names both stages; the federal one is what is asked about.
      if (
        (prGeneric && (specific?.signal.weight ?? 0) <= 2) ||
        hits.some((h) => h.signal.id === "pr-quebec-federal" && h.signal.weight >= 2.5)
      ) {
        app = "pr-quebec-federal";
      }
      break;
    default:
      break;
  }
  return app;
}

interface ResolvedStatus {
  readonly id: StatusId;
  readonly weight: number;
}

/**
 * Chooses the status; shared words ("In progress", "Closed") are read in the system the message names.
 * A citizenship activity ("the test", "the oath") named next to a tracker label is what the user
 * asks about: the label is only its state. Bare words ("test", "ceremony") count only for a
 * citizenship application, and "Background verification" is the citizenship activity only then
 * (the IRCC application status tracker has a section of that name too).
 */
function resolveStatus(
  hits: readonly Hit[],
  ctx: ReadonlySet<string>,
  isQuoted: () => boolean,
  citizenship: boolean,
): ResolvedStatus | null {
  let best: ResolvedStatus | null = null;
  let bestLength = 0;
  let activity: ResolvedStatus | null = null;
  let activityLength = 0;
  for (const hit of hits) {
    let id = hit.signal.id;
    if (id.startsWith("cit-")) {
      if (hit.signal.weight < 1.5 && !citizenship) continue;
      const length = hit.end - hit.start;
      if (!activity || hit.signal.weight > activity.weight || (hit.signal.weight === activity.weight && length > activityLength)) {
        activity = { id: id as StatusId, weight: hit.signal.weight };
        activityLength = length;
      }
      continue;
    }
    if (id.startsWith("label:")) {
      if (ctx.size === 0 && !isQuoted()) continue;
      const cas = ctx.has("cas");
      const account = ctx.has("account");
      switch (id) {
        case "label:received":
          id = cas ? "cas-application-received" : account && !ctx.has("tracker") ? "account-open" : "tracker-received";
          break;
        case "label:in-progress":
          id = cas ? "cas-in-process" : "tracker-in-progress";
          break;
        case "label:closed":
          id = account ? "account-closed" : "tracker-closed";
          break;
        case "label:completed":
          id = "tracker-completed";
          break;
        case "label:cancelled":
          id = "account-cancelled";
          break;
        case "label:open":
          if (!account) continue;
          id = "account-open";
          break;
        default:
          continue;
      }
    }
    const length = hit.end - hit.start;
    if (!best || hit.signal.weight > best.weight || (hit.signal.weight === best.weight && length > bestLength)) {
      best = { id: id as StatusId, weight: hit.signal.weight };
      bestLength = length;
    }
  }
  // The secure account's "Background check" is worded like the citizenship activity in French and other languages.
  if (activity?.id === "cit-background" && !citizenship && ctx.has("account") && !ctx.has("tracker")) {
    return { id: "account-background-check", weight: Math.max(activity.weight, best?.weight ?? 0) };
  }
  if (activity && (activity.id !== "cit-background" || citizenship || !best)) {
    return { id: activity.id, weight: Math.max(activity.weight, best?.weight ?? 0) };
  }
  return best;
}

/** The asker's role: explicit phrases first, then a relative (a minor's parent when an age under 18 is given). */
function resolveRole(explicit: Hit | undefined, rels: ReadonlySet<string>, minor: boolean): RoleId | null {
  let role = (explicit?.signal.id ?? null) as RoleId | null;
  let weight = explicit?.signal.weight ?? 0;
  if (rels.size > 0) {
    const relative: [RoleId, number] = minor && (rels.has("child") || rels.has("parent")) ? ["parent-of-minor", 3.5] : ["family-member", 3];
    if (relative[1] > weight) {
      role = relative[0];
      weight = relative[1];
    }
  }
  return role;
}
