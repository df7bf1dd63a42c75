import type { BotReply } from "../core/reply.js";

/** The `ask --json` object: exactly the contract's fields, in the contract's order. */
export function toAskJson(reply: BotReply): Record<string, unknown> {
  const a = reply.answer;
  return {
    intent: a.intent,
    lang: reply.lang,
    application: a.application,
    role: a.role,
    status: a.status,
    systems: a.systems,
    access: a.access,
    needs: a.needs,
    alternatives: a.alternatives ?? [],
    text: reply.text,
    sources: a.sources,
  };
}

/** Plain-text rendering for terminals: the reply, its numbered choices and its links. */
export function toPlainText(reply: BotReply): string {
  const lines = [reply.text];
  if (reply.choices.length > 0) {
    lines.push("");
    reply.choices.forEach((choice, index) => {
      lines.push(`  ${index + 1}. ${choice.label}`);
    });
  }
  if (reply.links.length > 0) {
    lines.push("");
    for (const link of reply.links) lines.push(`  ${link.label}: ${link.url}`);
  }
  return lines.join("\n");
}
