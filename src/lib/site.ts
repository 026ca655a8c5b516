// Site-wide names and the service navigation, in one place.
export const siteName = 'HMPPS Guidance and process maps';

export interface NavItem {
  href: string;
  text: string;
}

export const serviceNavigation: NavItem[] = [
  { href: '/guidance/', text: 'Guidance' },
  { href: '/process-maps/', text: 'Process maps' },
  { href: '/search/', text: 'Search' },
  { href: '/about/', text: 'About' },
];

/** The navigation item a path belongs to: "/guidance/x/y/" is under Guidance. */
export function currentNavItem(pathname: string, items: NavItem[] = serviceNavigation): NavItem | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return items.find((item) => path.startsWith(item.href));
}
