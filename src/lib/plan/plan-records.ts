import { answersById } from '$lib/store/answers';
import { listRecords } from '$lib/store/records';
import { loadSelection } from '$lib/store/selections';
import type { StoreName } from '$lib/store/schema';
import { todayIso } from '$lib/workbook/dates';
import type { PlannerContent } from '$lib/workbook/planner-content';
import type { PlanSources } from './action-plan';

/** Every store the plan reads: a change to any of them redraws it. */
export const planStores: StoreName[] = [
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

/** Reads everything the plan is built from, in one go. */
export async function readPlanSources(lang: string, content: PlannerContent): Promise<PlanSources> {
	const [answers, aims, levels, causes, topics, targetGroups, allies, activities, harmChecks, referrals, partners, checkIns] = await Promise.all([
		answersById(),
		loadSelection('aims'),
		loadSelection('levels'),
		loadSelection('causes'),
		loadSelection('topics'),
		listRecords('targetGroups'),
		listRecords('allies'),
		listRecords('activities'),
		listRecords('harmChecks'),
		listRecords('referrals'),
		listRecords('partners'),
		listRecords('checkIns')
	]);
	return {
		lang,
		today: todayIso(),
		answers,
		selections: { aims, levels, causes, topics },
		targetGroups,
		allies,
		activities,
		harmChecks,
		referrals,
		partners,
		checkIns,
		content
	};
}
