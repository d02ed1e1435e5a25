import { beforeAll, describe, expect, it } from 'vitest';
import { guideFor, loadGuide } from '$lib/content/guide';
import { bookletPages } from './choices';
import { contentsOf } from './contents';

beforeAll(async () => {
	await loadGuide('en');
});

describe('contentsOf', () => {
	it('lists every page of the booklet once, in order, grouped by part, with the welcome page and the credits outside the parts', () => {
		const pages = bookletPages('en', 'guide');
		const groups = contentsOf(pages, guideFor('en').areas);
		expect(groups.map((g) => g.part)).toEqual([undefined, 'think', 'plan', 'act', 'annexes', undefined]);
		const routes = groups.flatMap((g) => g.lines.flatMap((line) => (line.kind === 'page' ? [line.route] : [])));
		expect(routes).toEqual(pages.map((p) => p.route));
	});

	it('names each area of Annex 2 once, above its topics', () => {
		const areas = guideFor('en').areas;
		const lines = contentsOf(bookletPages('en', 'annex2'), areas).flatMap((g) => g.lines);
		expect(lines.filter((line) => line.kind === 'area').map((line) => line.title)).toEqual(areas.map((a) => a.title));
		expect(lines[0]).toMatchObject({ kind: 'page', route: 'annex/topics' });
	});
});
