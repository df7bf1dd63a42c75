import type { Locale } from "../i18n/locales.js";
import type { Translate } from "../i18n/translator.js";
import { describeReminder } from "../reminders/describe.js";
import { applicationName, statusName } from "../reminders/reminder-message.js";
import type { UserExport } from "../store/user-store.js";

/**
 * Renders everything stored about a user for /mydata, in their language: the profile (language,
 * time zone), every reminder and every status-log entry. Nothing is left out, so the user can see
 * that nothing else is kept. `lang` formats dates and weekdays (defaults to English).
 */
export function formatUserExport(data: UserExport, t: Translate, lang: Locale = "en"): string {
  const nothing = !data.profile && data.reminders.length === 0 && data.log.length === 0 && !data.follows?.length;
  if (nothing) return t("common:myData.nothing");
  const lines = [t("common:myData.title")];
  if (data.profile?.language) lines.push(t("common:myData.language", { language: t("common:language.name") }));
  if (data.profile?.timezone) lines.push(t("reminders:myData.timezone", { zone: data.profile.timezone }));
  if (data.profile?.blockedNotice) lines.push(t("reminders:myData.blockedNotice"));
  lines.push(t("reminders:myData.reminders", { count: data.reminders.length }));
  for (const r of data.reminders) {
    const app = r.application ? ` — ${applicationName(t, r.application)}` : "";
    lines.push(`  • ${describeReminder(r, t, lang)}${app}`);
  }
  lines.push(t("reminders:myData.log", { count: data.log.length }));
  for (const e of data.log) lines.push(`  • ${e.date} — ${statusName(t, e.status)}`);
  if (data.follows && data.follows.length > 0) {
    lines.push(t("ptime:myData.follows", { count: data.follows.length }));
    for (const f of data.follows) lines.push(`  • ${applicationName(t, f.application)}${f.country ? ` (${f.country})` : ""}`);
  }
  lines.push("", t("common:myData.footer"));
  return lines.join("\n");
}
