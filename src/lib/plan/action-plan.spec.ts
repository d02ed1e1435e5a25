import { describe, expect, it } from 'vitest';
import type { PlannerContent } from '$lib/workbook/planner-content';
import { stepForAnchor } from '$lib/workbook/planner-steps';
import { buildActionPlan, labelled, planSectionIds, type ActionPlan, type PlanBlock, type PlanSources } from './action-plan';
import { planToMarkdown, planToText } from './plan-text';
import { parseSectionChoice } from './section-choice';

const link = (title: string) => ({ href: `/en/guide#${title}`, title });
const content: PlannerContent = {
	aims: [
		{ id: 'aim.awareness', label: 'Raise awareness' },
		{ id: 'aim.peers', label: 'Engage peers' }
	],
	levels: [{ id: 'level.community', label: 'Community' }],
	levelDetails: [],
	causes: [{ id: 'cause.peers', label: 'Pressure from peers.' }],
	topics: [{ id: 'family', legend: 'Family', choices: [{ id: 'annex2.family.fatherhood', label: 'Fatherhood' }] }],
	guide: {
		aims: link('Aims'),
		research: link('Research'),
		levels: link('Levels'),
		allies: link('Find allies'),
		topics: link('Topics'),
		strategy: link('Strategy'),
		funding: link('Funding'),
		resistance: link('Resistance')
	}
};

const empty: PlanSources = {
	lang: 'en',
	today: '2026-03-05',
	answers: new Map(),
	selections: {},
	targetGroups: [],
	allies: [],
	activities: [],
	harmChecks: [],
	referrals: [],
	partners: [],
	checkIns: [],
	content
};

const filled: PlanSources = {
	...empty,
	answers: new Map([
		['planner.initiative', 'Fathers of Osh'],
		['planner.aims.why', 'No place to talk.'],
		['planner.messenger', 'The coach'],
		['plan.approach.q3', 'The football club'],
		['planner.strategy.objectives', 'Ten talks by spring'],
		['planner.funding.budget', '300 dollars'],
		['planner.resistance.response', 'Listen first'],
		['plan.accountability.q1', 'The women’s centre'],
		['planner.action1.what', 'Book the hall'],
		['planner.action1.due', '2026-03-20'],
		['planner.action2.what', 'Call the coach'],
		['planner.action2.due', 'soon'],
		['planner.action3.due', '2026-02-30']
	]),
	selections: {
		aims: { values: ['aim.peers', 'aim.awareness', 'aim.retired'], own: ['Fathers share the school run'] },
		levels: { values: ['level.community'], own: [] },
		causes: { values: ['cause.peers'], own: [] },
		topics: { values: ['annex2.family.fatherhood'], own: ['Household budgets'] }
	},
	targetGroups: [{ id: 'g', name: 'Club members', level: 'level.community', age: '16–24', place: 'Osh', whereWhen: '', barriers: 'Shy', motivators: '', updatedAt: 1 }],
	allies: [{ id: 'a', name: 'Nur youth centre', kind: 'youth-group', level: 'level.society', role: 'Lends a room', contact: 'Aida', updatedAt: 1 }],
	referrals: [
		{ id: 'r2', name: 'Helpline', kind: 'hotline', phone: '+996 312 00', address: '', hours: '24/7', notes: '', checkedOn: '', updatedAt: 1 },
		{ id: 'r1', name: 'Clinic', kind: 'medical', phone: '', address: 'Chui 12', hours: '', notes: 'Free | fast', checkedOn: '2026-01-10', updatedAt: 1 }
	],
	activities: [
		{ id: 'act-film', name: 'Film night', level: 'level.relationships', when: 'May', description: 'Fathers and sons', updatedAt: 1 },
		{ id: 'act-match', name: 'Football and talk', level: '', when: '', description: '', updatedAt: 1 }
	],
	harmChecks: [
		{
			id: 'initiative',
			items: [
				{ id: 'harm.referrals', status: 'done', note: '' },
				{ id: 'harm.consent', status: 'not-relevant', note: 'No photos, no names' }
			],
			updatedAt: 1
		},
		{ id: 'act-gone', items: [{ id: 'harm.safe-space', status: 'done', note: '' }], updatedAt: 1 }
	],
	partners: [{ id: 'p', name: 'Women’s centre', contact: 'Gulnara', updatedAt: 1 }],
	checkIns: [{ id: 'c', partnerId: 'p', date: '2026-02-01', said: 'Invite mothers too', change: 'One mixed session', updatedAt: 1 }]
};

