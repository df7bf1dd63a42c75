import type { ApplicationId } from "../taxonomy.js";

/**
 * One published processing time a user follows (opt-in change alerts): the application type and,
 * for times IRCC publishes per country, the country. `figure` is the published figure the user was
 * last told about (encoded by core/ptime/follow-figure.ts), so a refresh, or a restart between two
 * refreshes, sends exactly one message per change.
 */
export interface Follow {
  readonly application: ApplicationId;
  /** ISO 3166 alpha-2, or null. */
  readonly country: string | null;
  readonly figure: string;
  readonly createdAt: number;
}

export const MAX_FOLLOWS_PER_USER = 5;
/** Longest encoded figure kept (a handful of lines; bounds the store record). */
export const MAX_FIGURE_CHARS = 1_000;

export const sameTarget = (
  a: { application: string; country: string | null },
  b: { application: string; country: string | null },
): boolean => a.application === b.application && a.country === b.country;

/**
 * Port for follows, kept apart from {@link UserStore} so a store that does not hold them yet works
 * unchanged (the bot then says following is unavailable). Follows live in the same per-user record
 * as reminders: /mydata lists them and /forget deletes them with everything else.
 */
export interface FollowStore {
  listFollows(userId: string): Promise<readonly Follow[]>;
  /** "exists" when the user already follows that target; rejects with StoreLimitError past {@link MAX_FOLLOWS_PER_USER}. Durable on resolve. */
  addFollow(userId: string, follow: Follow): Promise<"added" | "exists">;
  /** Records the figure the user has now been told about; false when the follow is gone. */
  updateFollowFigure(userId: string, target: { application: ApplicationId; country: string | null }, figure: string): Promise<boolean>;
  /** Durable on resolve; false when it did not exist. */
  deleteFollow(userId: string, target: { application: ApplicationId; country: string | null }): Promise<boolean>;
  /** Every follow of every user, for the change check after a refresh. */
  allFollows(): Promise<readonly { readonly userId: string; readonly follow: Follow }[]>;
  /**
   * Takes the right to send the change alert for this follow, so instances sharing one store send it
   * once: true for one caller only, and only while the follow still holds the figure `from` (false once
   * the alert went out and {@link updateFollowFigure} recorded the new figure, or the follow is gone).
   * A claim younger than `leaseMs` (measured with `now`, epoch ms) blocks others; an older one was left by a
   * sender that died and may be taken over. {@link updateFollowFigure} ends the claim.
   */
  claimFollowAlert(userId: string, target: FollowTarget, from: string, now: number, leaseMs: number): Promise<boolean>;
  /** Gives a claim up after a failed send, so the next refresh (on any instance) tries again at once. */
  releaseFollowAlert(userId: string, target: FollowTarget): Promise<void>;
}

export type FollowTarget = { readonly application: ApplicationId; readonly country: string | null };
