import { m } from '$lib/paraglide/messages.js';
import { answersById } from '$lib/store/answers';
import { listRecords } from '$lib/store/records';
import { loadSelection, type SelectionName } from '$lib/store/selections';
import type { HarmCheck } from '$lib/store/schema';
import { initiativeCheckId } from './do-no-harm';
import { firstActionCount, firstActionIds, initiativeNameId, isIsoDate } from './first-actions';

/** What is saved for the planner, as far as telling which steps hold something needs it. */
export interface SavedPlan {
	/** Answers by id, empty ones left out. */
	answers: ReadonlyMap<string, string>;
	selections: Partial<Record<SelectionName, { values: readonly string[]; own: readonly string[] }>>;
	targetGroups: number;
	allies: number;
	activities: readonly { id: string }[];
	harmChecks: readonly HarmCheck[];
}

/** One screen of the planner. */
export interface PlannerStep {
	/** 1-based; the step's address is `#step-<number>`. */
	number: number;
	name: () => string;
	/**
	 * The ids of headings inside the step that other pages link to (`…/plan/#planner-allies-heading` from the action
	 * plan, `#allies-heading` from the map), so such a link opens this step.
	 */
	anchors: readonly string[];
	/** The answers the step's boxes save. */
	answerIds: readonly string[];
	/** Whether anything is saved in this step: what the list of steps marks, so it never claims more than is there. */
	holds: (saved: SavedPlan) => boolean;
}

const answered = (saved: SavedPlan, ids: readonly string[]) => ids.some((id) => saved.answers.get(id)?.trim());
const chosen = (saved: SavedPlan, name: SelectionName) => {
	const selection = saved.selections[name];
	return Boolean(selection && (selection.values.length || selection.own.some((own) => own.trim())));
};

const firstActionAnswers = Array.from({ length: firstActionCount }, (_, i) => firstActionIds(i + 1));

// Never change an answer id here without the planner's box: the unit test checks that every box is in one step.
const answersOf = {
	aims: [initiativeNameId, 'planner.aims.why'],
	audience: ['planner.messenger'],
	strategy: ['planner.strategy.objectives', 'planner.strategy.outcomes', 'planner.strategy.methods', 'planner.strategy.participation'],
	funding: ['planner.funding.sources', 'planner.funding.inKind', 'planner.funding.budget'],
	resistance: ['planner.resistance.response'],
	firstActions: firstActionAnswers.flatMap(({ what, due }) => [what, due])
};

/** A do-no-harm point marked for the initiative or for an activity still planned (a deleted one's check is moot). */
function harmChecked(saved: SavedPlan): boolean {
	const subjects = new Set([initiativeCheckId, ...saved.activities.map((activity) => activity.id)]);
	return saved.harmChecks.some((check) => subjects.has(check.id) && check.items.length > 0);
}

/** The planner's eight steps, in order. */
export const plannerSteps: readonly PlannerStep[] = [
	{
		number: 1,
		name: m.planner_step_aims,
		anchors: ['planner-initiative-heading', 'planner-aims-heading'],
		answerIds: answersOf.aims,
		holds: (saved) => answered(saved, answersOf.aims) || chosen(saved, 'aims')
	},
	{
		number: 2,
		name: m.planner_audience_heading,
		anchors: ['planner-audience-heading', 'targetGroups-heading'],
		answerIds: answersOf.audience,
		holds: (saved) => saved.targetGroups > 0 || answered(saved, answersOf.audience)
	},
	{
		number: 3,
		name: m.planner_step_levels,
		anchors: ['planner-levels-heading', 'level-map-heading', 'planner-allies-heading', 'allies-heading'],
		answerIds: [],
		holds: (saved) => chosen(saved, 'levels') || saved.allies > 0
	},
	{
		number: 4,
		name: m.planner_topics_heading,
		anchors: ['planner-topics-heading'],
		answerIds: [],
		holds: (saved) => chosen(saved, 'topics')
	},
	{
		number: 5,
		name: m.planner_step_strategy,
		anchors: ['planner-strategy-heading', 'planner-activities-heading', 'activities-heading', 'planner-harm-heading'],
		answerIds: answersOf.strategy,
		holds: (saved) => answered(saved, answersOf.strategy) || saved.activities.length > 0 || harmChecked(saved)
	},
	{
		number: 6,
		name: m.planner_funding_heading,
		anchors: ['planner-funding-heading'],
		answerIds: answersOf.funding,
		holds: (saved) => answered(saved, answersOf.funding)
	},
	{
		number: 7,
		name: m.planner_resistance_heading,
		anchors: ['planner-resistance-heading'],
		answerIds: answersOf.resistance,
		holds: (saved) => chosen(saved, 'causes') || answered(saved, answersOf.resistance)
	},
	{
		number: 8,
		name: m.planner_first_actions_heading,
		anchors: ['planner-first-actions-heading'],
		answerIds: answersOf.firstActions,
		// A date alone is a plan too, as in the action plan; a malformed one (a hand-edited backup) is not.
		holds: (saved) => firstActionAnswers.some(({ what, due }) => saved.answers.get(what)?.trim() || isIsoDate(saved.answers.get(due) ?? ''))
	}
];

export const stepCount = plannerSteps.length;

/** The address of a step. */
export const stepAnchor = (number: number) => `step-${number}`;

/**
 * The step an address opens: `step-3`, or the id of a heading inside a step. Anything else is left to the caller
 * (undefined), which may look the id up on the page; no address at all is the first step.
 */
export function stepForAnchor(anchor: string): number | undefined {
	if (!anchor) return 1;
	const numbered = /^step-(\d+)$/.exec(anchor);
	if (numbered) {
		const number = Number(numbered[1]);
		return number >= 1 && number <= stepCount ? number : undefined;
	}
	return plannerSteps.find((step) => step.anchors.includes(anchor))?.number;
}

/** The numbers of the steps that hold something saved. */
export function stepsWithSomething(saved: SavedPlan): Set<number> {
	return new Set(plannerSteps.filter((step) => step.holds(saved)).map((step) => step.number));
}

/** Reads what `stepsWithSomething` needs, in one go. */
export async function readSavedPlan(): Promise<SavedPlan> {
	const [answers, aims, levels, causes, topics, targetGroups, allies, activities, harmChecks] = await Promise.all([
		answersById(),
		loadSelection('aims'),
		loadSelection('levels'),
		loadSelection('causes'),
		loadSelection('topics'),
		listRecords('targetGroups'),
		listRecords('allies'),
		listRecords('activities'),
		listRecords('harmChecks')
	]);
	return {
		answers,
		selections: { aims, levels, causes, topics },
		targetGroups: targetGroups.length,
		allies: allies.length,
		activities,
		harmChecks
	};
}
