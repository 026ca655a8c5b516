// The components guidance MDX may use without importing them (the build checks their props: src/lib/content/mdx-checks.ts).
import Abbr from './Abbr.astro';
import Amount from './Amount.astro';
import Callout from './Callout.astro';
import ProcessDiagram from './ProcessDiagram.astro';
import ProcessMapCard from './ProcessMapCard.astro';
import Source from './Source.astro';
import Timescale from './Timescale.astro';

export const contentComponents = { Abbr, Amount, Callout, ProcessDiagram, ProcessMapCard, Source, Timescale };
