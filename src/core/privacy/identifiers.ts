/** Kinds of personal identifiers the bot refuses to keep. Their values are never echoed, logged or stored. */
export type IdentifierKind = "uci" | "application-number" | "passport-number" | "email" | "date-of-birth" | "password";

/** Order in which kinds are reported (stable, so replies and tests do not depend on where the value sits). */
export const IDENTIFIER_KINDS: readonly IdentifierKind[] = [
  "uci",
  "application-number",
  "passport-number",
  "email",
  "date-of-birth",
  "password",
];

// Labels are written in the twelve supported languages; values are matched loosely on purpose: a false
// warning costs one sentence, a missed identifier ends up in a log.
const PASSPORT_LABEL =
  "passport|passeport|pasaporte|passaporte|pasaporte|паспорт[а-яіїє]*|护照|पासपोर्ट|ਪਾਸਪੋਰਟ|پاسپورٹ|پاسپورت|گذرنامه|جواز(?:\\s+ال)?سفر";
const DOB_LABEL =
  "born|birth\\s*date|date\\s+of\\s+birth|dob|d\\.o\\.b\\.?|birthday|n[ée]e?\\s+le|date\\s+de\\s+naissance|nac[ií]d[oa]|fecha\\s+de\\s+nacimiento|nascid[oa]|data\\s+de\\s+nascimento|ipinanganak|kaarawan|народжен[а-яіїє]*|дата\\s+народження|出生|生日|जन्म|ਜਨਮ|پیدائش|تاریخ\\s+تولد|تولد|تاريخ\\s+الميلاد|مواليد|ولدت";
const PASSWORD_LABEL =
  "password|passcode|passwd|pwd|mot\\s+de\\s+passe|contrase[ñn]a|senha|пароль|密码|पासवर्ड|ਪਾਸਵਰਡ|پاس\\s?ورڈ|كلمة\\s+(?:المرور|السر)|رمز\\s+عبور|گذرواژه";

const MONTHS =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|dezembro";
const DATE = `(?:\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}|\\d{1,2}(?:st|nd|rd|th|er)?\\s+(?:de\\s+)?(?:${MONTHS})\\.?,?\\s+(?:de\\s+)?\\d{2,4}|(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{2,4}|\\d{4}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)`;

interface Detector {
  readonly kind: IdentifierKind;
  readonly pattern: RegExp;
}

/** Detectors in reporting order; each regex is global so redaction can replace every occurrence. */
const DETECTORS: readonly Detector[] = [
  { kind: "email", pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu },
  // Labelled values first so their digits are not also reported as a UCI.
  {
    kind: "passport-number",
    pattern: new RegExp(
      `(?:${PASSPORT_LABEL})[^\\p{L}\\p{N}]{0,3}(?:(?:no|nr|num|number|numero|número|#|№)\\.?[^\\p{L}\\p{N}]{0,3}|(?:is|est|es|é|hai|ہے)\\s+)?(?=[A-Z0-9]{0,8}\\d)[A-Z0-9]{6,9}(?![\\p{L}\\p{N}])`,
      "giu",
    ),
  },
  { kind: "date-of-birth", pattern: new RegExp(`(?:${DOB_LABEL})[^\\p{N}]{0,24}?${DATE}`, "giu") },
  {
    kind: "password",
    pattern: new RegExp(`(?:${PASSWORD_LABEL})\\s*(?:is|est|es|é|=|:|hai|ay|ہے|是|：)?\\s*(?=\\S*[\\d!@#$%^&*?_~+=])[^\\s,;]{6,64}`, "giu"),
  },
  { kind: "application-number", pattern: /(?<![\p{L}\p{N}])[A-Za-z]\d{9}(?![\p{L}\p{N}])/gu },
  { kind: "uci", pattern: /(?<![\p{N}-])(?:\d{2}-\d{4}-\d{4}|\d{4}-\d{4}|\d{10}|\d{8})(?![\p{N}]|-\d)/gu },
];

/** Every identifier contains a digit or an @, or follows a password label: other text is skipped cheaply. */
const MAYBE_IDENTIFIER = new RegExp(`[\\p{N}@]|${PASSWORD_LABEL}`, "iu");

/**
 * Kinds of personal identifiers present in a message (UCI, application number, labelled passport
 * number, email, labelled date of birth, password typed after "password"). Only kinds are returned:
 * the values themselves must never leave this function, so the reply can warn without echoing them.
 */
export function detectIdentifiers(text: string): IdentifierKind[] {
  if (!MAYBE_IDENTIFIER.test(text)) return [];
  const found = new Set<IdentifierKind>();
  let rest = text;
  for (const { kind, pattern } of DETECTORS) {
    pattern.lastIndex = 0;
    if (pattern.test(rest)) {
      found.add(kind);
      pattern.lastIndex = 0;
      rest = rest.replace(pattern, " ");
    }
  }
  return IDENTIFIER_KINDS.filter((kind) => found.has(kind));
}

/**
 * Replaces every identifier with a placeholder such as `[uci]` so a message can be logged or kept
 * (status log, error reports) without the value. `replacement` lets the understander blank them out
 * instead, so an e-mail address cannot be read as words.
 */
export function redactIdentifiers(text: string, replacement: (kind: IdentifierKind) => string = (kind) => `[${kind}]`): string {
  if (!MAYBE_IDENTIFIER.test(text)) return text;
  let out = text;
  for (const { kind, pattern } of DETECTORS) {
    pattern.lastIndex = 0;
    out = out.replace(pattern, () => replacement(kind));
  }
  return out;
}
