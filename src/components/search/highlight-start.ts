// Starts the search highlighter: the one file a page opened from search loads on demand (see SearchHighlight.astro).
import { start } from '../component';
import { SearchHighlight } from './highlight';

start(SearchHighlight);
