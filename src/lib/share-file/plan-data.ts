import { planSectionIds, type PlanSectionId, type PlanSources } from '$lib/plan/action-plan';
import type { Activity, Ally, Answer, CheckIn, HarmCheck, Partner, Referral, Selection, TargetGroup } from '$lib/store/schema';
import type { SelectionName } from '$lib/store/selections';
import { firstActionCount, firstActionIds, initiativeNameId } from '$lib/workbook/first-actions';
import type { PlannerContent } from '$lib/workbook/planner-content';

// The action plan travels as the records it is drawn from, not as its text: the reader's Birge draws it in their own
// language and can take parts of it (referral services, allies, target groups) into their own workbook. Only what
// the chosen sections show goes into the file; `plan-data.spec.ts` proves that a plan drawn from the file shows the
// same as the sender's, section by section, so this list cannot fall behind action-plan.ts unnoticed.

/** The records an action plan is drawn from, as they are stored. */
export interface PlanRecords {
	answers: Answer[];
	selections: Selection[];
	targetGroups: TargetGroup[];
	allies: Ally[];
	activities: Activity[];
	harmChecks: HarmCheck[];
	referrals: Referral[];
	partners: Partner[];
	checkIns: CheckIn[];
}

export type PlanRecordStore = keyof PlanRecords;
export const planRecordStores: PlanRecordStore[] = [
	'answers',
	'selections',
	'targetGroups',
	'allies',
	'activities',
	'harmChecks',
	'referrals',
	'partners',
	'checkIns'
];

/** Lists a reader can add to their own workbook as new records; the rest (answers, picks) would replace their own. */
export const addablePlanStores = ['referrals', 'allies', 'targetGroups'] as const;
export type AddablePlanStore = (typeof addablePlanStores)[number];

interface SectionData {
	answers?: string[];
	selections?: SelectionName[];
	/** Stores whose records the section shows whole. */
	whole?: ('targetGroups' | 'allies' | 'activities' | 'harmChecks' | 'referrals' | 'partners' | 'checkIns')[];
	/** Stores of which the section shows only names (the planning steps list who, not their contacts). */
	names?: ('targetGroups' | 'allies')[];
}

const firstActionAnswers = Array.from({ length: firstActionCount }, (_, i) => Object.values(firstActionIds(i + 1))).flat();

/** What each section of the plan reads (action-plan.ts, `sectionContent`). */
const sectionData: Record<PlanSectionId, SectionData> = {
	aims: { selections: ['aims'], answers: ['planner.aims.why', 'think.aims.q1'] },
	audience: { whole: ['targetGroups'], answers: ['planner.messenger', 'plan.approach.q2'] },
	'entry-points': { selections: ['levels', 'topics'], answers: ['plan.approach.q3'] },
	// Names and levels of target groups and allies; activities by name, level and time.
	levels: { names: ['targetGroups', 'allies'], whole: ['activities'] },
	'do-no-harm': { whole: ['activities', 'harmChecks'] },
	steps: {
		names: ['targetGroups', 'allies'],
		selections: ['topics'],
		answers: [
			'plan.approach.q1',
			'plan.approach.q4',
			'planner.strategy.objectives',
			'planner.strategy.outcomes',
			'planner.strategy.methods',
			'planner.strategy.participation',
			'planner.funding.sources',
			'planner.funding.inKind',
			'planner.funding.budget'
		]
	},
	allies: { whole: ['allies'] },
	resistance: { selections: ['causes'], answers: ['plan.resistance.q1', 'planner.resistance.response', 'plan.resistance.q2'] },
	referrals: { whole: ['referrals'] },
	accountability: { whole: ['partners', 'checkIns'], answers: ['plan.accountability.q1', 'plan.accountability.q2'] },
	'first-actions': { answers: firstActionAnswers }
};

/** Only the records the chosen sections show, and of records listed only by name, only the name. */
export function planRecordsFor(records: PlanRecords, sections: readonly PlanSectionId[]): PlanRecords {
	const chosen = planSectionIds.filter((id) => sections.includes(id)).map((id) => sectionData[id]);
	const answers = new Set([initiativeNameId, ...chosen.flatMap((data) => data.answers ?? [])]);
	const selections = new Set<string>(chosen.flatMap((data) => data.selections ?? []));
	const whole = new Set(chosen.flatMap((data) => data.whole ?? []));
	const names = new Set(chosen.flatMap((data) => data.names ?? []));
	const listed = <S extends 'targetGroups' | 'allies'>(store: S, nameOnly: (record: PlanRecords[S][number]) => PlanRecords[S][number]) =>
		(whole.has(store) ? records[store] : names.has(store) ? records[store].map(nameOnly) : []) as PlanRecords[S];
	return {
		answers: records.answers.filter((answer) => answers.has(answer.id) && answer.text.trim()),
		selections: records.selections.filter((selection) => selections.has(selection.id)),
		targetGroups: listed('targetGroups', (g) => ({ ...g, age: '', place: '', whereWhen: '', barriers: '', motivators: '' })),
		allies: listed('allies', (a) => ({ ...a, role: '', contact: '' })),
		activities: whole.has('activities') ? records.activities : [],
		harmChecks: whole.has('harmChecks') ? records.harmChecks : [],
		referrals: whole.has('referrals') ? records.referrals : [],
		partners: whole.has('partners') ? records.partners : [],
		checkIns: whole.has('checkIns') ? records.checkIns : []
	};
}

/** What the plan page draws, from records (the reader's own, or a shared file's). */
export function planSourcesOf(records: PlanRecords, context: { lang: string; today: string; content: PlannerContent }): PlanSources {
	const selection = (name: SelectionName) => {
		const found = records.selections.find((s) => s.id === name);
		return found ? { values: found.values, own: found.own } : undefined;
	};
	const selections: PlanSources['selections'] = {};
	for (const name of ['aims', 'levels', 'causes', 'topics'] as const) {
		const found = selection(name);
		if (found) selections[name] = found;
	}
	return {
		...context,
		answers: new Map(records.answers.filter((a) => a.text.trim()).map((a) => [a.id, a.text])),
		selections,
		targetGroups: records.targetGroups,
		allies: records.allies,
		activities: records.activities,
		harmChecks: records.harmChecks,
		referrals: records.referrals,
		partners: records.partners,
		checkIns: records.checkIns
	};
}

/** Whether the file holds anything at all to show. */
export function planIsEmpty(records: PlanRecords): boolean {
	return planRecordStores.every((store) => records[store].length === 0);
}
