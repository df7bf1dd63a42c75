import { encodeAction } from "../actions.js";
import type { CoreDeps } from "../core-deps.js";
import type { Locale } from "../i18n/locales.js";
import type { Translate } from "../i18n/translator.js";
import { currentKnowledge } from "../knowledge/holder.js";
import { makeReply } from "../make-reply.js";
import { encodeFigure, type FollowTarget, followedLines, targetName } from "../ptime/follow-figure.js";
import type { BotReply, Choice } from "../reply.js";
import { type Follow, MAX_FOLLOWS_PER_USER } from "../store/follows.js";
import { StoreLimitError } from "../store/user-store.js";

export type FollowOperation = "add" | "remove";

export interface FollowContext {
  readonly op: FollowOperation;
  readonly userId: string;
  readonly lang: Locale;
  readonly t: Translate;
  /** What to follow or stop following; null when the request did not say. */
  readonly target: FollowTarget | null;
  readonly deps: CoreDeps;
}

/** Button labels stay within what Telegram and Discord show without cutting. */
const MAX_BUTTON_CHARS = 40;
const shorten = (text: string): string => (text.length <= MAX_BUTTON_CHARS ? text : `${text.slice(0, MAX_BUTTON_CHARS - 1)}…`);

const reply = (ctx: FollowContext, text: string, choices: readonly Choice[] = []): BotReply =>
  makeReply(
    ctx.lang,
    text,
    { intent: "timeline", application: ctx.target?.application ?? null, needs: ctx.target ? [] : ["application"] },
    { choices, personal: true },
  );

/** The "🔔 Follow changes" button under a timeline answer, when there is a published time to follow. */
export function followChoice(deps: CoreDeps, target: FollowTarget, t: Translate): Choice | null {
  if (!deps.follows || followedLines(currentKnowledge(deps), target).length === 0) return null;
  return { label: t("ptime:follow.button"), data: encodeAction({ type: "follow", op: "add", ...target }) };
}

/**
 * /follow, /unfollow and their buttons. Following stores the application, the country (when the
 * time is published per country) and the figure the user sees now, so the first change message
 * compares with what they were shown. Nothing else is stored.
 */
export async function handleFollow(ctx: FollowContext): Promise<BotReply> {
  const store = ctx.deps.follows;
  if (!store) return reply(ctx, ctx.t("ptime:follow.unavailable"));
  const kb = currentKnowledge(ctx.deps);
  if (ctx.op === "add") {
    if (!ctx.target) return reply(ctx, ctx.t("ptime:follow.ask"));
    const name = targetName(kb, ctx.target, ctx.t);
    const follow: Follow = {
      application: ctx.target.application,
      country: ctx.target.country,
      figure: encodeFigure(kb, followedLines(kb, ctx.target)),
      createdAt: ctx.deps.clock.now().getTime(),
    };
    try {
      const outcome = await store.addFollow(ctx.userId, follow);
      return reply(ctx, ctx.t(outcome === "exists" ? "ptime:follow.already" : "ptime:follow.done", { target: name }));
    } catch (error) {
      if (error instanceof StoreLimitError) return reply(ctx, ctx.t(error.key, { max: MAX_FOLLOWS_PER_USER }));
      throw error;
    }
  }
  const follows = await store.listFollows(ctx.userId);
  if (follows.length === 0) return reply(ctx, ctx.t("ptime:follow.none"));
  const matching = ctx.target
    ? follows.filter((f) => f.application === ctx.target?.application && (ctx.target.country === null || f.country === ctx.target.country))
    : follows;
  if (matching.length === 1) {
    const only = matching[0] as Follow;
    await store.deleteFollow(ctx.userId, only);
    return reply(ctx, ctx.t("ptime:follow.stopped", { target: targetName(kb, only, ctx.t) }));
  }
  const offered = matching.length > 0 ? matching : follows;
  return reply(
    ctx,
    ctx.t("ptime:follow.chooseStop"),
    offered.map((f) => ({
      label: shorten(ctx.t("ptime:follow.stopButton", { target: targetName(kb, f, ctx.t) })),
      data: encodeAction({ type: "follow", op: "remove", application: f.application, country: f.country }),
    })),
  );
}
