import { describe, expect, it } from 'vitest';
import { levelIds } from '$lib/store/levels';
import { levelOptions, placeByLevel, placementName, type Placed } from './levels';

const placed = (store: Placed['store'], id: string, name: string, level: string): Placed => ({ store, id, name, level });

describe('placing records at the levels of the socio-ecological model', () => {
	it('gathers what sits at each level, inner to outer, by kind and by name', () => {
		const { levels, unplaced } = placeByLevel([
			placed('allies', 'a2', 'Youth centre', 'level.community'),
			placed('targetGroups', 'g1', 'Fathers', 'level.relationships'),
			placed('allies', 'a1', 'Imam', 'level.community'),
			placed('activities', 'c1', 'Film night', 'level.community'),
			placed('targetGroups', 'g2', 'Students', '')
		]);
		expect(levels.map((l) => [l.level, l.number, l.count])).toEqual([
			['level.individual', 1, 0],
			['level.relationships', 2, 1],
			['level.community', 3, 3],
			['level.society', 4, 0]
		]);
		const community = levels[2]!;
		expect(community.byKind.allies.map((r) => r.name)).toEqual(['Imam', 'Youth centre']);
		expect(community.byKind.activities.map((r) => r.name)).toEqual(['Film night']);
		expect(community.byKind.targetGroups).toEqual([]);
		expect(unplaced.map((r) => r.id)).toEqual(['g2']);
	});

	it('treats a level this version does not know as not placed, so it can be placed again', () => {
		const { levels, unplaced } = placeByLevel([placed('allies', 'a', 'Ministry', 'level.planet')]);
		expect(levels.every((l) => l.count === 0)).toBe(true);
		expect(unplaced).toHaveLength(1);
	});

	it('offers "not placed yet" and the four levels in the record forms', () => {
		expect(levelOptions().map((o) => o.value)).toEqual(['', ...levelIds]);
		expect(levelOptions().map((o) => o.label)).toEqual(['Not placed yet', 'Individual', 'Relationships', 'Community', 'Society']);
		expect(placementName('level.society')).toBe('Society');
		expect(placementName('')).toBe('not placed yet');
	});
});

describe('the levels the store knows', () => {
	it('are the levels of Annex 1 in every language, in the same order', async () => {
		const { readFileSync, readdirSync, existsSync } = await import('node:fs');
		const langs = readdirSync('content', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
		for (const lang of langs) {
			const file = `content/${lang}/annex/socio-ecological-model.md`;
			if (!existsSync(file)) continue;
			const ids = [...readFileSync(file, 'utf8').matchAll(/^\s+- id: (level\.[a-z-]+)$/gm)].map((match) => match[1]);
			expect(ids, file).toEqual([...levelIds]);
		}
	});
});
