// Every built page is valid HTML (html-validate's recommended rules, as configured in .htmlvalidate.json).
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir } from '../support/dist';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const format = formatterFactory('text');

describe('HTML validity', () => {
  it.each(builtPages())('%s has no HTML errors', async (page) => {
    const report = await validator.validateFile(path.join(distDir, page));
    expect(report.valid ? '' : format(report.results)).toBe('');
  });
});
