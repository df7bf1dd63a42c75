import type { Context } from "grammy";
import type { FloodGuard } from "./flood-guard.js";
import type { TelegramFeatureDeps } from "./feature-deps.js";
import { answerInline } from "./inline-results.js";

/**
 * Inline mode (`@bot question` in any chat): answers from the core's stateless path in the
 * asker's language. Nothing is stored, read from the store or logged about the query. Queries past
 * the user's inline limit get no results.
 */
export function createInlineHandler({ core, metrics }: TelegramFeatureDeps, inlineFlood: FloodGuard) {
  return (ctx: Context): Promise<void> | undefined => {
    const query = ctx.update.inline_query;
    if (!query || inlineFlood.check(query.from.id) !== "allow") return undefined;
    return answerInline(ctx.api, core, query, ctx.me.username, metrics);
  };
}
