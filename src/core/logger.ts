/**
 * The small logging surface the core needs; pino's Logger satisfies it. Only redacted data may be
 * passed: never message text with identifiers, never tokens.
 */
export interface CoreLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLogger: CoreLogger = { debug() {}, info() {}, warn() {}, error() {} };
