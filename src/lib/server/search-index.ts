// Build time only: each language's search index, served by the content plugin as `content/<lang>/_search.js`, so
// it is built into that language's chunk folder, travels in its offline pack and is fetched only by the search page.
import type { Page } from '../content/loader.ts';
import type { SearchIndexEntry } from '../search/entry.ts';
import { typesetFrontmatter } from './typography.js';

/** Frontmatter values that are names the app looks up, not words a reader sees. */
const codeKeys = new Set(['id', 'section', 'area', 'url', 'order', 'topic', 'origin']);

/** Markdown of a page's body as plain text: its headings, and its paragraphs and list items one block each. */
export function markdownBlocks(markdown: string): { headings: string[]; blocks: string[] } {
	const headings: string[] = [];
	const blocks: string[] = [];
	let paragraph: string[] = [];
	const flush = () => {
		const text = inlineText(paragraph.join(' '));
		if (text) blocks.push(text);
		paragraph = [];
	};
	for (const line of markdown.split(/\r?\n/)) {
		const heading = /^#{1,6}\s+(.*)$/.exec(line);
		const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
		if (heading) {
			flush();
			const text = inlineText(heading[1] ?? '');
			headings.push(text);
			blocks.push(text);
		} else if (item) {
			flush();
			paragraph.push(item[1] ?? '');
		} else if (!line.trim()) {
			flush();
		} else {
			paragraph.push(line.replace(/^\s*>\s?/, ''));
		}
	}
	flush();
	return { headings, blocks };
}

/** Links, emphasis, code marks, tags and escapes of inline Markdown left out; the words kept. */
function inlineText(markdown: string): string {
	return markdown
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<[^>]+>/g, '')
		.replace(/(\*\*|__|\*|_|`)(?=\S)([\s\S]*?\S)\1/g, '$2')
		.replace(/\\([\\`*_[\]()#+.!-])/g, '$1')
		.replace(/&nbsp;/g, '\u00a0')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Every prose string of a frontmatter value, in order; `title`s are headings as well. */
function frontmatterText(value: unknown, headings: string[], blocks: string[], key = ''): void {
	if (typeof value === 'string') {
		const text = value.replace(/\s+/g, ' ').trim();
		if (!text) return;
		if (key === 'title') headings.push(text);
		blocks.push(text);
	} else if (Array.isArray(value)) {
		for (const item of value) frontmatterText(item, headings, blocks, key);
	} else if (value && typeof value === 'object') {
		for (const [name, inner] of Object.entries(value)) {
			if (!codeKeys.has(name)) frontmatterText(inner, headings, blocks, name);
		}
	}
}

/** One page's entry, its text set in its language's typography, as the page shows it. */
export function searchIndexEntry(page: Page): SearchIndexEntry {
	const lang = page.fallbackFrom ?? page.lang;
	const { summary, scenario } = page.meta;
	const body = markdownBlocks(page.body);
	const headings = body.headings.map((heading) => typesetFrontmatter(heading, lang));
	const blocks = [summary, ...(scenario ? [scenario] : [])];
	// Body blocks are typeset here; the frontmatter arrives typeset by the content plugin.
	blocks.push(...body.blocks.map((block) => typesetFrontmatter(block, lang)));
	frontmatterText({ ...page.meta, title: undefined, summary: undefined, scenario: undefined }, headings, blocks);
	return { href: page.href, headings, text: blocks.join('\n') };
}

/** Each language's entries, in the guide's order. */
export function searchIndexes(pages: Page[]): Record<string, SearchIndexEntry[]> {
	const indexes: Record<string, SearchIndexEntry[]> = {};
	for (const page of pages) (indexes[page.lang] ??= []).push(searchIndexEntry(page));
	return indexes;
}
