import type { Locale } from "../i18n/locales.js";
import { KNOWLEDGE_INTENT_IDS } from "../intents.js";
import type { Understanding } from "../nlu/understanding.js";
import { parseWhen } from "../reminders/parse-when.js";
import { languagesFor, normalizeScheduleText, type ScheduleWords } from "../reminders/schedule-words.js";
import type { IntentId } from "../taxonomy.js";

/** Intents a bare schedule ("chaque samedi matin à 10h") may override: nothing understood, or a question without a subject. */
// Every knowledge intent: a message naming no application or status but a whole schedule is a reminder
// request, whatever the trained model guessed from its words ("un jeudi sur deux à 17h" once read as access).
const OVERRIDABLE: ReadonlySet<IntentId | null> = new Set<IntentId | null>([null, "out-of-scope", "help", ...KNOWLEDGE_INTENT_IDS]);

/**
 * True when a message that the understander did not read as a reminder request is nothing but a
 * schedule: a clock time with a weekday or an interval, and no application or status named. People
 * often type only "every other Thursday at 5 pm Atlantic time".
 */
export function readsAsSchedule(
  u: Understanding,
  text: string,
  words: ScheduleWords | undefined,
  lang: Locale,
  /** The bot just asked for a day, time or zone: any one of them is an answer. */
  answering = false,
): boolean {
  // A named application or status keeps a question a question, unless its intent was only the trained
  // model's guess ("un jeudi sur deux à 17h, heure de l'Atlantique" names Atlantic time, not the programme).
  const lexiconDecided = (u.confidence ?? 1) >= 1;
  // While the bot waits for a day, time or zone, a guessed intent ("a las 6:30 de la tarde" read as
  // "list my reminders") does not outweigh the answer the user is giving.
  const overridable = OVERRIDABLE.has(u.intent) || (answering && !lexiconDecided);
  if (!words || !overridable || ((u.application || u.status) && lexiconDecided)) return false;
  // Most messages are questions: one regular expression per language rules them out before the full parse.
  if (!answering) {
    const normalized = normalizeScheduleText(text);
    if (!languagesFor(words, [lang, u.lang]).some((table) => table.anySchedule.test(normalized))) return false;
  }
  const parsed = parseWhen(text, { words, langs: [lang, u.lang] });
  if (
    answering &&
    !parsed.op &&
    (parsed.weekday !== undefined || parsed.time !== undefined || parsed.zone !== undefined || parsed.unit !== undefined)
  )
    return true;
  return parsed.time !== undefined && (parsed.weekday !== undefined || parsed.unit !== undefined);
}
