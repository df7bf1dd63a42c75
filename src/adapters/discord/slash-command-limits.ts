import { ApplicationCommandType } from "discord.js";
import type { ApplicationCommandJson, ContextMenuCommandJson, SlashCommandJson } from "./slash-commands.js";

/**
 * Discord's documented limits for chat-input commands (Application Commands reference): names match
 * this pattern and are lowercase where the script has case; descriptions 1–100 characters; at most
 * 25 options and 25 choices; at most 4,000 characters of names, descriptions and choice values per
 * command, counting only the longest localization of each field; at most 100 global commands.
 */
export const COMMAND_NAME_PATTERN = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
export const SLASH_LIMITS = {
  descriptionChars: 100,
  options: 25,
  choices: 25,
  choiceNameChars: 100,
  choiceValueChars: 100,
  totalChars: 4_000,
  commands: 100,
  contextMenuCommands: 5,
  contextMenuNameChars: 32,
} as const;

const chars = (s: string): number => [...s].length;

type Localized = { readonly [locale: string]: string | null | undefined } | null | undefined;

const longest = (value: string, localizations: Localized): number =>
  Math.max(chars(value), ...Object.values(localizations ?? {}).map((v) => (v ? chars(v) : 0)));

/** Returns every limit the payload breaks, as readable lines; empty when Discord will accept it. */
export function checkSlashCommandLimits(payload: readonly ApplicationCommandJson[]): string[] {
  const problems: string[] = [];
  const slash = payload.filter((c) => c.type === undefined || c.type === ApplicationCommandType.ChatInput);
  if (slash.length > SLASH_LIMITS.commands) problems.push(`${slash.length} commands; Discord allows ${SLASH_LIMITS.commands}`);
  const names = new Set<string>();
  const menuNames = new Set<string>();
  for (const entry of payload) {
    if (entry.type === ApplicationCommandType.Message || entry.type === ApplicationCommandType.User) {
      checkContextMenu(entry as ContextMenuCommandJson, menuNames, problems);
      continue;
    }
    const command = entry as SlashCommandJson;
    const where = `/${command.name}`;
    if (names.has(command.name)) problems.push(`${where}: duplicate name`);
    names.add(command.name);
    checkName(command.name, where, problems);
    for (const [locale, name] of Object.entries(command.name_localizations ?? {}))
      if (name) checkName(name, `${where} [${locale}]`, problems);
    checkDescription(command.description, where, problems);
    for (const [locale, d] of Object.entries(command.description_localizations ?? {}))
      if (d !== null && d !== undefined) checkDescription(d, `${where} [${locale}]`, problems);
    let total = longest(command.name, command.name_localizations) + longest(command.description, command.description_localizations);
    const options = command.options ?? [];
    if (options.length > SLASH_LIMITS.options) problems.push(`${where}: ${options.length} options; at most ${SLASH_LIMITS.options}`);
    let seenOptional = false;
    for (const option of options) {
      const at = `${where} ${option.name}`;
      checkName(option.name, at, problems);
      checkDescription(option.description, at, problems);
      for (const [locale, d] of Object.entries(option.description_localizations ?? {}))
        if (d !== null && d !== undefined) checkDescription(d, `${at} [${locale}]`, problems);
      total += longest(option.name, option.name_localizations) + longest(option.description, option.description_localizations);
      const required = "required" in option && option.required === true;
      if (required && seenOptional) problems.push(`${at}: required option after an optional one`);
      if (!required) seenOptional = true;
      const choices =
        "choices" in option && Array.isArray(option.choices)
          ? (option.choices as { name: string; value: string | number; name_localizations?: Localized }[])
          : [];
      if (choices.length > SLASH_LIMITS.choices) problems.push(`${at}: ${choices.length} choices; at most ${SLASH_LIMITS.choices}`);
      if (choices.length > 0 && "autocomplete" in option && option.autocomplete)
        problems.push(`${at}: autocomplete and choices cannot be combined`);
      for (const choice of choices) {
        const n = longest(choice.name, choice.name_localizations);
        if (chars(choice.name) < 1 || n > SLASH_LIMITS.choiceNameChars)
          problems.push(`${at} choice "${choice.name}": name must be 1–${SLASH_LIMITS.choiceNameChars} characters`);
        const v = String(choice.value);
        if (typeof choice.value === "string" && (chars(v) < 1 || chars(v) > SLASH_LIMITS.choiceValueChars))
          problems.push(`${at} choice "${choice.name}": value must be 1–${SLASH_LIMITS.choiceValueChars} characters`);
        total += n + chars(v);
      }
    }
    if (total > SLASH_LIMITS.totalChars)
      problems.push(`${where}: ${total} characters in names, descriptions and choices; at most ${SLASH_LIMITS.totalChars}`);
  }
  return problems;
}

/**
 * Context-menu commands: names of 1–32 characters that may hold capitals and spaces, no
 * description, at most 5 message commands per app.
 */
function checkContextMenu(command: ContextMenuCommandJson, seen: Set<string>, problems: string[]): void {
  const where = `"${command.name}" (context menu)`;
  if (seen.has(command.name)) problems.push(`${where}: duplicate name`);
  seen.add(command.name);
  if (seen.size > SLASH_LIMITS.contextMenuCommands)
    problems.push(`${seen.size} context-menu commands; at most ${SLASH_LIMITS.contextMenuCommands}`);
  for (const [locale, name] of [["default", command.name], ...Object.entries(command.name_localizations ?? {})] as const) {
    const n = name ? chars(name) : 0;
    if (name !== null && (n < 1 || n > SLASH_LIMITS.contextMenuNameChars))
      problems.push(`${where} [${locale}]: name is ${n} characters; Discord allows 1–${SLASH_LIMITS.contextMenuNameChars}`);
  }
}

function checkName(name: string, where: string, problems: string[]): void {
  if (!COMMAND_NAME_PATTERN.test(name)) problems.push(`${where}: name "${name}" does not match ${COMMAND_NAME_PATTERN}`);
  if (name !== name.toLowerCase()) problems.push(`${where}: name "${name}" must be lowercase`);
}

function checkDescription(description: string, where: string, problems: string[]): void {
  const n = chars(description);
  if (n < 1 || n > SLASH_LIMITS.descriptionChars)
    problems.push(`${where}: description is ${n} characters; Discord allows 1–${SLASH_LIMITS.descriptionChars}`);
}
