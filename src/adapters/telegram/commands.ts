import { Context } from "grammy";
import type { MessageEntity } from "grammy/types";
import { type CommandId, COMMANDS } from "../../core/commands/registry.js";
import { parseDeepLink } from "../../core/deep-link.js";
import { isPrivateChat } from "./addressing.js";
import type { TelegramFeatureDeps } from "./feature-deps.js";

const COMMAND_IDS: readonly CommandId[] = COMMANDS.map((c) => c.id);
const COMMAND_SET: ReadonlySet<string> = new Set(COMMAND_IDS);

/** grammY's predicate behind `bot.command(ids)`, built once; it also sets `ctx.match` to the command's arguments. */
export const isTableCommand = Context.has.command(COMMAND_IDS as CommandId[]);

/**
 * "/start@my_bot args" → "start": the command of the `bot_command` entity at offset 0, the one
 * grammY's command filter matched (it already checked the name and the @username). Reads the
 * entity directly instead of `ctx.entities()`, which copies every entity and its text per update.
 */
export function commandOf(
  message: { readonly text?: string; readonly entities?: readonly MessageEntity[] } | undefined,
): CommandId | undefined {
  const text = message?.text;
  const entities = message?.entities;
  if (text === undefined || entities === undefined) return undefined;
  for (const entity of entities) {
    if (entity.type !== "bot_command" || entity.offset !== 0) continue;
    const at = text.indexOf("@");
    const id = text.slice(1, at > 0 && at < entity.length ? at : entity.length).toLowerCase();
    return COMMAND_SET.has(id) ? (id as CommandId) : undefined;
  }
  return undefined;
}

/**
 * Commands of the core's command table become `command` requests; `/start <payload>` carries a deep
 * link; `/language <name>` in a group changes the group's language: the core needs to know whether
 * the sender may (admins only).
 *
 * Returns its handler's promise instead of being async itself: an async function that returns a
 * promise adds a wrapping promise and two microtasks to every update.
 */
export function createCommandHandler({ language, rateLimit, askCore }: TelegramFeatureDeps) {
  return (ctx: Context, id: CommandId): Promise<void> => {
    const verdict = rateLimit.verdictOf(ctx);
    if (verdict !== "allow") return rateLimit.limited(ctx, verdict === "warn");
    const args = typeof ctx.match === "string" ? ctx.match : "";
    if (id === "language" && args.trim() && !isPrivateChat(ctx.chat)) {
      return language.isGroupAdmin(ctx).then((admin) => askCore(ctx, { kind: "command", command: id, args }, undefined, admin));
    }
    return askCore(ctx, { kind: "command", command: id, args }, id === "start" && args ? parseDeepLink(args) : undefined);
  };
}
