import { type Client, Events, type Interaction, type Message } from "discord.js";
import type { CoreLogger } from "../../core/logger.js";
import type { DirectMessageLike } from "./direct-messages.js";
import type {
  AutocompleteInteractionLike,
  CommandInteractionLike,
  ComponentInteractionLike,
  MessageCommandInteractionLike,
} from "./interaction-types.js";
import type { InteractionHandlers } from "./interaction-handlers.js";

/**
 * Routes the client's interactions to the handlers. The only place that sees full discord.js
 * interaction classes: the assignments below are where the compiler checks they satisfy the
 * narrow types the handlers (and their tests) use.
 */
export function wireClient(
  client: Client,
  handlers: InteractionHandlers,
  logger: CoreLogger,
  dm?: { onMessage(message: DirectMessageLike): Promise<void>; remember(snowflake: string, locale: string): void },
): void {
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    dm?.remember(interaction.user.id, interaction.locale);
    void dispatch(interaction, handlers).catch((error: unknown) => {
      logger.error({ err: error instanceof Error ? error.message : String(error) }, "discord: unhandled interaction error");
    });
  });
  if (dm) {
    client.on(Events.MessageCreate, (message: Message) => {
      const narrow: DirectMessageLike = message;
      void dm.onMessage(narrow).catch((error: unknown) => {
        logger.error({ err: error instanceof Error ? error.message : String(error) }, "discord: unhandled direct message error");
      });
    });
  }
  client.on(Events.Error, (error) => logger.error({ err: error.message }, "discord: client error"));
  client.once(Events.ClientReady, (ready) => logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, "discord: connected"));
}

async function dispatch(interaction: Interaction, handlers: InteractionHandlers): Promise<void> {
  if (interaction.isChatInputCommand()) {
    const narrow: CommandInteractionLike = interaction;
    await handlers.onCommand(narrow);
  } else if (interaction.isAutocomplete()) {
    const narrow: AutocompleteInteractionLike = interaction;
    await handlers.onAutocomplete(narrow);
  } else if (interaction.isMessageContextMenuCommand()) {
    const narrow: MessageCommandInteractionLike = interaction;
    await handlers.onMessageCommand(narrow);
  } else if (interaction.isButton() || interaction.isStringSelectMenu()) {
    const narrow: ComponentInteractionLike = interaction;
    await handlers.onComponent(narrow);
  }
}
