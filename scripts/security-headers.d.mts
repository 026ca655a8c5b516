export declare const contentSecurityPolicy: string;
export declare const securityHeaders: Record<string, string>;
