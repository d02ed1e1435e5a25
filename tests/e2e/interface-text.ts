import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { typesetMessages } from '../../src/lib/server/typography.js';

type Messages = Record<string, unknown>;
/** A language's messages as the build shows them: with its typography (quotes, no-break spaces). */
const read = (lang: string) => typesetMessages(JSON.parse(readFileSync(`messages/${lang}.json`, 'utf8')), lang) as Messages;

/** Every text of a message, its plural variants included, as plain strings. */
function texts(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(texts);
	if (value && typeof value === 'object' && 'match' in value) return Object.values((value as { match: object }).match).flatMap(texts);
	return [];
}

/**
 * The pieces of another language's UI text that must not show on a page in `lang`: each message cut at its
 * placeholders, keeping pieces long enough to be telling. Messages that are the same in both (the name Birge) are
 * left out.
 */
export function foreignPieces(lang: string, other = 'en'): string[] {
	const foreign = read(other);
	const own = read(lang);
	return Object.keys(foreign)
		.filter((key) => key !== '$schema' && JSON.stringify(foreign[key]) !== JSON.stringify(own[key]))
		.flatMap((key) => texts(foreign[key]))
		.flatMap((text) => text.split(/\{[^}]*\}/))
		.map((piece) => piece.trim())
		// Single short words (Plan, Step) also stand in English book titles and programme names the guide cites.
		.filter((piece) => /\p{L}{3}/u.test(piece) && (/\s/.test(piece) || piece.length >= 8));
}

/**
 * Which of `pieces` the page shows as interface text: outside the guide's own prose (where a cited title may stand)
 * and outside text marked as another language (a page not translated yet shows its English text with lang="en").
 */
export async function shownPieces(page: Page, pieces: string[]): Promise<string[]> {
	const text = await page.evaluate(() => {
		const copy = document.body.cloneNode(true) as HTMLElement;
		const lang = document.documentElement.lang;
		copy.querySelectorAll('.prose, .reading-group, script, style, [hidden]').forEach((el) => el.remove());
		copy.querySelectorAll('[lang]').forEach((el) => el.getAttribute('lang') !== lang && el.remove());
		document.body.append(copy);
		const text = copy.innerText;
		copy.remove();
		return text;
	});
	const escape = (piece: string) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	// A plain substring search first: hundreds of pieces per page, and only the few found need the word-edge check.
	return pieces.filter((piece) => text.includes(piece) && new RegExp(`(^|[^\\p{L}])${escape(piece)}($|[^\\p{L}])`, 'u').test(text));
}
