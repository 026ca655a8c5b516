import type { Server } from 'node:http';
export declare function startStaticServer(root: string, port?: number): Promise<{ server: Server; url: string }>;
export declare function acceptsGzip(header?: string): boolean;
