import type { Translate } from "../i18n/translator.js";
import type { UserExport } from "../store/user-store.js";

/** Renders everything stored about a user for /mydata, in their language. */
export function formatUserExport(data: UserExport, t: Translate): string {
  if (!data.profile) return t("common:myData.nothing");
  const lines = [t("common:myData.title")];
  if (data.profile.language) lines.push(t("common:myData.language", { language: t("common:language.name") }));
  lines.push("", t("common:myData.footer"));
  return lines.join("\n");
}
