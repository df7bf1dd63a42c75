import { z } from "zod";
import { isCommandId } from "../../core/commands/registry.js";
import { isLocale, type Locale } from "../../core/i18n/locales.js";
import type { CoreLogger } from "../../core/logger.js";
import type { BotReply } from "../../core/reply.js";
import type { BotRequest } from "../../core/request.js";
import type { BackendAnswer, DiscordBackend } from "./backend.js";

/**
 * The message channel between a shard process and the ShardingManager process: `process.send` /
 * `process.on("message")` in the shard, `shard.send` / `shard.on("message")` in the manager.
 */
export interface IpcChannel {
  send(message: unknown): unknown;
  onMessage(listener: (message: unknown) => void): () => void;
}

const TAG = "ircc-bot";

const localeHints = z.array(z.union([z.string().max(35), z.null()])).max(4);
const requestSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("command"),
    command: z.string().refine(isCommandId),
    args: z.string().max(2_000),
    options: z.record(z.string().max(40), z.string().max(200)).optional(),
  }),
  z.object({ kind: z.literal("action"), data: z.string().max(100) }),
  z.object({ kind: z.literal("text"), text: z.string().max(4_000) }),
]);
const baseRequest = z.object({
  platform: z.literal("discord"),
  userId: z.string().regex(/^dc:\d{1,20}$/),
  chatId: z.string().max(40),
  isPrivate: z.boolean(),
  localeHints,
});
const botRequestSchema = z.intersection(baseRequest, requestSchema);

const call = z.discriminatedUnion("op", [
  z.object({ tag: z.literal(TAG), id: z.number().int(), op: z.literal("answer"), request: botRequestSchema }),
  z.object({
    tag: z.literal(TAG),
    id: z.number().int(),
    op: z.literal("locale"),
    userId: z.string().regex(/^dc:\d{1,20}$/),
    hints: localeHints,
  }),
]);

const botReplySchema = z.object({
  lang: z.string().refine(isLocale),
  text: z.string(),
  choices: z.array(z.object({ label: z.string(), data: z.string() })),
  links: z.array(z.object({ label: z.string(), url: z.string() })),
  personal: z.boolean(),
  answer: z.looseObject({ intent: z.string() }),
});
const result = z.union([
  z.object({
    tag: z.literal(TAG),
    id: z.number().int(),
    ok: z.literal(true),
    answer: z.object({ reply: botReplySchema }),
  }),
  z.object({ tag: z.literal(TAG), id: z.number().int(), ok: z.literal(true), locale: z.string().refine(isLocale) }),
  z.object({ tag: z.literal(TAG), id: z.number().int(), ok: z.literal(false), error: z.string() }),
]);

/**
 * The shard side: a {@link DiscordBackend} that forwards every request to the manager process,
 * so only that process touches the store (lowdb allows one writer) and runs the reminder scheduler.
 * Calls fail after `timeoutMs`; the interaction's error boundary then answers `errors:generic`.
 */
export function createIpcBackend(channel: IpcChannel, options: { timeoutMs?: number } = {}): DiscordBackend & { close(): void } {
  const timeoutMs = options.timeoutMs ?? 10_000;
  let nextId = 1;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void; timer: NodeJS.Timeout }>();
  const unsubscribe = channel.onMessage((message) => {
    if ((message as { tag?: unknown } | null)?.tag !== TAG) return;
    const parsed = result.safeParse(message);
    if (!parsed.success) return;
    const waiter = pending.get(parsed.data.id);
    if (!waiter) return;
    pending.delete(parsed.data.id);
    clearTimeout(waiter.timer);
    if (!parsed.data.ok) waiter.reject(new Error(`discord: the manager process failed: ${parsed.data.error}`));
    else waiter.resolve("answer" in parsed.data ? parsed.data.answer : parsed.data.locale);
  });

  const request = (body: Record<string, unknown>): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`discord: the manager process did not answer within ${timeoutMs} ms`));
      }, timeoutMs);
      pending.set(id, { resolve, reject, timer });
      try {
        channel.send({ tag: TAG, id, ...body });
      } catch (error) {
        pending.delete(id);
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });

  return {
    async answer(botRequest) {
      return (await request({ op: "answer", request: botRequest })) as BackendAnswer;
    },
    async locale(userId, hints) {
      return (await request({
        op: "locale",
        userId,
        hints: hints.slice(0, 4).map((h) => (typeof h === "string" ? h.slice(0, 35) : null)),
      })) as Locale;
    },
    close() {
      unsubscribe();
      for (const [id, waiter] of pending) {
        clearTimeout(waiter.timer);
        waiter.reject(new Error("discord: IPC backend closed"));
        pending.delete(id);
      }
    },
  };
}

/**
 * The manager side: answers one shard's calls with the real backend. Messages that are not ours
 * (discord.js's own `_ready`, `_eval`, …) are ignored; ours are validated with zod first.
 */
export function serveIpcBackend(channel: IpcChannel, backend: DiscordBackend, logger: CoreLogger): () => void {
  return channel.onMessage((message) => {
    if ((message as { tag?: unknown } | null)?.tag !== TAG || "ok" in (message as object)) return;
    const parsed = call.safeParse(message);
    if (!parsed.success) {
      logger.warn({ issues: parsed.error.issues.length }, "discord: ignored a malformed IPC call from a shard");
      return;
    }
    const { id } = parsed.data;
    const work: Promise<Record<string, unknown>> =
      parsed.data.op === "answer"
        ? backend.answer(parsed.data.request as BotRequest).then((answer: { reply: BotReply }) => ({ answer }))
        : backend.locale(parsed.data.userId, parsed.data.hints).then((locale) => ({ locale }));
    work
      .then(
        (body) => channel.send({ tag: TAG, id, ok: true, ...body }),
        (error: unknown) => {
          logger.error({ err: error instanceof Error ? error.message : String(error) }, "discord: backend failed for a shard");
          channel.send({ tag: TAG, id, ok: false, error: "backend error" });
        },
      )
      .catch((error: unknown) =>
        logger.warn({ err: error instanceof Error ? error.message : String(error) }, "discord: could not answer a shard"),
      );
  });
}
