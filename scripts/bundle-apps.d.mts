// Types of bundle-apps.mjs, for the benchmarks that bundle their own entry points.
export declare function bundle(entries: Record<string, string>, outDir: string): Promise<void>;
