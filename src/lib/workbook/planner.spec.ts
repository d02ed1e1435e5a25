import { describe, expect, it } from 'vitest';
import type { PageSummary } from '$lib/content/loader';
import { byName, inShownOrder, topicChoiceId, topicGroups, withChoice } from './planner';

const topic = (area: string, name: string, title: string): PageSummary => ({
	file: `en/annex/topics/${area}/${name}.md`,
	route: `annex/topics/${area}/${name}`,
	href: `/en/annex/topics/${area}/${name}/`,
	section: 'annex2',
	title,
	area,
	questionIds: []
});

describe('topicChoiceId', () => {
	it('names a topic by its area and file, the same in every language', () => {
		expect(topicChoiceId('annex/topics/family/fatherhood')).toBe('annex2.family.fatherhood');
		expect(topicChoiceId('annex/topics/wellbeing/mental-health')).toBe('annex2.wellbeing.mental-health');
	});

	it('refuses a route that is not an Annex 2 topic, naming it', () => {
		expect(() => topicChoiceId('annex/topics')).toThrow('"annex/topics"');
		expect(() => topicChoiceId('plan/resistance')).toThrow('plan/resistance');
	});
});

describe('topicGroups', () => {
	const pages = [topic('family', 'chores', 'Chores'), topic('family', 'money', 'Money'), topic('economy', 'climate', 'Climate')];
	const topicsOf = (area: string) => pages.filter((p) => p.area === area);

	it('groups topics under their area in the order of the areas, with a link to each topic', () => {
		const groups = topicGroups(
			[
				{ id: 'family', title: 'Family life' },
				{ id: 'economy', title: 'Economy' }
			],
			topicsOf
		);
		expect(groups).toEqual([
			{
				id: 'family',
				legend: 'Family life',
				choices: [
					{ id: 'annex2.family.chores', label: 'Chores', href: '/en/annex/topics/family/chores/' },
					{ id: 'annex2.family.money', label: 'Money', href: '/en/annex/topics/family/money/' }
				]
			},
			{
				id: 'economy',
				legend: 'Economy',
				choices: [{ id: 'annex2.economy.climate', label: 'Climate', href: '/en/annex/topics/economy/climate/' }]
			}
		]);
	});

	it('leaves out an area that has no topics, so no empty fieldset is shown', () => {
		expect(topicGroups([{ id: 'workplace', title: 'Work' }], topicsOf)).toEqual([]);
	});
});

describe('withChoice', () => {
	const order = ['aim.a', 'aim.b', 'aim.c'];

	it('adds a ticked option in the order the options are shown, not the order they were ticked', () => {
		expect(withChoice(['aim.c'], { id: 'aim.a', chosen: true, order })).toEqual(['aim.a', 'aim.c']);
	});

	it('removes a cleared option', () => {
		expect(withChoice(['aim.a', 'aim.b'], { id: 'aim.a', chosen: false, order })).toEqual(['aim.b']);
	});

	it('does not add an option twice', () => {
		expect(withChoice(['aim.b'], { id: 'aim.b', chosen: true, order })).toEqual(['aim.b']);
	});

	it('keeps ids this page does not show, so a choice saved by another version survives', () => {
		expect(withChoice(['aim.old', 'aim.b'], { id: 'aim.a', chosen: true, order })).toEqual(['aim.a', 'aim.b', 'aim.old']);
	});
});

describe('byName and inShownOrder', () => {
	const r = (id: string, name: string) => ({ id, name });

	it('sorts by name without caring about case, and puts records without a name last', () => {
		const sorted = [r('1', ''), r('2', 'zarina'), r('3', 'Aibek'), r('4', '  ')].sort(byName);
		expect(sorted.map((x) => x.id)).toEqual(['3', '2', '1', '4']);
	});

	it('keeps records where the user sees them, even after a rename', () => {
		const fresh = [r('a', 'Zhanna'), r('b', 'Bolat')];
		expect(inShownOrder(['a', 'b'], fresh).map((x) => x.id)).toEqual(['a', 'b']);
	});

	it('drops deleted records and adds new ones at the end, by name', () => {
		const fresh = [r('b', 'Bolat'), r('n2', 'Zere'), r('n1', 'Asel')];
		expect(inShownOrder(['a', 'b'], fresh).map((x) => x.id)).toEqual(['b', 'n1', 'n2']);
	});

	it('sorts everything by name the first time, when nothing is shown yet', () => {
		expect(inShownOrder([], [r('1', 'Marat'), r('2', 'Dana')]).map((x) => x.name)).toEqual(['Dana', 'Marat']);
	});
});
