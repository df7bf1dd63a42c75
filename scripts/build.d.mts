/** Types of scripts/build.mjs (plain JavaScript so that Node runs it without a loader). */
export declare const PROJECT_ROOT: string;
export declare function buildDist(outdir?: string): Promise<string>;
export declare function isDistFresh(outdir?: string): boolean;
export declare function ensureDist(outdir?: string): Promise<string>;
