// The service navigation and which item a page sits under.
import { describe, expect, it } from 'vitest';
import { currentNavItem, serviceNavigation, siteName } from '../../src/lib/site';

describe('currentNavItem', () => {
  it('marks Guidance as current on any guidance page', () => {
    expect(currentNavItem('/guidance/national-standards/09-enforcing-the-sentence/')?.text).toBe('Guidance');
    expect(currentNavItem('/guidance/')?.text).toBe('Guidance');
  });

  it('treats a path without its trailing slash as the same section', () => {
    expect(currentNavItem('/process-maps')?.text).toBe('Process maps');
    expect(currentNavItem('/search')?.text).toBe('Search');
  });

  it('marks nothing as current on the home page or a page outside the navigation', () => {
    expect(currentNavItem('/')).toBeUndefined();
    expect(currentNavItem('/glossary/')).toBeUndefined();
  });

  it('does not mistake a path that only starts with the same letters', () => {
    expect(currentNavItem('/guidance-archive/')).toBeUndefined();
  });

  it('looks in the list it is given', () => {
    const items = [{ href: '/training/', text: 'Training' }];
    expect(currentNavItem('/training/learning-path/', items)).toBe(items[0]);
    expect(currentNavItem('/guidance/', items)).toBeUndefined();
  });

  it('offers every item of the service navigation, each reachable from its own address', () => {
    expect(serviceNavigation.map((item) => item.text)).toEqual(['Guidance', 'Process maps', 'Search', 'About']);
    for (const item of serviceNavigation) expect(currentNavItem(item.href)).toBe(item);
    expect(siteName).toBe('HMPPS Guidance and process maps');
  });
});
