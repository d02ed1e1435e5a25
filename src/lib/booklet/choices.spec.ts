import { beforeAll, describe, expect, it } from 'vitest';
import { loadGuide } from '$lib/content/guide';
import { bookletChoices, bookletPages, isBookletChoice } from './choices';

beforeAll(async () => {
	await loadGuide('en');
});

describe('bookletPages', () => {
	it('prints the whole guide in the order of the wizard, from the welcome page to Annex 2, then the credits', () => {
		const pages = bookletPages('en', 'guide');
		expect(pages[0]?.section).toBe('welcome');
		expect(pages.at(-1)?.route).toBe('about');
		expect(pages.map((p) => p.section).filter((s, i, all) => s !== all[i - 1])).toEqual([
			'welcome',
			'think',
			'plan',
			'act',
			'reading',
			'annex1',
			'annex2',
			'about'
		]);
		expect(pages.some((p) => p.route === 'privacy')).toBe(false);
	});

	it('prints the second guide whole, from its start page through its parts, then the credits', () => {
		const pages = bookletPages('en', 'group');
		expect(pages[0]?.section).toBe('group');
		expect(pages.at(-1)?.route).toBe('about');
		expect(new Set(pages.slice(1, -1).map((p) => p.section))).toEqual(new Set(['group-steps', 'group-starters', 'group-reading']));
	});

	it('prints one part as only that part’s pages, and every page of both guides is in a whole booklet', () => {
		const whole = [...bookletPages('en', 'guide'), ...bookletPages('en', 'group')].map((p) => p.route);
		for (const choice of bookletChoices.filter((c) => c !== 'guide' && c !== 'group')) {
			const part = bookletPages('en', choice);
			expect(part.length, choice).toBeGreaterThan(0);
			expect(part.every((p) => p.section === choice)).toBe(true);
			for (const page of part) expect(whole).toContain(page.route);
		}
		expect(bookletPages('en', 'annex2')).toHaveLength(17);
	});

	it('knows its choices by name and nothing else', () => {
		expect(isBookletChoice('plan')).toBe(true);
		expect(isBookletChoice('about')).toBe(false);
		expect(isBookletChoice(null)).toBe(false);
	});
});
