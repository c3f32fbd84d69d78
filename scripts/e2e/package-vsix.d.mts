// Types of package-vsix.mjs, for the TypeScript tests that call it.
export declare const repoRoot: string;
export declare function vsceAvailable(): boolean;
export declare function packageVsix(outFile: string): string;
export declare function zipEntries(zipFile: string): string[];
