// Types of build.mjs, for the tests that import it.
export declare const API_ENTRY: string;
export declare const WORKER_ENTRY: string;
export declare function staleAppsBuild(): string | undefined;
export declare function ensureBuilt(): Promise<void>;
