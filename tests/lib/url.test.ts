// Addresses read and written one way: parsed against the site, put back together, decoded safely, searched for.
import { describe, expect, it } from 'vitest';
import { decodeSafely, hrefOf, isOnSite, plainSlug, searchHref, siteUrl } from '../../src/lib/url';

describe('siteUrl and hrefOf', () => {
  it('reads a link relative to the page it is on, and writes it back without an origin', () => {
    const url = siteUrl('../09-enforcing/?step=a#b', '/guidance/national-standards/01-records/');
    expect(hrefOf(url)).toBe('/guidance/national-standards/09-enforcing/?step=a#b');
  });

  it('tells a link on the site from one that leaves it', () => {
    expect(isOnSite(siteUrl('/search/?q=isa'))).toBe(true);
    expect(isOnSite(siteUrl('https://example.org/'))).toBe(false);
    expect(isOnSite(siteUrl('//example.org/x'))).toBe(false);
  });
});

describe('decodeSafely', () => {
  it('decodes percent-encoding', () => {
    expect(decodeSafely('step-a%20b%E2%80%99s')).toBe('step-a b’s');
  });

  it('keeps an address that is not valid percent-encoding as it is, instead of throwing', () => {
    expect(decodeSafely('100%')).toBe('100%');
    expect(decodeSafely('%E0%A4%A')).toBe('%E0%A4%A');
  });
});

describe('searchHref', () => {
  it('puts the words in the query, encoded', () => {
    expect(searchHref('A&E #1')).toBe('/search/?q=A%26E%20%231');
  });
});

describe('plainSlug', () => {
  it('keeps letters and digits, one hyphen for anything between them, none at the ends', () => {
    expect(plainSlug('DIF/EIF')).toBe('dif-eif');
    expect(plainSlug(' “UK GDPR” (2018) ')).toBe('uk-gdpr-2018');
  });
});
