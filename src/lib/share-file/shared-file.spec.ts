import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildActionPlan, planSectionIds, type PlanSources } from '$lib/plan/action-plan';
import { backupFormat, parseBackup } from '$lib/store/backup';
import { databaseVersion } from '$lib/store/db';
import { listLimits, maxItemMinutes, textLimits } from '$lib/store/limits';
import type { Agenda, Answer } from '$lib/store/schema';
import type { PlannerContent } from '$lib/workbook/planner-content';
import { planRecordsFor, planSourcesOf, type PlanRecords } from './plan-data';
import { agendaFile, parseSharedFile, planFile, scenarioCardsFile, sharedFileName, sharedFormat } from './shared-file';

const link = (title: string) => ({ href: `/en/guide#${title}`, title });
const content: PlannerContent = {
	aims: [{ id: 'aim.peers', label: 'Engage peers' }],
	levelDetails: [],
	levels: [{ id: 'level.community', label: 'Community' }],
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
const context = { lang: 'en', today: '2026-03-05', content };

/** Answer ids the plan reads, found by drawing it from a map that notes every id asked for. */
function answerIdsThePlanReads(): string[] {
	const asked = new Set<string>();
	class Noting extends Map<string, string> {
		override get(key: string) {
			asked.add(key);
			return super.get(key);
		}
	}
	buildActionPlan({ ...planSourcesOf(emptyPlan(), context), answers: new Noting() } satisfies PlanSources);
	return [...asked];
}

const emptyPlan = (): PlanRecords => ({ answers: [], selections: [], targetGroups: [], allies: [], activities: [], harmChecks: [], referrals: [], partners: [], checkIns: [] });

/** A workbook with every part of the plan filled in, and an answer the plan never shows. */
function fullWorkbook(): PlanRecords {
	const answers: Answer[] = answerIdsThePlanReads().map((id, i) => ({
		id,
		text: id.endsWith('.due') ? '2026-04-0' + ((i % 9) + 1) : `Answer to ${id}`,
		updatedAt: 1
	}));
	return {
		answers: [...answers, { id: 'think.norms.q1', text: 'A private thought, in no plan', updatedAt: 1 }],
		selections: [
			{ id: 'aims', values: ['aim.peers'], own: ['Fathers share the school run'], updatedAt: 1 },
			{ id: 'levels', values: ['level.community'], own: [], updatedAt: 1 },
			{ id: 'causes', values: ['cause.peers'], own: [], updatedAt: 1 },
			{ id: 'topics', values: ['annex2.family.fatherhood'], own: ['Budgets'], updatedAt: 1 }
		],
		targetGroups: [{ id: 'g', name: 'Club members', level: 'level.community', age: '16–24', place: 'Osh', whereWhen: 'After training', barriers: 'Shy', motivators: 'Ball', updatedAt: 1 }],
		allies: [{ id: 'a', name: 'Nur youth centre', kind: 'youth-group', level: 'level.society', role: 'Lends a room', contact: 'Aida +996 555', updatedAt: 1 }],
		activities: [{ id: 'ac', name: 'Film night', level: 'level.relationships', when: 'May', description: 'Fathers and sons', updatedAt: 1 }],
		harmChecks: [{ id: 'initiative', items: [{ id: 'harm.consent', status: 'not-relevant', note: 'No photos' }], updatedAt: 1 }],
		referrals: [{ id: 'r', name: 'Clinic', kind: 'medical', phone: '150', address: 'Chui 12', hours: '24/7', notes: 'Free', checkedOn: '2026-01-10', updatedAt: 1 }],
		partners: [{ id: 'p', name: 'Women’s centre', contact: 'Gulnara', updatedAt: 1 }],
		checkIns: [{ id: 'c', partnerId: 'p', date: '2026-02-01', said: 'Invite mothers', change: 'One mixed session', updatedAt: 1 }]
	};
}

const agenda: Agenda = {
	id: 'ag1',
	title: 'Fathers’ evening',
	date: '2026-12-01',
	notes: 'Ask Timur about the key',
	items: [
		{ id: 'i1', ref: 'think.norms.q1', minutes: 15, notes: 'Start slow' },
		{ id: 'i2', ref: 'annex/topics/family/chores', minutes: 30, notes: 'Pairs' },
		{ id: 'i3', ref: 'group.starter.money', minutes: 20, notes: '' }
	],
	updatedAt: 5
};

const text = (value: unknown) => JSON.stringify(value);

describe('a shared agenda', () => {
	it('keeps its items and timings and leaves the private notes out unless they are chosen', () => {
		const opened = parseSharedFile(text(agendaFile(agenda, { withNotes: false })));
		expect(opened).toMatchObject({ ok: true, kind: 'agenda' });
		if (!opened.ok || opened.kind === 'action-plan') throw new Error('refused');
		expect(opened.agenda.items.map(({ ref, minutes }) => [ref, minutes])).toEqual([
			['think.norms.q1', 15],
			['annex/topics/family/chores', 30],
			['group.starter.money', 20]
		]);
		expect(opened.agenda.notes).toBe('');
		expect(opened.agenda.items.every((item) => item.notes === '')).toBe(true);
		expect(JSON.stringify(agendaFile(agenda, { withNotes: false }))).not.toContain('Timur');

		const withNotes = parseSharedFile(text(agendaFile(agenda, { withNotes: true })));
		expect(withNotes).toMatchObject({ ok: true, agenda: { notes: 'Ask Timur about the key', items: [{ notes: 'Start slow' }, { notes: 'Pairs' }, { notes: '' }] } });
	});

	it('comes back as it was sent, for any agenda the save path accepts (fast-check)', () => {
		const refs = fc.constantFrom('think.norms.q1', 'aim.peers', 'annex/topics/family/chores', 'group.starter.money', 'app.open-on-phone');
		const item = fc.record({ id: fc.uuid(), ref: refs, minutes: fc.integer({ min: 0, max: maxItemMinutes }), notes: fc.string({ maxLength: 50, unit: 'binary' }) });
		const anyAgenda = fc.record({
			id: fc.uuid(),
			title: fc.string({ maxLength: textLimits.short, unit: 'grapheme' }),
			date: fc.constantFrom('', '2026-01-31', '2199-12-31'),
			notes: fc.string({ maxLength: 200, unit: 'binary' }),
			items: fc.uniqueArray(item, { maxLength: 30, selector: (i) => i.id }),
			updatedAt: fc.nat()
		});
		fc.assert(
			fc.property(anyAgenda, fc.boolean(), (sent, withNotes) => {
				const opened = parseSharedFile(text(agendaFile(sent, { withNotes })));
				expect(opened.ok && opened.kind === 'agenda' && opened.agenda).toEqual(
					withNotes ? sent : { ...sent, notes: '', items: sent.items.map((i) => ({ ...i, notes: '' })) }
				);
			}),
			{ numRuns: 200 }
		);
	});
});

describe('shared scenario cards', () => {
	it('hold only the items that are scenarios, with no notes', () => {
		const isCard = (ref: string) => ref.startsWith('annex/') || ref.startsWith('group.starter.');
		const opened = parseSharedFile(text(scenarioCardsFile(agenda, { isCard })));
		expect(opened).toMatchObject({ ok: true, kind: 'scenario-cards', agenda: { title: 'Fathers’ evening', notes: '' } });
		if (!opened.ok || opened.kind === 'action-plan') throw new Error('refused');
		expect(opened.agenda.items.map((i) => [i.ref, i.notes])).toEqual([
			['annex/topics/family/chores', ''],
			['group.starter.money', '']
		]);
	});
});

describe('a shared action plan', () => {
	const workbook = fullWorkbook();
	const own = buildActionPlan(planSourcesOf(workbook, context));

	it('is drawn from the file exactly as from the sender’s workbook, section by section', () => {
		expect(own.sections.every((section) => section.blocks.length > 0)).toBe(true);
		for (const id of planSectionIds) {
			const opened = parseSharedFile(text(planFile(workbook, { sections: [id] })));
			if (!opened.ok || opened.kind !== 'action-plan') throw new Error(`${id} refused`);
			expect(opened.sections).toEqual([id]);
			expect(buildActionPlan(planSourcesOf(opened.plan, context), opened.sections), id).toEqual(buildActionPlan(planSourcesOf(workbook, context), [id]));
		}
		const all = parseSharedFile(text(planFile(workbook, { sections: planSectionIds })));
		if (!all.ok || all.kind !== 'action-plan') throw new Error('refused');
		expect(buildActionPlan(planSourcesOf(all.plan, context), all.sections)).toEqual(own);
	});

	it('carries nothing the chosen sections do not show', () => {
		const referralsOnly = planRecordsFor(workbook, ['referrals']);
		expect(referralsOnly.referrals).toHaveLength(1);
		expect(referralsOnly.answers.map((a) => a.id)).toEqual(['planner.initiative']);
		expect([referralsOnly.allies, referralsOnly.partners, referralsOnly.checkIns, referralsOnly.selections, referralsOnly.targetGroups]).toEqual([[], [], [], [], []]);
		// The planning steps name allies; their contacts travel only with the allies section.
		const steps = planRecordsFor(workbook, ['steps']);
		expect(steps.allies).toEqual([{ ...workbook.allies[0], role: '', contact: '' }]);
		expect(JSON.stringify(planFile(workbook, { sections: planSectionIds }))).not.toContain('A private thought');
	});
});

describe('opening a shared file', () => {
	const good = agendaFile(agenda, { withNotes: true });

	it('refuses a workbook backup, and Restore refuses a shared file', () => {
		expect(parseSharedFile(text({ ...good, format: backupFormat }))).toMatchObject({ ok: false, problem: 'wrong-format' });
		expect(parseBackup(text(good))).toMatchObject({ ok: false, problem: 'wrong-format' });
	});

	it('refuses a file that does not say what it is, or holds what its kind cannot', () => {
		const { shared: _, ...unnamed } = good;
		expect(parseSharedFile(text(unnamed))).toMatchObject({ ok: false, problem: 'wrong-format' });
		expect(parseSharedFile(text({ ...good, shared: { kind: 'photos' } }))).toMatchObject({ ok: false, problem: 'wrong-format' });
		expect(parseSharedFile(text({ ...good, stores: { agendas: [agenda, { ...agenda, id: 'ag2' }] } }))).toMatchObject({ ok: false, problem: 'wrong-format' });
		expect(parseSharedFile(text({ ...good, stores: {} }))).toMatchObject({ ok: false, problem: 'nothing-valid' });
		expect(parseSharedFile(text({ ...good, shared: { kind: 'action-plan' } }))).toMatchObject({ ok: false, problem: 'nothing-valid' });
	});

	it('checks size, version, unsafe keys and records as a backup is checked', () => {
		expect(parseSharedFile(text({ ...good, schemaVersion: databaseVersion + 1 }))).toMatchObject({ ok: false, problem: 'newer-version' });
		expect(parseSharedFile(text({ ...good, schemaVersion: 0 }))).toMatchObject({ ok: false, problem: 'unsupported-version' });
		expect(parseSharedFile(text(good).replace('"shared":{', '"shared":{"__proto__":{"x":1},'))).toMatchObject({ ok: false, problem: 'unsafe-key' });
		expect(parseSharedFile(text({ ...good, padding: 'x'.repeat(6 * 1024 * 1024) }))).toMatchObject({ ok: false, problem: 'too-large' });
		expect(parseSharedFile(text(good).slice(0, 80))).toMatchObject({ ok: false, problem: 'truncated' });
		const tooMany = { ...agenda, items: Array.from({ length: listLimits.agendaItems + 5 }, (_, i) => ({ id: `i${i}`, ref: 'aim.peers', minutes: 5, notes: '' })) };
		const cut = parseSharedFile(text({ ...good, stores: { agendas: [tooMany] } }));
		expect(cut).toMatchObject({ ok: true, report: { agendas: { shortened: 1 } } });
		expect(cut.ok && cut.kind === 'agenda' && cut.agenda.items.length).toBe(listLimits.agendaItems);
	});

	it('reads only the stores of its kind: answers slipped into an agenda file are left out', () => {
		const opened = parseSharedFile(text({ ...good, stores: { ...good.stores, answers: [{ id: 'think.norms.q1', text: 'x', updatedAt: 1 }] } }));
		expect(opened).toMatchObject({ ok: true, kind: 'agenda' });
		expect(opened.ok && 'plan' in opened).toBe(false);
	});

	it('never throws, whatever JSON it is given (fast-check)', () => {
		fc.assert(
			fc.property(fc.jsonValue(), fc.jsonValue(), (shared, stores) => {
				const outcomes = [parseSharedFile(text({ ...good, shared })), parseSharedFile(text({ ...good, stores })), parseSharedFile(text(shared))];
				for (const outcome of outcomes) expect(typeof outcome.ok).toBe('boolean');
			}),
			{ numRuns: 300 }
		);
	});

	it('is named for what it holds and the day it was made', () => {
		expect(sharedFileName('agenda', new Date(2026, 2, 8))).toBe('agenda-2026-03-08.json');
		expect(good.format).toBe(sharedFormat);
	});
});
