// `npm start` serves the built site from dist/ on this machine and prints where.
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.mjs';

if (!existsSync('dist/index.html')) {
  console.error('No built site in dist/. Run `npm run build` first (or `npm start`, which builds and serves).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const { url } = await startStaticServer('dist', port);
console.log(`HMPPS Guidance and process maps is being served at ${url}/`);
console.log('Press Ctrl+C to stop.');
