import { Client, GatewayIntentBits, Partials } from "discord.js";
import type { Locale } from "../../core/i18n/locales.js";
import type { Translator } from "../../core/i18n/translator.js";
import type { CoreLogger } from "../../core/logger.js";
import { createSuggester } from "./autocomplete.js";
import type { DiscordBackend } from "./backend.js";
import { createDirectMessageHandler, createLocaleMemory } from "./direct-messages.js";
import { createInteractionHandlers } from "./interaction-handlers.js";
import { wireClient } from "./wire-client.js";

/**
 * Minimal gateway intents: Guilds (interactions and server metadata) and DirectMessages (free-text
 * questions in DMs; DM content needs no privileged intent). No GuildMessages, no MessageContent:
 * the bot never reads server conversations. The Channel partial lets uncached DM channels through.
 */
export const GATEWAY_INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages] as const;

export interface DiscordClientDeps {
  readonly backend: DiscordBackend;
  readonly translator: Translator;
  readonly logger: CoreLogger;
  readonly defaultLocale: Locale;
  /** Discord API base URL; tests point it at a fake server on 127.0.0.1. */
  readonly restApi?: string | undefined;
}

/** A gateway client wired to the handlers; not logged in (the caller decides when). */
export function createDiscordClient(deps: DiscordClientDeps): Client {
  const client = new Client({
    intents: [...GATEWAY_INTENTS],
    partials: [Partials.Channel],
    rest: deps.restApi ? { api: deps.restApi } : {},
  });
  const locales = createLocaleMemory();
  const handlers = createInteractionHandlers({
    backend: deps.backend,
    translator: deps.translator,
    suggester: createSuggester(deps.translator),
    logger: deps.logger,
    defaultLocale: deps.defaultLocale,
  });
  const onMessage = createDirectMessageHandler({
    backend: deps.backend,
    translator: deps.translator,
    logger: deps.logger,
    lastLocaleOf: locales.get,
  });
  wireClient(client, handlers, deps.logger, { onMessage, remember: locales.remember });
  return client;
}
