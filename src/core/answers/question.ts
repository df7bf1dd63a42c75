import type { Link, Slot } from "../reply.js";
import type { QuestionSignals } from "../rules/signals.js";
import type { AccessId, ApplicationId, RoleId, StatusId, SystemId } from "../taxonomy.js";

/** The four knowledge questions the rules engine answers. */
export type KnowledgeIntent = "trackable" | "access" | "timeline" | "status-meaning";

/** A knowledge question with the slots the dialogue has gathered so far. */
export interface Question extends QuestionSignals {
  readonly intent: KnowledgeIntent;
  readonly application: ApplicationId | null;
  readonly role: RoleId | null;
  readonly status: StatusId | null;
  readonly country: string | null;
  readonly quebec: boolean | null;
  readonly insideCanada: boolean | null;
}

/**
 * Result of composing an answer: either the localized answer text with its structured fields, or the
 * one slot that must be asked for first (the bot never guesses a missing application or status).
 */
export type Composed =
  | {
      readonly kind: "answer";
      /** The whole answer (the `ask` command and its JSON show it all). */
      readonly text: string;
      /** The short first view a chat shows: the answer, why, within FIRST_VIEW with its buttons. */
      readonly firstView: string;
      /** The rest, shown by the "More" button; sources are always here. */
      readonly details: string;
      /** The one official link shown under the first view. */
      readonly firstLinks: readonly Link[];
      readonly systems: readonly SystemId[];
      readonly access: AccessId | null;
      /** Slots as resolved by the rules (e.g. role defaulted to applicant is NOT reported; only what was asked/known). */
      readonly application: ApplicationId | null;
      readonly role: RoleId | null;
      readonly status: StatusId | null;
      readonly sources: readonly string[];
      readonly links: readonly Link[];
    }
  | { readonly kind: "needs"; readonly slot: Extract<Slot, "application" | "status" | "role"> };
