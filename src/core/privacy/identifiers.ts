/** Kinds of personal identifiers the bot refuses to keep. Their values are never echoed, logged or stored. */
export type IdentifierKind = "uci" | "application-number" | "passport-number" | "email" | "date-of-birth" | "password";