/** Every text a block shows, flattened, to check what the plan holds regardless of layout. */
function texts(block: PlanBlock): string[] {
	switch (block.kind) {
		case 'answer':
			return [block.label, block.text];
		case 'list':
			return [block.label, ...block.items];
		case 'records':
			return [block.label, ...block.records.flatMap((r) => [r.title, ...r.fields.flatMap((f) => [f.label, f.value])])];
		case 'table':
			return [block.label, ...block.columns, ...block.rows.flatMap((row) => row.map((c) => c.value))];
		case 'group':
			return [block.heading, ...(block.empty ? [block.empty] : []), ...block.blocks.flatMap(texts)];
	}
}

const sectionTexts = (plan: ActionPlan, id: string) => plan.sections.find((s) => s.id === id)?.blocks.flatMap(texts) ?? [];

describe('the action plan', () => {
	it('is titled with the initiative and dated today', () => {
		const plan = buildActionPlan(filled);
		expect(plan.title).toBe('Fathers of Osh');
		expect(plan.named).toBe(true);
		expect(plan.dateLine).toBe('As of Mar 5, 2026');
	});

	it('has a neutral title when the initiative has no name yet', () => {
		const plan = buildActionPlan(empty);
		expect(plan.title).toBe('My initiative');
		expect(plan.named).toBe(false);
	});

	it('keeps every section of an empty workbook, each saying where to fill it in', () => {
		const plan = buildActionPlan(empty);
		expect(plan.sections.map((s) => s.id)).toEqual([...planSectionIds]);
		for (const section of plan.sections.filter((s) => s.id !== 'do-no-harm')) {
			expect(section.blocks, section.id).toEqual([]);
			expect(section.fillIn?.href).toMatch(/^\/en\//);
		}
		// Nothing is checked yet, so every point of the initiative's do-no-harm check is still to do.
		const harm = plan.sections.find((s) => s.id === 'do-no-harm')!;
		expect(harm.blocks).toHaveLength(1);
		expect(harm.blocks.flatMap(texts).slice(0, 3)).toEqual(['The whole initiative', 'Still to do', 'A safe and confidential space, online too']);
		expect(harm.blocks.flatMap(texts)).toHaveLength(2 + 7);
		expect(plan.sections.find((s) => s.id === 'referrals')?.fillIn?.href).toBe('/en/workbook/referrals/');
		expect(plan.sections.find((s) => s.id === 'aims')?.fillIn?.href).toBe('/en/workbook/plan/#planner-aims-heading');
		expect(plan.sections.find((s) => s.id === 'resistance')?.fillIn?.href).toBe('/en/workbook/plan/#planner-resistance-heading');
	});

	it('links each empty part into the step of the planner that holds it', () => {
		const intoPlanner = buildActionPlan(empty)
			.sections.flatMap((section) => section.fillIn?.href ?? [])
			.filter((href) => href.startsWith('/en/workbook/plan/#'));
		expect(intoPlanner.length).toBeGreaterThanOrEqual(8);
		const steps = intoPlanner.map((href) => stepForAnchor(href.split('#')[1]!));
		expect(steps).toEqual([1, 2, 3, 3, 5, 3, 7, 8]);
	});

	it('lists chosen aims in the guide’s order, keeps an id this guide does not know, and adds the user’s own', () => {
		const aims = sectionTexts(buildActionPlan(filled), 'aims');
		expect(aims).toEqual([
			'Chosen aims',
			'Raise awareness',
			'Engage peers',
			'aim.retired',
			'Aims in your own words',
			'Fathers share the school run',
			'Why did you choose these aims?',
			'No place to talk.'
		]);
	});

	it('shows every value typed in the workbook somewhere in the plan', () => {
		const all = buildActionPlan(filled).sections.flatMap((s) => s.blocks.flatMap(texts));
		const typed = [
			'Club members', '16–24', 'Osh', 'Shy', 'The coach', 'Community', 'The football club', 'Fatherhood', 'Household budgets',
			'Ten talks by spring', '300 dollars', 'Nur youth centre', 'Youth group', 'Lends a room', 'Aida', 'Pressure from peers.',
			'Listen first', 'Helpline', '+996 312 00', '24/7', 'Clinic', 'Chui 12', 'Free | fast', 'Jan 10, 2026', 'The women’s centre',
			'Women’s centre', 'Gulnara', 'Feb 1, 2026', 'Invite mothers too', 'One mixed session', 'Book the hall', 'Mar 20, 2026',
			'Call the coach'
		];
		for (const value of typed) expect(all, value).toContain(value);
	});

	it('lists the five steps with what was decided, and marks the ones still open', () => {
		const steps = buildActionPlan(filled).sections.find((s) => s.id === 'steps')!.blocks;
		expect(steps.map((b) => (b.kind === 'group' ? b.heading : ''))).toEqual([
			'Step 1: Research',
			'Step 2: Find allies',
			'Step 3: Topics',
			'Step 4: Strategy',
			'Step 5: Funding'
		]);
		// The allies have a section of their own: the step points there instead of listing them again...
		expect(steps[1]!.kind === 'group' && steps[1]!.blocks.flatMap(texts)).toContain('Listed in section 6, Allies.');
		expect(steps[1]!.kind === 'group' && steps[1]!.blocks.flatMap(texts)).not.toContain('Nur youth centre');
		// ...and lists them when that section is left out of the plan.
		const withoutAllies = buildActionPlan(filled, ['steps']).sections[0]!.blocks[1]!;
		expect(withoutAllies.kind === 'group' && withoutAllies.blocks.flatMap(texts)).toContain('Nur youth centre');
		const withoutStrategy = buildActionPlan({ ...filled, answers: new Map([['planner.funding.budget', '300 dollars']]) });
		const open = withoutStrategy.sections.find((s) => s.id === 'steps')!.blocks[3]!;
		expect(open).toMatchObject({ kind: 'group', heading: 'Step 4: Strategy', blocks: [], empty: 'Not decided\u00a0yet.' });
	});

	it('sorts the referral list by kind of help, in a table with readable dates', () => {
		const [table] = buildActionPlan(filled).sections.find((s) => s.id === 'referrals')!.blocks;
		expect(table?.kind).toBe('table');
		if (table?.kind !== 'table') return;
		expect(table.columns[0]).toBe('Name of the service');
		expect(table.rows.map((row) => row[0]!.value)).toEqual(['Clinic', 'Helpline']);
		expect(table.rows[0]!.at(-1)!.value).toBe('Jan 10, 2026');
	});

	it('lists first actions with their dates, and an impossible or missing date as no date', () => {
		const [table] = buildActionPlan(filled).sections.find((s) => s.id === 'first-actions')!.blocks;
		if (table?.kind !== 'table') throw new Error('expected a table');
		expect(table.rows.map((row) => row.map((c) => c.value))).toEqual([
			['Book the hall', 'Mar 20, 2026'],
			['Call the coach', 'no date']
		]);
	});

	it('shows what is planned at each level, inner to outer, and says which levels are still empty', () => {
		const levels = buildActionPlan(filled).sections.find((s) => s.id === 'levels')!.blocks;
		expect(levels.map((b) => (b.kind === 'group' ? [b.heading, b.empty ?? b.blocks.flatMap(texts).join(' | ')] : []))).toEqual([
			['1. Individual', 'Nothing at individual level yet'],
			['2. Relationships', 'Activities | Film night — May'],
			['3. Community', 'Target groups | Club members'],
			['4. Society', 'Allies | Nur youth centre'],
			['Not placed at a level yet', 'Activities | Football and talk']
		]);
	});

	it('lists the do-no-harm points still to do for the initiative and each activity, then what is settled', () => {
		const harm = buildActionPlan(filled).sections.find((s) => s.id === 'do-no-harm')!.blocks;
		expect(harm.map((b) => (b.kind === 'group' ? b.heading : ''))).toEqual([
			'The whole initiative',
			'Activity: Film night',
			'Activity: Football and talk'
		]);
		const initiative = harm[0]!.kind === 'group' ? harm[0]!.blocks : [];
		expect(initiative).toEqual([
			{
				kind: 'list',
				label: 'Still to do',
				items: [
					'A safe and confidential space, online too',
					'Women’s organisations consulted and kept informed',
					'Nothing makes men’s power over women stronger',
					'Not a closed men-only network',
					'A plan for when someone tells of violence'
				]
			},
			{ kind: 'list', label: 'Done', items: ['The referral list is ready and shared privately'] },
			{ kind: 'list', label: 'Not relevant', items: ['Consent and anonymity of participants (No photos, no names)'] }
		]);
	});

	it('numbers only the chosen sections, in plan order', () => {
		const plan = buildActionPlan(filled, ['referrals', 'aims']);
		expect(plan.sections.map((s) => [s.number, s.id])).toEqual([
			[1, 'aims'],
			[2, 'referrals']
		]);
	});
});

describe('the plan as text', () => {
	it('keeps the title, the numbered headings and the values', () => {
		const text = planToText(buildActionPlan(filled, ['aims', 'referrals', 'first-actions']), 'Nothing yet.');
		expect(text).toContain('Fathers of Osh\nAs of Mar 5, 2026');
		expect(text).toContain('1. AIMS\n\nChosen aims\n  • Raise awareness');
		expect(text).toContain('2. REFERRAL LIST');
		expect(text).toContain('  • Clinic\n    Kind of help: Medical');
		expect(text).toContain('  • Book the hall\n    Done by: Mar 20, 2026');
	});

	it('says so under a section with nothing in it', () => {
		expect(planToText(buildActionPlan(empty, ['allies']), 'Nothing yet.')).toContain('1. ALLIES\n\nNothing yet.');
	});
});

describe('the plan as Markdown', () => {
	it('has headings, lists and a table, with the user’s words escaped', () => {
		const markdown = planToMarkdown(buildActionPlan(filled, ['aims', 'referrals']), 'Nothing yet.');
		expect(markdown.startsWith('# Fathers of Osh\n\n_As of Mar 5, 2026_\n\n## 1. Aims')).toBe(true);
		expect(markdown).toContain('- Raise awareness');
		expect(markdown).toContain('| Name of the service | Kind of help |');
		expect(markdown).toContain('| --- |');
		expect(markdown).toContain('Free \\| fast');
	});

	it('keeps text that looks like Markdown as the user typed it', () => {
		const sources = { ...empty, answers: new Map([['planner.aims.why', '# not a heading\n1. not a list *really*']]) };
		const markdown = planToMarkdown(buildActionPlan(sources, ['aims']), '');
		expect(markdown).toContain('\\# not a heading  \n1\\. not a list \\*really\\*');
	});
});

describe('the section choice', () => {
	it('is every section the first time and after a broken value', () => {
		expect(parseSectionChoice(null)).toEqual([...planSectionIds]);
		expect(parseSectionChoice('{')).toEqual([...planSectionIds]);
		expect(parseSectionChoice('"referrals"')).toEqual([...planSectionIds]);
	});

	it('keeps only known sections, in plan order', () => {
		expect(parseSectionChoice('["referrals","gone","aims"]')).toEqual(['aims', 'referrals']);
		expect(parseSectionChoice('[]')).toEqual([]);
	});
});

describe('a field with its label', () => {
	it('gets a colon, unless the label is a question', () => {
		expect(labelled('Age', '16')).toBe('Age: 16');
		expect(labelled('Where can you reach them?', 'After training')).toBe('Where can you reach them? After training');
	});
});
