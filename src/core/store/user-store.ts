import type { Locale } from "../i18n/locales.js";

/**
 * Everything the bot keeps about one user. Only what a feature needs: reply language, reminder
 * settings and the user's own status log. Never identifiers, credentials or message text.
 * (Issue "Reminders, personal status log and privacy controls" extends this with reminders and the log.)
 */
export interface UserProfile {
  readonly language?: Locale;
}

/** Everything stored about a user, as shown by /mydata. */
export interface UserExport {
  readonly userId: string;
  readonly profile: UserProfile | null;
}

/**
 * Per-user storage port. The core depends only on this interface; `MemoryUserStore` is the in-memory
 * twin and infra/ holds the lowdb implementation. One contract suite (test/contracts) runs against both.
 */
export interface UserStore {
  getProfile(userId: string): Promise<UserProfile | undefined>;
  setLanguage(userId: string, locale: Locale): Promise<void>;
  exportUser(userId: string): Promise<UserExport>;
  /** Deletes everything stored about the user. Idempotent. */
  deleteUser(userId: string): Promise<void>;
}
