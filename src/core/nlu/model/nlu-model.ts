import type { FieldModel } from "./linear-model.js";

/**
 * The fields a trained model may read; systems and access stay derived by the rules. `lang` is the
 * language the message is written in (the reply's language), learned from every corpus line's own.
 */
export const MODEL_FIELDS = ["intent", "application", "role", "status", "lang"] as const;
export type ModelField = (typeof MODEL_FIELDS)[number];

/** Every trained classifier, sharing one hashing of the message. Loaded by infra, passed to the core. */
export interface NluModel {
  readonly buckets: number;
  readonly fields: Partial<Record<ModelField, FieldModel>>;
}

/**
 * Fields that need fewer hash buckets than the others read the same features folded into their own
 * count. Telling twelve languages apart needs far less than 34 applications do (held back: 94.9% of
 * Latin-script messages right with 2^14 buckets, 95.0% with 2^16), and a table that stays in the
 * processor's cache is what keeps reading the language cheap on every message.
 */
export const FIELD_BUCKETS: Partial<Record<ModelField, number>> = { lang: 1 << 14 };
