import { describe, expect, it } from 'vitest';
import { loadPlannerContent } from './planner-content';

// The first load builds the content index (reads, checks and typesets every page): seconds on a busy 2-core machine.
describe('loadPlannerContent', { timeout: 30_000 }, () => {
	it('takes the three aims, four levels and five causes from the English guide', async () => {
		const content = await loadPlannerContent('en');
		expect(content.aims.map((a) => a.id)).toEqual(['aim.awareness', 'aim.leadership', 'aim.peers']);
		expect(content.levels.map((l) => l.id)).toEqual([
			'level.individual',
			'level.relationships',
			'level.community',
			'level.society'
		]);
		expect(content.causes).toHaveLength(5);
	});

	it('offers the 16 Annex 2 topics in 5 areas, each linked to its page', async () => {
		const { topics } = await loadPlannerContent('en');
		expect(topics).toHaveLength(5);
		const choices = topics.flatMap((group) => group.choices);
		expect(choices).toHaveLength(16);
		expect(choices).toContainEqual({
			id: 'annex2.family.fatherhood',
			label: expect.any(String),
			href: '/en/annex/topics/family/fatherhood/'
		});
	});

	it('links each planning step to its place on the five steps page', async () => {
		const { guide } = await loadPlannerContent('en');
		expect(guide.allies.href).toBe('/en/plan/five-steps/#step.allies');
		expect(guide.funding.href).toBe('/en/plan/five-steps/#step.funding');
		expect(guide.resistance.href).toBe('/en/plan/resistance/');
	});

	it('fails with a clear message for a language the guide does not have', async () => {
		await expect(loadPlannerContent('xx')).rejects.toThrow('xx');
	});
});
