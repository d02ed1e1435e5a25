/**
 * What the search index holds of a page beside its navigation entry (title, section, area): the words inside it.
 * Made at build time by src/lib/server/search-index.ts, read in the browser by documents.ts.
 */
export interface SearchIndexEntry {
	href: string;
	headings: string[];
	/** Blocks of plain text, one per line: the summary, the scenario, the body, then the rest of the frontmatter. */
	text: string;
}
