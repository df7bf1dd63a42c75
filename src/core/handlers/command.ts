import type { CommandHandlerId, CoreCommandDefinition } from "../commands/registry.js";
import { findCommand } from "../commands/registry.js";
import { DEEP_LINK_INTENTS, parseDeepLink } from "../deep-link.js";
import { handleFollow } from "../dialogue/follows.js";
import { formatUserExport } from "../dialogue/my-data.js";
import { commandQuestion, emptyQuestion, isApplicationId, validateQuestion } from "../dialogue/question-for.js";
import { handleReminderIntent } from "../dialogue/reminders.js";
import type { Locale } from "../i18n/locales.js";
import { isKnowledgeIntent } from "../intents.js";
import { makeReply } from "../make-reply.js";
import { sanitizeText } from "../privacy/sanitize.js";
import type { BotReply } from "../reply.js";
import type { BotRequest } from "../request.js";
import { answerAndRemember, runIntent } from "./chat-intents.js";
import type { CoreParts } from "./parts.js";

type CommandRequest = BotRequest & { kind: "command" };

interface CommandInput {
  readonly core: CoreParts;
  readonly request: CommandRequest;
  readonly command: CoreCommandDefinition;
  readonly lang: Locale;
  /** The words after the command, sanitized ("" when unreadable). */
  readonly argText: string;
  readonly options: Readonly<Record<string, string>>;
}

type CommandHandler = (input: CommandInput) => BotReply | Promise<BotReply>;

const understandArgs = ({ core, argText, lang }: CommandInput) => (argText ? core.ctx.deps.understander.understand(argText, lang) : null);

/** One handler per kind named in the command table (commands/registry.ts). */
const HANDLERS: Readonly<Record<CommandHandlerId, CommandHandler>> = {
  commands: ({ core, lang }) => core.replies.commands(lang),
  knowledge(input) {
    const { core, request, command, lang, options } = input;
    if (!isKnowledgeIntent(command.intent)) return core.replies.help(lang);
    return answerAndRemember(core, request, lang, commandQuestion(command.intent, understandArgs(input), options));
  },
  intent: (input) =>
    runIntent(input.core, input.request, input.command.intent, input.lang, {
      text: input.argText,
      understanding: understandArgs(input),
      options: input.options,
    }),
  start(input) {
    const { core, request, lang } = input;
    // `/start <payload>` from a deep link opens that answer; a malformed payload gets the welcome.
    const link = request.args ? parseDeepLink(request.args) : undefined;
    if (!link) return core.replies.help(lang);
    const question = validateQuestion({
      ...emptyQuestion(DEEP_LINK_INTENTS[link.kind]),
      ...(link.kind === "status" ? { status: link.status } : { application: link.application }),
    });
    return answerAndRemember(core, request, lang, question);
  },
  mydata: ({ core, request, lang }) =>
    Promise.resolve(core.ctx.deps.store.exportUser(request.userId)).then((data) =>
      makeReply(lang, formatUserExport(data, core.ctx.t(lang), lang), { intent: "help" }, { personal: true }),
    ),
  follow(input) {
    const { core, request, lang, options } = input;
    const follow = request.command === "follow";
    const u = understandArgs(input);
    // "/follow" right after a processing-time answer follows what that answer was about.
    const previous = follow ? core.ctx.states.get(request.userId, core.ctx.now())?.question : undefined;
    const fromPrevious = previous?.intent === "timeline" ? previous : null;
    const typed = options.application && isApplicationId(options.application) ? options.application : null;
    const application = typed ?? u?.application ?? fromPrevious?.application ?? null;
    const country = options.country?.toUpperCase().slice(0, 2) ?? u?.country ?? fromPrevious?.country ?? null;
    return handleFollow({
      op: follow ? "add" : "remove",
      userId: request.userId,
      lang,
      t: core.ctx.t(lang),
      target: application ? core.answers.followTarget(application, country) : null,
      deps: core.ctx.deps,
    });
  },
  statusLog: ({ core, request, command, lang, argText, options }) =>
    handleReminderIntent({
      intent: command.id === "history" ? "history" : "log",
      request,
      lang,
      t: core.ctx.t(lang),
      text: argText,
      options,
      understanding: null,
      deps: core.ctx.deps,
    }),
};

/** A command from the one command table; the table says which handler answers it. */
export function handleCommand(core: CoreParts, request: CommandRequest, stored: Locale | undefined): BotReply | Promise<BotReply> {
  const lang = stored ?? core.locales.hinted(request.localeHints);
  const command = findCommand(request.command);
  if (!command) return core.replies.error(lang, "unknownCommand");
  if (command.handler === "commands") return core.replies.commands(lang);
  if (command.personal && !request.isPrivate) return core.replies.error(lang, "privateOnly");
  const args = sanitizeText(request.args ?? "");
  const argText = args.kind === "ok" ? args.text : "";
  return HANDLERS[command.handler]({ core, request, command, lang, argText, options: request.options ?? {} });
}
