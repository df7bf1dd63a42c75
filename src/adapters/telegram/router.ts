import type { Context, MiddlewareFn } from "grammy";
import type { CommandId } from "../../core/commands/registry.js";
import type { PlatformMetrics } from "../../ports/platform-metrics.js";
import { type CallbackContext, isCallbackData } from "./actions.js";
import { isPrivateChat } from "./addressing.js";
import { commandOf, isTableCommand } from "./commands.js";
import { isText, isUnsupported, type TextContext } from "./text.js";

export interface FeatureHandlers {
  readonly inline: (ctx: Context) => Promise<void> | undefined;
  readonly action: (ctx: CallbackContext) => Promise<void>;
  readonly command: (ctx: Context, id: CommandId) => Promise<void>;
  readonly text: (ctx: TextContext) => Promise<void> | undefined;
  readonly unsupported: (ctx: Context) => Promise<void>;
}

/**
 * One routing middleware over the feature handlers, with grammY's own filter predicates, in the
 * order `bot.on(...)`/`bot.command(...)` (or one Composer per feature) would run them.
 *
 * Why not a Composer per feature file: each `on`/`command` layer costs a `lazy` composer (a
 * Composer, closures and promises) per update. With this single layer the adapter allocates about a
 * third less per update, and the adapter with an instant core handles more updates per second
 * (npm run bench:telegram; the figures are in the README's "How it is built").
 */
export function createRouter(handlers: FeatureHandlers, metrics: PlatformMetrics): MiddlewareFn<Context> {
  return (ctx, next) => {
    const update = ctx.update;
    metrics.update(
      "telegram",
      update.message ? "message" : update.callback_query ? "callback_query" : update.inline_query ? "inline_query" : "other",
    );
    if (update.inline_query) return handlers.inline(ctx);
    if (isCallbackData(ctx)) return handlers.action(ctx);
    if (isTableCommand(ctx)) {
      const id = commandOf(ctx.update.message);
      return id ? handlers.command(ctx, id) : undefined;
    }
    if (isText(ctx)) return handlers.text(ctx);
    if (isPrivateChat(ctx.chat) && isUnsupported(ctx)) return handlers.unsupported(ctx);
    return next();
  };
}
