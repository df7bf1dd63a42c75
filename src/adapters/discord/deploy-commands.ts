import { Routes } from "discord.js";
import { checkSlashCommandLimits } from "./slash-command-limits.js";
import { type ApplicationCommandJson, SlashCommandError } from "./slash-commands.js";

/** The one REST method deploying needs; `@discordjs/rest`'s `REST` satisfies it. */
export interface RestPutter {
  put(route: `/${string}`, options: { body: unknown }): Promise<unknown>;
}

export interface DeployTarget {
  readonly applicationId: string;
  /** Guild-scoped commands update instantly (development); global ones reach every server and DM. */
  readonly guildId?: string | undefined;
}

/** The bulk-overwrite route: guild-scoped when a guild id is given, global otherwise. */
export function deployRoute(target: DeployTarget): `/${string}` {
  return target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
}

/**
 * Replaces the registered commands with `payload` in one PUT (bulk overwrite: removed commands
 * disappear, renamed ones do not linger). Refuses a payload Discord would reject, listing why.
 */
export async function deployCommands(rest: RestPutter, target: DeployTarget, payload: readonly ApplicationCommandJson[]): Promise<number> {
  const problems = checkSlashCommandLimits(payload);
  if (problems.length > 0) throw new SlashCommandError(problems);
  const registered = await rest.put(deployRoute(target), { body: payload });
  return Array.isArray(registered) ? registered.length : payload.length;
}
