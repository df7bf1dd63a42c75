import type { FieldModel } from "./linear-model.js";

/** The fields a trained model may read; systems and access stay derived by the rules. */
export const MODEL_FIELDS = ["intent", "application", "role", "status"] as const;
export type ModelField = (typeof MODEL_FIELDS)[number];

/** Every trained classifier, sharing one hashing of the message. Loaded by infra, passed to the core. */
export interface NluModel {
  readonly buckets: number;
  readonly fields: Partial<Record<ModelField, FieldModel>>;
}
