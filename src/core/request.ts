import type { CommandId } from "./commands/registry.js";

/** The adapter's name ("console", or a chat platform's), for logs and metrics; the core never branches on it. */
export type Platform = string;

/**
 * One thing a user did, translated by an adapter. `userId` is platform-scoped (each adapter prefixes
 * its platform's ids; its reminder sender declares the prefix) so the same person on two platforms
 * is two users; nothing else about the user is passed in.
 */
export type BotRequest = BaseRequest &
  (
    | { readonly kind: "text"; readonly text: string }
    | {
        readonly kind: "command";
        readonly command: CommandId;
        /** Free text after the command (Telegram, console). */
        readonly args: string;
        /** Typed options (Discord slash commands), option name → value; ids when picked from autocomplete. */
        readonly options?: Readonly<Record<string, string>>;
      }
    | { readonly kind: "action"; readonly data: string }
  );

interface BaseRequest {
  readonly platform: Platform;
  readonly userId: string;
  /** Where replies go; differs from the user in groups. Used for per-chat settings such as a group's language. */
  readonly chatId: string;
  /** Private chat / DM. Personal data (reminders, status log) is only shown and changed in private. */
  readonly isPrivate: boolean;
  /**
   * In a group: whether this user may change the group's settings (the adapter checks admin rights).
   * The reply language of a group is the group's choice, set by an admin with /language.
   */
  readonly canManageChat?: boolean;
  /** Untrusted platform language hints, most specific first (Telegram `language_code`; Discord locale, guild locale). */
  readonly localeHints: readonly unknown[];
}
