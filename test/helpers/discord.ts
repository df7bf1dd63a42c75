import { vi } from "vitest";
import type {
  AutocompleteInteractionLike,
  CommandInteractionLike,
  ComponentInteractionLike,
  MessageCommandInteractionLike,
} from "../../src/adapters/discord/interaction-types.js";
import { createTranslator, type Translator } from "../../src/core/i18n/translator.js";
import type { BotReply } from "../../src/core/reply.js";

/** Snowflakes of the fixtures (17–20 digits, like real ones). */
export const USER_ID = "111111111111111111";
export const OTHER_USER_ID = "222222222222222222";
export const CHANNEL_ID = "333333333333333333";
export const GUILD_ID = "444444444444444444";

/**
 * Records responses like a real interaction: `reply`/`deferReply`/`update`/`deferUpdate` set
 * `replied`/`deferred`, and calling a second initial response throws as discord.js does.
 */
function responder() {
  const state = { replied: false, deferred: false };
  const initial = (kind: "reply" | "defer") =>
    vi.fn(async (_arg?: unknown) => {
      if (state.replied || state.deferred) throw new Error("InteractionAlreadyReplied");
      if (kind === "reply") state.replied = true;
      else state.deferred = true;
    });
  const later = () =>
    vi.fn(async (_arg?: unknown) => {
      if (!state.replied && !state.deferred) throw new Error("InteractionNotReplied");
    });
  return {
    state,
    methods: {
      reply: initial("reply"),
      deferReply: initial("defer"),
      editReply: later(),
      followUp: later(),
      deleteReply: later(),
    },
  };
}

type Base = {
  guildId?: string | null;
  channelId?: string | null;
  locale?: string;
  guildLocale?: string | null;
  userId?: string;
  /** Discord's interaction context: 0 server, 1 bot DM, 2 group DM / other users' DM. */
  context?: number;
};

const baseOf = (o: Base) => ({
  user: { id: o.userId ?? USER_ID },
  guildId: o.guildId === undefined ? GUILD_ID : o.guildId,
  channelId: o.channelId === undefined ? CHANNEL_ID : o.channelId,
  locale: o.locale ?? "en-US",
  guildLocale: o.guildLocale === undefined ? (o.guildId === null ? null : "en-US") : o.guildLocale,
  ...(o.context !== undefined ? { context: o.context } : {}),
});

export function fakeCommandInteraction(o: Base & { commandName: string; options?: Record<string, string | number> }) {
  const { state, methods } = responder();
  const interaction = {
    ...baseOf(o),
    commandName: o.commandName,
    options: { data: Object.entries(o.options ?? {}).map(([name, value]) => ({ name, value })) },
    get replied() {
      return state.replied;
    },
    get deferred() {
      return state.deferred;
    },
    ...methods,
  };
  return interaction satisfies CommandInteractionLike;
}

export function fakeComponentInteraction(
  o: Base & { customId: string; values?: string[]; ephemeralSource?: boolean; invokerId?: string | null },
) {
  const { state, methods } = responder();
  const interaction = {
    ...baseOf(o),
    customId: o.customId,
    ...(o.values ? { values: o.values } : {}),
    message: {
      flags: { bitfield: o.ephemeralSource ? 64 : 0 },
      interactionMetadata: o.invokerId === null ? null : { user: { id: o.invokerId ?? o.userId ?? USER_ID } },
    },
    get replied() {
      return state.replied;
    },
    get deferred() {
      return state.deferred;
    },
    ...methods,
    update: vi.fn(async (_arg?: unknown) => {
      if (state.replied || state.deferred) throw new Error("InteractionAlreadyReplied");
      state.replied = true;
    }),
    deferUpdate: vi.fn(async () => {
      if (state.replied || state.deferred) throw new Error("InteractionAlreadyReplied");
      state.deferred = true;
    }),
  };
  return interaction satisfies ComponentInteractionLike;
}

/** "Explain this status" used on a message with this text. */
export function fakeMessageCommandInteraction(o: Base & { content: string; commandName?: string }) {
  const { state, methods } = responder();
  const interaction = {
    ...baseOf(o),
    commandName: o.commandName ?? "Explain this status",
    targetMessage: { content: o.content },
    get replied() {
      return state.replied;
    },
    get deferred() {
      return state.deferred;
    },
    ...methods,
  };
  return interaction satisfies MessageCommandInteractionLike;
}

export function fakeAutocompleteInteraction(o: Base & { commandName: string; focused: { name: string; value: string } }) {
  const interaction = {
    ...baseOf(o),
    commandName: o.commandName,
    options: { getFocused: (_full: true) => o.focused },
    respond: vi.fn(async (_choices: readonly { name: string; value: string }[]) => undefined),
  };
  return interaction satisfies AutocompleteInteractionLike;
}

/** A small catalogue: enough kb names, errors and adapter strings to tell languages apart. */
export function fixtureTranslator(): Translator {
  return createTranslator({
    en: {
      errors: { generic: "Something went wrong.", unknownCommand: "Unknown command." },
      discord: { choose: "Choose…" },
      kb: {
        applications: {
          "study-permit": { name: "Study permit" },
          "work-permit": { name: "Work permit" },
          "visitor-visa": { name: "Visitor visa" },
        },
        statuses: { "cas-decision-made": { name: "Decision made" } },
        roles: { sponsor: { name: "Sponsor" } },
      },
    },
    fr: {
      errors: { generic: "Une erreur est survenue." },
      discord: { choose: "Choisissez…" },
      kb: { applications: { "study-permit": { name: "Permis d'études" }, "work-permit": { name: "Permis de travail" } } },
    },
    pa: {
      errors: { generic: "ਕੁਝ ਗਲਤ ਹੋ ਗਿਆ।" },
      kb: { applications: { "study-permit": { name: "ਸਟੱਡੀ ਪਰਮਿਟ" } } },
    },
  });
}

export function fakeReply(overrides: Partial<BotReply> = {}): BotReply {
  return {
    lang: "en",
    text: "An answer.",
    choices: [],
    links: [],
    personal: false,
    answer: { intent: "help", application: null, role: null, status: null, systems: [], access: null, needs: [], sources: [] },
    ...overrides,
  };
}
