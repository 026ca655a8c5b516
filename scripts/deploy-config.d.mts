export declare function renderNginx(): string;
export declare function renderHeaders(): string;
export declare function objectStorePlan(outDir: string): string[];
