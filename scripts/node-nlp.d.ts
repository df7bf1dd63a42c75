/** Minimal types for the parts of node-nlp (NLP.js v4, shipped without types) that scripts/nlu-compare.ts uses. */
declare module "node-nlp" {
  export interface NlpResult {
    readonly intent: string;
    readonly score: number;
    readonly locale?: string;
  }
  export class NlpManager {
    constructor(settings?: Record<string, unknown>);
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<void>;
    process(locale: string, utterance: string): Promise<NlpResult>;
  }
}
