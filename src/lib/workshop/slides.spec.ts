import { describe, expect, it } from 'vitest';
import { loadContent } from '$lib/content/loader';
import { readContentDir } from '$lib/content/vite-plugin';
import { readLinks } from '$lib/content/links.js';
import { toWorkshopCatalog, type CatalogItem } from '$lib/content/workshop-catalog';
import { appRoutes } from '$lib/content/app-routes';
import { buildSlides, chunkList, listBudget, scenarioCards } from './slides';
import { agendaTemplates } from './templates';

const pages = loadContent(readContentDir('content'), { appRoutes, links: readLinks('content/links.yaml') });
const catalog = toWorkshopCatalog(pages);
const en = catalog.en ?? [];
const find = (ref: string): CatalogItem | undefined => en.find((item) => item.ref === ref);
const metaOf = (route: string) => pages.find((p) => p.lang === 'en' && p.route === route)?.meta;
const agenda = (...refs: string[]) => ({ title: 'Session', date: '2026-12-01', items: refs.map((ref, i) => ({ id: `i${i}`, ref, minutes: 10, notes: '' })) });

describe('the workshop catalog', () => {
	it('offers the four norms questions, three aims, five steps, the causes, eight recommendations, 16 topics and 16 starters', () => {
		const count = (group: string) => en.filter((item) => item.group === group).length;
		expect(['norms', 'aims', 'steps', 'causes', 'recommendations', 'topics', 'starters'].map(count)).toEqual([4, 3, 5, 1, 8, 16, 16]);
	});

	it('lists the conversation starters under their two groups, each showing a page with a scenario', () => {
		const starters = en.filter((item) => item.group === 'starters');
		expect([...new Set(starters.map((s) => s.subgroup))]).toEqual(['At work', 'Work–life balance']);
		for (const starter of starters) expect(metaOf(starter.route)?.scenario, starter.ref).toBeTruthy();
		expect(find('group.starter.money')?.route).toBe('annex/topics/family/money');
		expect(find('group.starter.militarized-men')?.route).toBe('group/conversation-starters/militarized-men');
	});

	it('refers to items by stable ids and to whole pages by route, each once', () => {
		const refs = en.map((item) => item.ref);
		expect(new Set(refs).size).toBe(refs.length);
		expect(refs).toContain('think.norms.q1');
		expect(refs).toContain('aim.peers');
		expect(refs).toContain('plan/resistance');
		expect(refs).toContain('annex/topics/family/chores');
	});

	it('knows every item of the ready-made agendas', () => {
		for (const template of agendaTemplates) {
			for (const item of template.items) expect(find(item.ref), `${template.id}: ${item.ref}`).toBeDefined();
		}
	});
});

describe('buildSlides', () => {
	it('opens with the title and date, then shows a topic as its scenario and then one question per slide', () => {
		const slides = buildSlides(agenda('annex/topics/family/decisions'), find, metaOf, 'Untitled');
		const meta = metaOf('annex/topics/family/decisions');
		expect(slides[0]).toMatchObject({ kind: 'title', heading: 'Session', text: '2026-12-01', item: -1 });
		expect(slides[1]).toMatchObject({ kind: 'scenario', heading: meta?.title, text: meta?.scenario, item: 0 });
		expect(slides.slice(2).map((s) => s.heading)).toEqual(meta?.questions?.map((q) => q.prompt));
		expect(slides.slice(2).every((s) => s.kind === 'question')).toBe(true);
	});

	it('shows a conversation starter as the scenario and questions of the page it opens', () => {
		const slides = buildSlides(agenda('group.starter.what-women-want'), find, metaOf, 'Untitled');
		const meta = metaOf('group/conversation-starters/what-women-want');
		expect(slides[1]).toMatchObject({ kind: 'scenario', heading: meta?.title, text: meta?.scenario, group: 'starters' });
		expect(slides.slice(2).map((s) => s.heading)).toEqual(meta?.questions?.map((q) => q.prompt));
		expect(scenarioCards(agenda('group.starter.anger'), find, metaOf)[0]?.scenario).toBe(metaOf('annex/topics/wellbeing/anger')?.scenario);
	});

	it('shows a norms question after its explanation, in the order of the agenda', () => {
		const slides = buildSlides(agenda('think.norms.q2', 'think.norms.q1'), find, metaOf, 'Untitled');
		const questions = metaOf('think/norms')?.questions ?? [];
		expect(slides.slice(1).map((s) => [s.kind, s.item])).toEqual([
			['text', 0],
			['question', 0],
			['text', 1],
			['question', 1]
		]);
		expect(slides[2]?.heading).toBe(questions[1]?.prompt);
		expect(slides[4]?.heading).toBe(questions[0]?.prompt);
	});

	it('gives an aim, a step, the causes and a recommendation their own slides', () => {
		const slides = buildSlides(agenda('aim.peers', 'step.research', 'plan/resistance', 'rec.online'), find, metaOf, 'Untitled');
		expect(slides.filter((s) => s.item === 0).at(-1)).toMatchObject({ part: 'avoid' });
		expect(slides.filter((s) => s.item === 1).map((s) => s.part)).toEqual(['meaning', 'why', 'actions']);
		expect(slides.filter((s) => s.item === 2).flatMap((s) => s.list)).toHaveLength(metaOf('plan/resistance')?.causes?.length ?? -1);
		expect(slides.filter((s) => s.item === 3).map((s) => s.part)).toEqual(['do', 'dont']);
	});

	it('skips an item the guide no longer has, and names an untitled agenda', () => {
		const slides = buildSlides({ ...agenda('gone.item', 'aim.peers'), title: '  ' }, find, metaOf, 'Untitled');
		expect(slides[0]?.heading).toBe('Untitled');
		expect(slides.slice(1).every((s) => s.item === 1)).toBe(true);
	});
});

describe('chunkList', () => {
	it('keeps short lists on one slide and splits long ones without splitting an item', () => {
		expect(chunkList(['a', 'b'])).toEqual([['a', 'b']]);
		const long = ['x'.repeat(300), 'y'.repeat(300), 'z'.repeat(50)];
		expect(chunkList(long)).toEqual([[long[0]], [long[1], long[2]]]);
		expect(chunkList(['w'.repeat(listBudget * 2)])).toHaveLength(1);
	});
});

describe('scenarioCards', () => {
	it('makes one card per topic, with its questions, and ignores other items', () => {
		const cards = scenarioCards(agenda('think.norms.q1', 'annex/topics/family/chores'), find, metaOf);
		expect(cards).toHaveLength(1);
		expect(cards[0]?.scenario).toBe(metaOf('annex/topics/family/chores')?.scenario);
		expect(cards[0]?.questions.length).toBeGreaterThan(0);
	});
});
