import type { Locale } from "./i18n/locales.js";
import type { AccessId, ApplicationId, IntentId, RoleId, StatusId, SystemId } from "./taxonomy.js";

/** A button under a reply. `data` is an encoded {@link Action} (see actions.ts), at most 64 bytes. */
export interface Choice {
  readonly label: string;
  readonly data: string;
}

export interface Link {
  readonly label: string;
  readonly url: string;
}

/** Slots the bot may ask the user to clarify (`needs` in the `ask --json` contract). */
export type Slot = "application" | "role" | "status" | "intent" | "language" | "time" | "timezone";

/**
 * The structured part of an answer, exactly the fields of the `ask --json` contract except
 * `text` and `lang`, which live on {@link BotReply}.
 */
export interface AnswerMeta {
  readonly intent: IntentId;
  readonly application: ApplicationId | null;
  readonly role: RoleId | null;
  readonly status: StatusId | null;
  readonly systems: readonly SystemId[];
  readonly access: AccessId | null;
  readonly needs: readonly Slot[];
  /** When the bot asks back because it is unsure: the other readings, best first (`alternatives` in the contract). */
  readonly alternatives?: readonly { readonly intent: IntentId }[];
  readonly sources: readonly string[];
}

/**
 * What the core answers, platform-neutral. Adapters render it: `text` is plain text (no markup;
 * adapters escape it for their parse mode), `choices` become buttons, numbered options in the console.
 */
export interface BotReply {
  readonly lang: Locale;
  readonly text: string;
  /**
   * The rest of a knowledge answer (details, caveats, sources), shown when the user presses "More"
   * (or types `more` in the console). `text` is then the short first view that fits a phone screen.
   */
  readonly details?: string;
  readonly choices: readonly Choice[];
  readonly links: readonly Link[];
  /** Personal content (reminders, status log, stored data): Discord replies ephemerally, Telegram only in private chats. */
  readonly personal: boolean;
  readonly answer: AnswerMeta;
}
