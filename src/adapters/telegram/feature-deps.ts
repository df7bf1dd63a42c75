import type { Context } from "grammy";
import type { BotCore } from "../../core/bot-core.js";
import type { DeepLink } from "../../core/deep-link.js";
import type { CoreLogger } from "../../core/logger.js";
import type { PlatformMetrics } from "../../ports/platform-metrics.js";
import type { TelegramLanguage } from "./language.js";
import type { RateLimit } from "./rate-limit.js";
import type { TelegramSend } from "./send.js";
import type { RequestKind } from "./to-request.js";

/** What every feature handler (commands.ts, text.ts, actions.ts, inline.ts) is built from. */
export interface TelegramFeatureDeps {
  readonly core: BotCore;
  readonly logger: CoreLogger;
  readonly metrics: PlatformMetrics;
  readonly language: TelegramLanguage;
  readonly out: TelegramSend;
  readonly rateLimit: RateLimit;
  /** Sends the request to the core and the reply back (ask-core.ts). */
  readonly askCore: (ctx: Context, request: RequestKind, link?: DeepLink, canManageChat?: boolean) => Promise<void>;
}
