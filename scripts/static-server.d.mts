import type { Server } from 'node:http';
export declare function startStaticServer(root: string, port?: number): Promise<{ server: Server; url: string }>;
