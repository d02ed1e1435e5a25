import { describe, expect, it } from 'vitest';
import { appRoutes } from '../../src/lib/content/app-routes';
import { readLinks } from '../../src/lib/content/links.js';
import { loadContent } from '../../src/lib/content/loader';
import { readContentDir } from '../../src/lib/content/vite-plugin';

const pages = loadContent(readContentDir('content'), { appRoutes, links: readLinks('content/links.yaml') });
const english = pages.filter((p) => p.lang === 'en');
const one = (route: string) => {
	const page = english.find((p) => p.route === route);
	if (!page) throw new Error(`no page ${route}`);
	return page.meta;
};

describe('the English guide', () => {
	it('has the four questions of the gender norms exercise, each with its explanation', () => {
		const questions = one('think/norms').questions ?? [];
		expect(questions.map((q) => q.id)).toEqual(['think.norms.q1', 'think.norms.q2', 'think.norms.q3', 'think.norms.q4']);
		expect(questions.every((q) => q.intro)).toBe(true);
	});

	it('has three aims, each with what to do and what to avoid', () => {
		const aims = one('think/aims').aims ?? [];
		expect(aims).toHaveLength(3);
		expect(aims.every((a) => a.do.length > 0 && a.avoid)).toBe(true);
	});

	it('has five planning steps with meaning, reason and actions', () => {
		const steps = one('plan/five-steps').steps ?? [];
		expect(steps.map((s) => s.id)).toEqual(['step.research', 'step.allies', 'step.topics', 'step.strategy', 'step.funding']);
		expect(steps.every((s) => s.meaning && s.why && s.actions.length >= 3)).toBe(true);
	});

	it('has five causes of resistance and eight recommendations with a do and a don\'t', () => {
		expect(one('plan/resistance').causes).toHaveLength(5);
		const recommendations = one('act/recommendations').recommendations ?? [];
		expect(recommendations).toHaveLength(8);
		expect(recommendations.every((r) => r.do && r.dont)).toBe(true);
	});

	it('has four socio-ecological levels with example initiatives', () => {
		const levels = one('annex/socio-ecological-model').levels ?? [];
		expect(levels).toHaveLength(4);
		expect(levels.flatMap((l) => l.examples)).toHaveLength(7);
	});

	it('has 16 discussion topics in 5 areas, each with a scenario and questions', () => {
		const areas = one('annex/topics').areas ?? [];
		expect(areas).toHaveLength(5);
		const topics = english.filter((p) => p.meta.section === 'annex2' && p.meta.area);
		expect(topics).toHaveLength(16);
		expect(new Set(topics.map((t) => t.meta.area))).toEqual(new Set(areas.map((a) => a.id)));
		for (const topic of topics) {
			expect(topic.meta.scenario, topic.file).toBeTruthy();
			expect(topic.meta.questions?.length, topic.file).toBeGreaterThan(0);
			const prefix = `annex2.${topic.meta.area}.${topic.route.split('/').at(-1)}.q`;
			expect(topic.meta.questions?.every((q) => q.id.startsWith(prefix)), topic.file).toBe(true);
		}
	});

	it('keeps every link group of the further reading list', () => {
		const groups = one('further-reading').readingGroups ?? [];
		expect(groups.map((g) => g.links.length)).toEqual([4, 4, 4, 2, 1]);
	});
});
