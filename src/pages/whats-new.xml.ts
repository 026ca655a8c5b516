// The What's new list as an Atom feed (RFC 4287), built once with the site.
import type { APIRoute } from 'astro';
import { feedPath, siteChangesView } from '../lib/views/history';
import { atomFeed } from '../lib/history';

export const GET: APIRoute = async () =>
  new Response(
    atomFeed(await siteChangesView(), {
      title: 'What’s new – HMPPS Guidance and process maps',
      feedPath,
      pagePath: '/whats-new/',
    }),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
