// The ready-made server configuration sends exactly the headers the site is tested under.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '../../scripts/security-headers.mjs';
import { builtPages, distDir } from '../support/dist';

describe('deployment configuration', () => {
  it('has a strict Content Security Policy: same origin only, no inline script, no eval', () => {
    expect(contentSecurityPolicy).toContain("default-src 'self'");
    expect(contentSecurityPolicy).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(contentSecurityPolicy).not.toContain("'unsafe-inline'");
    expect(contentSecurityPolicy).not.toContain("'unsafe-eval'");
  });

  it("nginx.conf hides its version, keeps redirects relative and shows the site's own page for 403 and 404", () => {
    const nginx = readFileSync('deploy/nginx.conf', 'utf8');
    expect(nginx).toMatch(/^\s*server_tokens off;$/m);
    expect(nginx).toMatch(/^\s*absolute_redirect off;$/m);
    expect(nginx).toMatch(/^\s*error_page 403 404 \/404\.html;$/m);
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
