import { fold, foldedWords, foldWithOrigins, isWordCharacter } from './fold';

/** One page as search reads it: its title, its headings, and its text in blocks (one per line). */
export interface SearchDocument {
	href: string;
	title: string;
	headings: string[];
	/** Paragraphs, list items, questions… one per line, as the build wrote them (src/lib/server/search-index.ts). */
	text: string;
}

/** A run of text, marked when it is a word the reader looked for. */
export interface Segment {
	text: string;
	match: boolean;
}

export interface SearchResult<D extends SearchDocument = SearchDocument> {
	document: D;
	title: Segment[];
	/** A short passage around the first match in the text (or the start of the text when only the title matched). */
	excerpt: Segment[];
}

/**
 * A word of the query: found where a word of the page starts with it, or, for longer words, with its stem (the word
 * without its last one or two letters), so "насилие" finds "насилия" and "women" finds "woman". Most of the guide's
 * languages add endings to words; cutting two letters finds most other forms without a dictionary per language.
 */
interface Term {
	word: string;
	stem: string;
}

export function termsOf(query: string): Term[] {
	return foldedWords(query).map((word) => {
		const letters = Array.from(word);
		return { word, stem: letters.length < 5 ? word : letters.slice(0, Math.max(4, letters.length - 2)).join('') };
	});
}

interface Prepared<D> {
	document: D;
	title: string;
	headings: string;
	text: string;
	blocks: string[];
}

/** How many times `prefix` starts a word of `text` (folded both). */
function count(text: string, prefix: string, limit = Infinity): number {
	let found = 0;
	for (let at = text.indexOf(prefix); at !== -1 && found < limit; at = text.indexOf(prefix, at + 1)) {
		if (!isWordCharacter(text[at - 1])) found++;
	}
	return found;
}

/** Where `prefix` first starts a word of `text`, or -1. */
function firstWordStart(text: string, prefix: string): number {
	for (let at = text.indexOf(prefix); at !== -1; at = text.indexOf(prefix, at + 1)) {
		if (!isWordCharacter(text[at - 1])) return at;
	}
	return -1;
}

/**
 * Prepares a language's pages once (folding is the costly part), and returns the function that searches them.
 * Every word of the query must be found in a page; pages are ranked by where the words are (title, headings,
 * text) and how often, a whole word before a stem; equal pages keep the guide's order.
 */
export function createSearch<D extends SearchDocument>(documents: D[]): (query: string) => SearchResult<D>[] {
	const prepared: Prepared<D>[] = documents.map((document) => ({
		document,
		title: fold(document.title),
		headings: fold(document.headings.join('\n')),
		text: fold(document.text),
		blocks: document.text.split('\n')
	}));

	return (query) => {
		const terms = termsOf(query);
		if (!terms.length) return [];
		const scored: { page: Prepared<D>; score: number }[] = [];
		for (const page of prepared) {
			let score = 0;
			for (const { word, stem } of terms) {
				const inTitle = count(page.title, word, 1) ? 20 : count(page.title, stem, 1) ? 10 : 0;
				const inHeadings = count(page.headings, word, 1) ? 6 : count(page.headings, stem, 1) ? 3 : 0;
				const whole = count(page.text, word, 5);
				const stems = count(page.text, stem, 10);
				if (!inTitle && !inHeadings && !stems) {
					score = 0;
					break;
				}
				score += inTitle + inHeadings + whole * 2 + Math.min(stems - whole, 5);
			}
			if (score > 0) scored.push({ page, score });
		}
		// Array sort is stable: equal scores keep the guide's order.
		scored.sort((a, b) => b.score - a.score);
		return scored.map(({ page }) => ({
			document: page.document,
			title: marked(page.document.title, terms),
			excerpt: excerpt(page, terms)
		}));
	};
}

/** Characters of context shown before a match, and the most an excerpt holds. */
const before = 60;
const longest = 180;

function excerpt(page: Prepared<SearchDocument>, terms: Term[]): Segment[] {
	// The longest word typed says most about what the reader wants; its whole form before its stem.
	const byLength = [...terms].sort((a, b) => b.word.length - a.word.length);
	let at = -1;
	for (const prefix of [...byLength.map((t) => t.word), ...byLength.map((t) => t.stem)]) {
		at = firstWordStart(page.text, prefix);
		if (at !== -1) break;
	}
	// Folding keeps line breaks, so the folded text has the same blocks as the text.
	const blockIndex = at === -1 ? 0 : countLineBreaks(page.text, at);
	const block = page.blocks[blockIndex] ?? '';
	let start = 0;
	if (at !== -1) {
		const { origins } = foldWithOrigins(block);
		const inBlock = at - (page.text.lastIndexOf('\n', at - 1) + 1);
		start = Math.max(0, (origins[inBlock] ?? 0) - before);
	}
	let end = Math.min(block.length, start + longest);
	if (end - start < longest) start = Math.max(0, end - longest);
	// Cut at spaces, never inside a word.
	if (start > 0) start = nextSpace(block, start);
	if (end < block.length) end = Math.max(start, block.lastIndexOf(' ', end));
	const passage = block.slice(start, end).trim();
	const segments = marked(passage, terms);
	if (start > 0) segments.unshift({ text: '… ', match: false });
	if (end < block.length) segments.push({ text: ' …', match: false });
	return segments;
}

function countLineBreaks(text: string, before: number): number {
	let lines = 0;
	for (let at = text.indexOf('\n'); at !== -1 && at < before; at = text.indexOf('\n', at + 1)) lines++;
	return lines;
}

function nextSpace(text: string, from: number): number {
	const space = text.indexOf(' ', from);
	return space === -1 ? from : space + 1;
}

/** The text in runs, with every word that starts with a term (or its stem) marked whole. */
export function marked(text: string, terms: Term[]): Segment[] {
	const { folded, origins } = foldWithOrigins(text);
	const ranges: [number, number][] = [];
	for (const { stem } of terms) {
		for (let at = folded.indexOf(stem); at !== -1; at = folded.indexOf(stem, at + 1)) {
			if (isWordCharacter(folded[at - 1])) continue;
			let end = at + stem.length;
			while (isWordCharacter(folded[end])) end++;
			ranges.push([origins[at] ?? 0, origins[end] ?? text.length]);
		}
	}
	ranges.sort((a, b) => a[0] - b[0]);
	const segments: Segment[] = [];
	let done = 0;
	for (const [from, to] of ranges) {
		if (to <= done) continue;
		const start = Math.max(from, done);
		if (start > done) segments.push({ text: text.slice(done, start), match: false });
		segments.push({ text: text.slice(start, to), match: true });
		done = to;
	}
	if (done < text.length) segments.push({ text: text.slice(done), match: false });
	return segments;
}
