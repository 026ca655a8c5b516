// The ready-made server configuration sends exactly the headers the site is tested under.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '../../scripts/security-headers.mjs';
import { renderHeaders, renderNginx } from '../../scripts/deploy-config.mjs';
import { cacheControl, cacheControlFor } from '../../scripts/serving-rules.mjs';
import { builtPages, distDir } from '../support/dist';

describe('deployment configuration', () => {
  it('has a strict Content Security Policy: same origin only, no inline script, no eval', () => {
    expect(contentSecurityPolicy).toContain("default-src 'self'");
    expect(contentSecurityPolicy).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(contentSecurityPolicy).not.toContain("'unsafe-inline'");
    expect(contentSecurityPolicy).not.toContain("'unsafe-eval'");
  });

  it('deploy/nginx.conf and deploy/_headers are exactly what scripts/deploy-config.mjs writes from the one definition', () => {
    const stale = 'is out of date: run `node scripts/deploy-config.mjs`';
    expect(readFileSync('deploy/nginx.conf', 'utf8'), `deploy/nginx.conf ${stale}`).toBe(renderNginx());
    expect(readFileSync('deploy/_headers', 'utf8'), `deploy/_headers ${stale}`).toBe(renderHeaders());
  });

  it('nginx.conf, _headers and the preview server keep the same built files for a year, and only those', () => {
    const nginxRules = [...renderNginx().matchAll(/^\s*"~([^"]+)" "([^"]+)";$/gm)].map(([, source, value]) => ({
      regex: new RegExp(source!),
      value,
    }));
    const nginxDefault = /^\s*default "([^"]+)";$/m.exec(renderNginx())?.[1];
    const headerRules = [...renderHeaders().matchAll(/^(\/\S*)\n {2}Cache-Control: (.+)$/gm)].map(
      ([, pattern, value]) => ({
        regex: new RegExp(`^${pattern!.replace(/[.]/g, '\\.').replaceAll('*', '.*')}$`),
        value,
      }),
    );
    const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).map(
      (file) => `/${file.split(path.sep).join('/')}`,
    );
    const longLived = files.filter((file) => cacheControlFor(file) === cacheControl.immutable);
    // Every script, stylesheet and Pagefind chunk the pages load is hashed; the fixed-name Pagefind files are not.
    expect(longLived.filter((file) => file.startsWith('/_astro/')).length).toBeGreaterThan(10);
    expect(longLived.filter((file) => file.startsWith('/pagefind/fragment/')).length).toBeGreaterThan(100);
    expect(longLived).not.toContain('/pagefind/pagefind.js');
    expect(longLived).not.toContain('/pagefind/pagefind-entry.json');
    for (const file of files) {
      const nginx = nginxRules.find((rule) => rule.regex.test(file))?.value ?? nginxDefault;
      const headers = headerRules.find((rule) => rule.regex.test(file))?.value;
      expect(nginx, file).toBe(cacheControlFor(file));
      expect(headers, file).toBe(cacheControlFor(file) === cacheControl.immutable ? cacheControl.immutable : undefined);
    }
  });

  it('nginx.conf sends the gzipped copies the build writes, and every page, stylesheet and script has one', () => {
    const nginx = readFileSync('deploy/nginx.conf', 'utf8');
    expect(nginx).toMatch(/^\s*gzip_static on;$/m);
    expect(nginx).toMatch(/^\s*gzip_vary on;$/m);
    const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' });
    const assets = files.filter(
      (file) => /\.(css|js)$/.test(file) && readFileSync(path.join(distDir, file)).length > 1024,
    );
    expect(assets.some((file) => file.endsWith('pagefind.js'))).toBe(true);
    for (const file of [...builtPages(), ...assets]) {
      const zipped = path.join(distDir, `${file}.gz`);
      expect(existsSync(zipped), `${file}.gz`).toBe(true);
      expect(gunzipSync(readFileSync(zipped)).equals(readFileSync(path.join(distDir, file))), file).toBe(true);
    }
  });

  it.each(Object.entries(securityHeaders))('nginx.conf and _headers both send %s', (name, value) => {
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toContain(`add_header ${name} "${value}" always;`);
    expect(readFileSync('deploy/_headers', 'utf8')).toContain(`  ${name}: ${value}`);
  });
});
