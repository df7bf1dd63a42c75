import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { CoreLogger } from "../core/logger.js";
import type { Understander } from "../core/nlu/understanding.js";
import type { DeliveryResult, ReminderSender } from "../core/reminders/delivery.js";
import type { PlatformMetrics } from "../ports/platform-metrics.js";

export type { MetricsPlatform, PlatformMetrics } from "../ports/platform-metrics.js";

export interface BotMetrics extends PlatformMetrics {
  /** This app's own registry (never prom-client's global one), so tests can build several apps. */
  readonly registry: Registry;
  /** Times every `understand` call of the given understander. */
  timedUnderstander(understander: Understander): Understander;
  /** Counts deliveries and failures of a reminder sender. */
  countedSender(sender: ReminderSender): ReminderSender;
  /**
   * The same logger, counting each error it logs under `kind` ("core", "discord", "reminder_scheduler"):
   * components that catch their own failures and log them are counted without knowing about metrics.
   */
  countingLogger(logger: CoreLogger, kind: string): CoreLogger;
  /** Reports the reminder queue depth at each scrape. */
  reminderQueue(depth: () => number): void;
  /** Body of `GET /metrics` and its content type. */
  render(): Promise<{ readonly contentType: string; readonly body: string }>;
}

const KNOWN_UPDATE_KINDS = new Set([
  "message",
  "callback_query",
  "inline_query",
  "chosen_inline_result",
  "command",
  "component",
  "autocomplete",
  "message_command",
  "direct_message",
]);

/**
 * Builds the metrics of one app instance on a fresh prom-client registry: updates and interactions
 * by platform, replies by intent and language, errors by kind, reminder deliveries, failures and
 * queue depth, the understanding latency histogram, and Node's process metrics.
 */
export function createMetrics(options: { readonly prefix?: string; readonly processMetrics?: boolean } = {}): BotMetrics {
  const prefix = options.prefix ?? "ircc_bot_";
  const registry = new Registry();
  if (options.processMetrics !== false) collectDefaultMetrics({ register: registry, prefix });
  const updates = new Counter({
    name: `${prefix}updates_total`,
    help: "Telegram updates and Discord interactions received, by platform and kind",
    labelNames: ["platform", "kind"] as const,
    registers: [registry],
  });
  const replies = new Counter({
    name: `${prefix}replies_total`,
    help: "Answers sent, by platform, intent and language",
    labelNames: ["platform", "intent", "lang"] as const,
    registers: [registry],
  });
  const errors = new Counter({
    name: `${prefix}errors_total`,
    help: "Failures by kind",
    labelNames: ["kind"] as const,
    registers: [registry],
  });
  const reminders = new Counter({
    name: `${prefix}reminder_deliveries_total`,
    help: "Reminder delivery attempts by platform and outcome (sent, blocked, retry, failed)",
    labelNames: ["platform", "outcome"] as const,
    registers: [registry],
  });
  let queueDepth: () => number = () => 0;
  new Gauge({
    name: `${prefix}reminder_queue_depth`,
    help: "Reminders waiting in the scheduler's due queue",
    registers: [registry],
    collect() {
      this.set(queueDepth());
    },
  });
  const understanding = new Histogram({
    name: `${prefix}understanding_seconds`,
    help: "Time to understand one message (language, intent and slots)",
    // Understanding takes microseconds; the upper buckets catch pathological inputs.
    buckets: [0.00001, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05, 0.1],
    registers: [registry],
  });

  return {
    registry,
    update(platform, kind) {
      updates.inc({ platform, kind: KNOWN_UPDATE_KINDS.has(kind) ? kind : "other" });
    },
    reply(platform, intent, lang) {
      replies.inc({ platform, intent, lang });
    },
    error(kind) {
      errors.inc({ kind });
    },
    timedUnderstander(understander) {
      return {
        understand(text, hint) {
          const started = process.hrtime.bigint();
          try {
            return understander.understand(text, hint);
          } finally {
            understanding.observe(Number(process.hrtime.bigint() - started) / 1e9);
          }
        },
      };
    },
    countedSender(sender) {
      return {
        platform: sender.platform,
        userPrefix: sender.userPrefix,
        rates: sender.rates,
        async send(userId, reply) {
          let result: DeliveryResult;
          try {
            result = await sender.send(userId, reply);
          } catch (error) {
            reminders.inc({ platform: sender.platform, outcome: "failed" });
            errors.inc({ kind: "reminder_delivery" });
            throw error;
          }
          reminders.inc({ platform: sender.platform, outcome: result.kind });
          if (result.kind === "failed") errors.inc({ kind: "reminder_delivery" });
          return result;
        },
      };
    },
    countingLogger(logger, kind) {
      return {
        debug: (obj, msg) => logger.debug(obj, msg),
        info: (obj, msg) => logger.info(obj, msg),
        warn: (obj, msg) => logger.warn(obj, msg),
        error: (obj, msg) => {
          errors.inc({ kind });
          logger.error(obj, msg);
        },
      };
    },
    reminderQueue(depth) {
      queueDepth = depth;
    },
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
