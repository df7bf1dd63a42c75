import { createInterface, type Interface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { toPlainText } from "../../cli/ask-format.js";
import { decodeAction } from "../../core/actions.js";
import type { BotCore } from "../../core/bot-core.js";
import { isCommandId } from "../../core/commands/registry.js";
import type { DeliveryResult, ReminderSender } from "../../core/reminders/delivery.js";
import type { BotReply } from "../../core/reply.js";
import type { BotRequest } from "../../core/request.js";
import { wrapText } from "./wrap-text.js";

export interface ConsoleChatOptions {
  readonly core: BotCore;
  readonly input: Readable;
  readonly output: Writable;
  /** Untrusted language hints, e.g. from the terminal's LANG (main.ts reads it). */
  readonly localeHints?: readonly unknown[];
  /** Where due reminders come from while the chat is open (see {@link createConsoleReminderSender}). */
  readonly reminders?: ConsoleReminderSender;
  /** Terminal width; by default the output's own (a TTY reports it and its changes), else 80. */
  readonly columns?: number;
}

/** The scheduler's sender for the console user: it prints into the chat that is open, if any. */
export interface ConsoleReminderSender extends ReminderSender {
  /** Connects an open chat; returns the function that disconnects it. */
  attach(show: (reply: BotReply) => void): () => void;
}

/**
 * Reminders for the console user ("console") print in the open chat. With no chat open the
 * occurrence waits (retry) instead of being recorded as delivered to nobody.
 */
export function createConsoleReminderSender(): ConsoleReminderSender {
  let show: ((reply: BotReply) => void) | undefined;
  return {
    platform: "console",
    userPrefix: "console",
    // One person at a terminal: no platform limit, a short gap so several due reminders do not run together.
    rates: { perSecond: 10, perChatGapMs: 100 },
    async send(userId, reply): Promise<DeliveryResult> {
      if (userId !== "console") return { kind: "failed", error: "not the console user" };
      if (!show) return { kind: "retry", afterMs: 60_000 };
      show(reply);
      return { kind: "sent" };
    },
    attach(fn) {
      show = fn;
      return () => {
        if (show === fn) show = undefined;
      };
    },
  };
}

/** Words that press the "More" button of the last answer. */
const MORE_WORDS = new Set(["more", "+"]);

/**
 * The console chat that `npm start` opens when no platform token is set: the same core, in the
 * terminal. Choices are numbered; typing a number presses that button, and `more` presses the "More"
 * button of a short answer. `/command args` runs a command; `exit` or Ctrl-D ends. Replies are
 * wrapped at word boundaries to the terminal's width. Resolves when the input ends, or when the output closes (a terminal or a
 * pipe such as `| head` that went away: nobody is left to read the answers).
 */
export function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const { core, output } = options;
  const rl: Interface = createInterface({ input: options.input, output, terminal: false });
  const base = {
    platform: "console",
    userId: "console",
    chatId: "console",
    isPrivate: true,
    localeHints: options.localeHints ?? [],
  } as const;
  let lastChoices: BotReply["choices"] = [];

  const columns = () => options.columns ?? (output as Writable & { columns?: number }).columns ?? 80;
  const show = (reply: BotReply) => {
    lastChoices = reply.choices;
    output.write(`\n${wrapText(toPlainText(reply), columns())}\n\n> `);
  };

  const toRequest = (line: string): BotRequest => {
    if (MORE_WORDS.has(line.toLowerCase())) {
      const more = lastChoices.find((c) => decodeAction(c.data)?.type === "more");
      if (more) return { ...base, kind: "action", data: more.data };
    }
    const number = /^\d{1,2}$/.test(line) ? Number(line) : Number.NaN;
    const choice = lastChoices[number - 1];
    if (choice) return { ...base, kind: "action", data: choice.data };
    const command = /^\/([a-z0-9_]{1,32})(?:@\S+)?(?:\s+([\s\S]*))?$/.exec(line);
    if (command) {
      const id = command[1] ?? "";
      if (isCommandId(id)) return { ...base, kind: "command", command: id, args: command[2] ?? "" };
      return { ...base, kind: "command", command: id as never, args: "" };
    }
    return { ...base, kind: "text", text: line };
  };

  return new Promise((resolve) => {
    let queue = Promise.resolve();
    // A due reminder prints between answers (never inside one) and its buttons become the numbered choices.
    const detach = options.reminders?.attach((reminder) => {
      queue = queue.then(() => {
        if (output.writable) show(reminder);
      });
    });
    // EPIPE and friends: without a listener the stream error would crash the process with a stack trace.
    output.on("error", () => rl.close());
    output.write(
      `${wrapText(`IRCC status assistant (console). Type a question, a number to pick a choice, "more" for details and sources, /help, or "exit".`, columns())}\n`,
    );
    queue = queue.then(async () => show(await core.handle({ ...base, kind: "command", command: "start", args: "" })));
    rl.on("line", (raw) => {
      const line = raw.trim();
      if (line === "exit" || line === "quit" || line === "/exit" || line === "/quit") {
        rl.close();
        return;
      }
      if (line === "") {
        output.write("> ");
        return;
      }
      queue = queue.then(async () => show(await core.handle(toRequest(line))));
    });
    rl.on("close", () => {
      detach?.();
      void queue.then(() => {
        if (output.writable) output.write("\n");
        resolve();
      });
    });
  });
}
