import type { Locale } from "../i18n/locales.js";
import type { UserExport, UserProfile, UserStore } from "./user-store.js";

/** In-memory twin of {@link UserStore}, for tests, the console and `ask`. WARNING: nothing survives a restart. */
export function createMemoryUserStore(): UserStore {
  const profiles = new Map<string, UserProfile>();
  return {
    async getProfile(userId) {
      return profiles.get(userId);
    },
    async setLanguage(userId, locale: Locale) {
      profiles.set(userId, { ...profiles.get(userId), language: locale });
    },
    async exportUser(userId): Promise<UserExport> {
      return { userId, profile: profiles.get(userId) ?? null };
    },
    async deleteUser(userId) {
      profiles.delete(userId);
    },
  };
}
