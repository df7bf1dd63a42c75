/**
 * `npm run deploy:discord [-- --dry-run]`: registers the slash commands built from the shared
 * command table (guild-scoped when DISCORD_GUILD_ID is set, global otherwise). Registration is
 * this separate step on purpose: logging in never touches commands, so restarts cannot burn
 * Discord's command-update limits. `--dry-run` prints the exact JSON body and contacts nothing;
 * it needs no token.
 */
import { join } from "node:path";
import { REST } from "discord.js";
import { deployCommands, deployRoute } from "../adapters/discord/deploy-commands.js";
import { checkSlashCommandLimits } from "../adapters/discord/slash-command-limits.js";
import { buildApplicationCommands } from "../adapters/discord/slash-commands.js";
import { explainStartError } from "../adapters/discord/start-discord.js";
import { ConfigError, parseEnv } from "../config/env.js";
import { COMMANDS } from "../core/commands/registry.js";
import { createTranslator } from "../core/i18n/translator.js";
import { PROJECT_ROOT } from "../infra/create-core-from-disk.js";
import { loadLocales } from "../infra/load-locales.js";

async function main(argv: readonly string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== "--dry-run");
  if (unknown.length > 0) {
    process.stderr.write(`deploy:discord: unknown argument(s) ${unknown.join(" ")}; usage: npm run deploy:discord [-- --dry-run]\n`);
    return 2;
  }
  const dryRun = argv.includes("--dry-run");
  let env: ReturnType<typeof parseEnv>;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
    return 2;
  }
  const translator = createTranslator(loadLocales(join(PROJECT_ROOT, "locales")));
  const payload = buildApplicationCommands(COMMANDS, translator);
  const problems = checkSlashCommandLimits(payload);
  const target = { applicationId: env.DISCORD_APPLICATION_ID ?? "APPLICATION_ID", guildId: env.DISCORD_GUILD_ID };

  if (dryRun) {
    process.stdout.write(`${JSON.stringify(payload, null, 2)}\n`);
    process.stderr.write(
      `deploy:discord: dry run; would PUT ${payload.length} commands to ${deployRoute(target)} (${target.guildId ? "guild" : "global"})\n`,
    );
    for (const p of problems) process.stderr.write(`deploy:discord: ${p}\n`);
    return problems.length > 0 ? 1 : 0;
  }
  if (!env.DISCORD_TOKEN || !env.DISCORD_APPLICATION_ID) {
    process.stderr.write("deploy:discord: set DISCORD_TOKEN and DISCORD_APPLICATION_ID (or use --dry-run to print the payload)\n");
    return 2;
  }
  const rest = new REST().setToken(env.DISCORD_TOKEN);
  try {
    const count = await deployCommands(rest, { applicationId: env.DISCORD_APPLICATION_ID, guildId: env.DISCORD_GUILD_ID }, payload);
    process.stdout.write(
      `deploy:discord: registered ${count} commands (${env.DISCORD_GUILD_ID ? `guild ${env.DISCORD_GUILD_ID}; instant` : "global; may take up to an hour to show everywhere"})\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`${explainStartError(error).message}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`deploy:discord: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
