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

describe('the group guide (from the OSCE toolkit)', () => {
	const group = english.filter((p) => ['group', 'group-steps', 'group-starters', 'group-reading'].includes(p.meta.section));

	it('puts the four safeguards on its start page, before the steps', () => {
		const start = one('group');
		expect(start.section).toBe('group');
		expect(start.safeguards?.map((s) => s.id)).toEqual([
			'group.safeguard.open',
			'group.safeguard.respect',
			'group.safeguard.allyship',
			'group.safeguard.women-first'
		]);
	});

	it('has the five steps in order, each with do\'s and don\'ts and questions to decide', () => {
		const steps = group.filter((p) => p.meta.section === 'group-steps');
		expect(steps.map((p) => p.route)).toEqual(['group/premise', 'group/foundations', 'group/launch', 'group/coordination', 'group/activities']);
		for (const step of steps) {
			const name = step.route.split('/')[1];
			const practices = step.meta.practices ?? [];
			expect(practices.length, step.file).toBeGreaterThan(0);
			expect(practices.every((p) => p.do.length > 0 && p.dont.length > 0), step.file).toBe(true);
			expect(step.meta.questions?.length, step.file).toBeGreaterThanOrEqual(4);
			expect(step.meta.questions?.every((q) => q.id.startsWith(`group.${name}.q`)), step.file).toBe(true);
		}
	});

	it('keeps every do and don\'t of the toolkit, theme by theme', () => {
		const counts = (route: string) => (one(route).practices ?? []).map((p) => [p.do.length, p.dont.length]);
		// Counted in ../shared/source/toolkit-men-for-gender-equality-groups.txt: [do's, don'ts] per theme.
		expect(counts('group/premise')).toEqual([[2, 1], [1, 1], [6, 4]]);
		expect(counts('group/foundations')).toEqual([[3, 2], [2, 1], [2, 1]]);
		expect(counts('group/launch')).toEqual([[1, 2], [2, 2]]);
		expect(counts('group/coordination')).toEqual([[3, 2], [4, 2], [1, 2], [2, 2]]);
		expect(counts('group/activities')).toEqual([[3, 2], [4, 2], [3, 1]]);
	});

	it('has 16 conversation starters in 2 groups, each opening an Annex 2 topic or a scenario of Birge\'s own', () => {
		const groups = one('group/conversation-starters').starterGroups ?? [];
		expect(groups.map((g) => [g.id, g.starters.length])).toEqual([['work', 9], ['life', 7]]);
		const starters = groups.flatMap((g) => g.starters);
		expect(new Set(starters.map((s) => s.id)).size).toBe(16);
		const linked = starters.filter((s) => one(s.topic).section === 'annex2');
		const own = starters.filter((s) => one(s.topic).origin === 'birge');
		expect(linked.length + own.length).toBe(16);
		expect(new Set(linked.map((s) => s.topic)).size).toBe(linked.length);
		for (const starter of linked) expect(one(starter.topic).scenario, starter.id).toBeTruthy();
		expect(own.map((s) => s.id)).toEqual(['group.starter.what-women-want', 'group.starter.militarized-men']);
		for (const starter of own) {
			const page = one(starter.topic);
			expect(page.section, starter.id).toBe('group-starters');
			expect(page.scenario, starter.id).toBeTruthy();
			expect(page.questions?.length, starter.id).toBeGreaterThanOrEqual(2);
			expect(page.questions?.length, starter.id).toBeLessThanOrEqual(3);
		}
	});

	it('keeps every item of the toolkit\'s further reading', () => {
		const groups = one('group/further-reading').readingGroups ?? [];
		expect(groups.map((g) => g.links.length)).toEqual([3, 2, 5, 1]);
		const titles = groups.flatMap((g) => g.links.map((l) => l.title)).join('\n');
		for (const item of [
			/EIGE Gender Equality Index, 2021/,
			/UN Women/,
			/Action Plan for the Promotion of Gender Equality, 2004/,
			/ILO Convention No\. 190/,
			/Istanbul Convention/,
			/Now and Men Podcast, 2021/,
			/X&Y/,
			/MenEngage Alliance/,
			/Men in focus \(Our Watch, 2019\)/,
			/Men for Gender Equality Group/,
			/State of the World's Fathers, 2021/
		]) {
			expect(titles).toMatch(item);
		}
	});
});
