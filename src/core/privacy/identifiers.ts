/** Kinds of personal identifiers the bot refuses to keep. Their values are never echoed, logged or stored. */
export type IdentifierKind = "uci" | "application-number" | "passport-number" | "email" | "date-of-birth" | "password" | "phone-number";

/** Order in which kinds are reported (stable, so replies and tests do not depend on where the value sits). */
export const IDENTIFIER_KINDS: readonly IdentifierKind[] = [
  "uci",
  "application-number",
  "passport-number",
  "email",
  "date-of-birth",
  "password",
  "phone-number",
];

// Labels are written in the twelve supported languages; values are matched loosely on purpose: a false
// warning costs one sentence, a missed identifier ends up in a log.
/** No Latin or Cyrillic letter just before a label: "pw" is a label, the end of "nopw" is not (other scripts attach particles). */
const LABEL_START = "(?<![\\p{Script=Latin}\\p{Script=Cyrillic}])";
const PASSPORT_LABEL =
  "passport|passeport|pasaporte|passaporte|паспорт[а-яіїє]*|护照|पासपोर्ट|ਪਾਸਪੋਰਟ|پاسپورٹ|پاسپورت|گذرنامه|جواز\\s+(?:ال)?سفر";
const DOB_LABEL =
  "born|birth\\s*date|date\\s+of\\s+birth|dob|d\\.o\\.b\\.?|birthday|n[ée]e?\\s+le|date\\s+de\\s+naissance|nac[ií]d[oa]|fecha\\s+de\\s+nacimiento|nascid[oa]|data\\s+de\\s+nascimento|ipinanganak|kaarawan|народжен[а-яіїє]*|дата\\s+народження|出生|生日|जन्म|ਜਨਮ|پیدائش|تاریخ\\s+تولد|تولد|تاريخ\\s+الميلاد|مواليد|ولدت";
const PASSWORD_LABEL =
  "password|passcode|passwd|pwd(?!\\p{L})|pw(?!\\p{L})|mot\\s+de\\s+passe|mdp(?!\\p{L})|contrase[ñn]a|senha|пароль|密码|口令|पासवर्ड|ਪਾਸਵਰਡ|پاس\\s?ورڈ|كلمة\\s+(?:المرور|السر)|رمز\\s+(?:عبور|ورود)|گذرواژه|کلمه\\s+عبور";
const PHONE_LABEL =
  "phone|telephone|tel(?!\\p{L})|mobile|cell(?:phone)?|whatsapp|t[ée]l[ée]phone|portable|cellulaire|tel[ée]fono|celular|m[óo]vil|telefone|telepono|电话|手机|फ़ोन|फोन|मोबाइल|ਫ਼ੋਨ|ਫੋਨ|ਮੋਬਾਈਲ|فون|موبائل|هاتف|جوال|موبايل|تلفن|موبایل|телефон|мобільн[а-яіїє]*";
/** Words between a label and its value ("number is", "GCKey :", "号码是", "الخاصة بي هي"): no digits, no other identifier's label. */
const GAP = "(?:(?!uci|client|app)[^\\p{N}\\n]){0,30}?";
/** Start of a value: no Latin letter or digit just before it (values are ASCII once native digits are folded). */
const VALUE_START = "(?<![A-Za-z0-9])";
const PHONE_DIGITS = "\\+?\\(?\\d(?:[\\s.()-]{0,2}\\d){6,14}(?!\\d)";

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
      `${LABEL_START}(?:${PASSPORT_LABEL})${GAP}${VALUE_START}(?=[A-Z0-9]{0,8}\\d)[A-Z0-9]{6,9}(?![\\p{L}\\p{N}])`,
      "giu",
    ),
  },
  { kind: "date-of-birth", pattern: new RegExp(`(?:${DOB_LABEL})[^\\p{N}]{0,24}?${DATE}`, "giu") },
  {
    kind: "password",
    // A digit or a symbol such as @#$ marks a value; "?" and "!" alone do not ("password forgotten?").
    pattern: new RegExp(
      `${LABEL_START}(?:${PASSWORD_LABEL})${GAP}${VALUE_START}(?=[^\\s,;،，。]*[\\d@#$%^&*_~+=])[^\\s,;،，。]{6,64}`,
      "giu",
    ),
  },
  {
    kind: "phone-number",
    pattern: new RegExp(
      [
        `${LABEL_START}(?:${PHONE_LABEL})${GAP}${VALUE_START}${PHONE_DIGITS}`,
        // International (+52 55 1234 5678), North American (514-555-1234, (416) 555 0199) and local mobile (0917 123 4567) forms.
        "(?<![\\p{L}\\p{N}+])\\+\\d{1,3}(?:[\\s.()-]{0,2}\\d){6,13}(?!\\d)",
        "(?<![\\p{N}-])\\(?\\d{3}\\)?[\\s.-]\\d{3}[\\s.-]\\d{4}(?![\\p{N}]|-\\d)",
        "(?<![\\p{N}-])0\\d{2,4}[\\s.-]\\d{3,4}[\\s.-]?\\d{3,4}(?![\\p{N}]|-\\d)",
      ].join("|"),
      "giu",
    ),
  },
  { kind: "application-number", pattern: /(?<![\p{L}\p{N}])[A-Za-z]\d{9}(?![\p{L}\p{N}])/gu },
  { kind: "uci", pattern: /(?<![\p{N}-])(?:\d{2}-\d{4}-\d{4}|\d{4}-\d{4}|\d{10}|\d{8})(?![\p{N}]|-\d)/gu },
];

/** Arabic-Indic, Persian, Devanagari and Gurmukhi digits → ASCII, one UTF-16 unit for one, so positions do not move. */
const NATIVE_DIGITS = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u0A66-\u0A6F]/g;
const DIGIT_BASES = [0x0660, 0x06f0, 0x0966, 0x0a66];
function asciiDigits(text: string): string {
  return text.replace(NATIVE_DIGITS, (d) => {
    const code = d.charCodeAt(0);
    const base = DIGIT_BASES.find((b) => code >= b && code <= b + 9) ?? code;
    return String(code - base);
  });
}

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
  let rest = asciiDigits(text);
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
  const folded = asciiDigits(text);
  let out = folded;
  for (const { kind, pattern } of DETECTORS) {
    pattern.lastIndex = 0;
    out = out.replace(pattern, () => replacement(kind));
  }
  // Native digits stay as typed when nothing was redacted.
  return out === folded ? text : out;
}
