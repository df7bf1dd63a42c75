/** A rule either answers or names the one slot it needs first (the bot asks; it never guesses). */
export type RuleResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly needs: "application" | "status" | "role" };

export const needs = (slot: "application" | "status" | "role"): RuleResult<never> => ({ ok: false, needs: slot });
export const ok = <T>(value: T): RuleResult<T> => ({ ok: true, value });
