import { describe, expect, it } from "vitest";
import type { CoreLogger } from "../../../src/core/logger.js";
import { detectIdentifiers, redactIdentifiers } from "../../../src/core/privacy/identifiers.js";
import { createMemoryUserStore } from "../../../src/core/store/memory-user-store.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";
import { realTranslator } from "../knowledge/real-knowledge.js";
import { IDENTIFIER_CORPUS } from "./identifier-corpus.js";

const ISOLATES = /[\u2066-\u2069]/g;
const digitsOf = (text: string) => text.replace(/[^\p{N}]/gu, "");

describe("passwords, passport and phone numbers in twelve languages", () => {
  it("covers every language with each kind", () => {
    for (const kind of ["password", "passport-number", "phone-number"] as const) {
      expect(new Set(IDENTIFIER_CORPUS.filter((c) => c.kind === kind).map((c) => c.lng)).size, kind).toBe(12);
    }
  });

  it.each(IDENTIFIER_CORPUS)("$lng $kind: $text", ({ text, kind, value }) => {
    expect(detectIdentifiers(text)).toEqual([kind]);
    const redacted = redactIdentifiers(text);
    expect(redacted).toContain(`[${kind}]`);
    expect(redacted).not.toContain(value);
  });

  it("each message gets the warning for its kind in its language, and the value is neither echoed, logged nor stored", async () => {
    const lines: string[] = [];
    const capture = (level: string) => (obj: unknown, msg?: string) => lines.push(`${level} ${JSON.stringify(obj)} ${msg ?? ""}`);
    const logger = {
      debug: capture("debug"),
      info: capture("info"),
      warn: capture("warn"),
      error: capture("error"),
    } as unknown as CoreLogger;
    const store = createMemoryUserStore();
    const core = await createCoreFromDisk({ store, logger });
    const translator = realTranslator();
    const problems: string[] = [];
    for (const [i, c] of IDENTIFIER_CORPUS.entries()) {
      const userId = `p-${i}`;
      const reply = await core.handle({
        platform: "telegram",
        userId,
        chatId: userId,
        isPrivate: true,
        localeHints: [c.lng],
        kind: "text",
        text: c.text,
      });
      const t = translator.forLocale(c.lng);
      const shown = `${reply.text}\n${reply.details ?? ""}\n${reply.choices.map((x) => x.label).join("\n")}`.replace(ISOLATES, "");
      const warning = t("common:privacy.identifierWarning", { kinds: t(`common:privacy.kinds.${c.kind}`) }).replace(ISOLATES, "");
      if (reply.lang !== c.lng) problems.push(`${c.lng} "${c.text}": replied in ${reply.lang}`);
      if (!shown.includes(warning)) problems.push(`${c.lng} "${c.text}": no ${c.kind} warning in ${JSON.stringify(shown.slice(0, 160))}`);
      if (shown.includes(c.value) || (digitsOf(c.value).length >= 6 && digitsOf(shown).includes(digitsOf(c.value))))
        problems.push(`${c.lng} "${c.text}": value echoed`);
      const stored = JSON.stringify(await store.exportUser(userId));
      if (stored.includes(c.value)) problems.push(`${c.lng} "${c.text}": value stored`);
    }
    expect(problems).toEqual([]);
    expect(lines.filter((line) => IDENTIFIER_CORPUS.some((c) => line.includes(c.value)))).toEqual([]);
  });
});
