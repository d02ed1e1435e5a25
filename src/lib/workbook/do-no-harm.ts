import { m } from '$lib/paraglide/messages.js';
import type { Activity, HarmCheck, HarmItem, HarmStatus } from '$lib/store/schema';
import { byName } from './planner';

/** The id of the initiative's own check; an activity's check has the activity's id (a UUID, so never this). */
export const initiativeCheckId = 'initiative';

/** One point of the do-no-harm check: a stable id (saved), its words, and the guide page that explains it. */
export interface HarmPoint {
	id: string;
	title: () => string;
	hint: () => string;
	/** The guide page, without the language (`plan/referrals`). */
	route: string;
}

/**
 * The checklist, from the guide's own warnings (safe spaces and online groups in the recommendations, referrals,
 * accountability to women, the aims' "avoid", the safeguards of men engaging men). The ids are saved with every
 * answer: never change or reuse one; add new points at the end.
 */
export const harmPoints: readonly HarmPoint[] = [
	{ id: 'harm.safe-space', title: m.harm_item_safe_space, hint: m.harm_item_safe_space_hint, route: 'act/recommendations' },
	{ id: 'harm.referrals', title: m.harm_item_referrals, hint: m.harm_item_referrals_hint, route: 'plan/referrals' },
	{
		id: 'harm.womens-organisations',
		title: m.harm_item_womens_organisations,
		hint: m.harm_item_womens_organisations_hint,
		route: 'plan/accountability'
	},
	{ id: 'harm.mens-power', title: m.harm_item_mens_power, hint: m.harm_item_mens_power_hint, route: 'think/aims' },
	{ id: 'harm.open-group', title: m.harm_item_open_group, hint: m.harm_item_open_group_hint, route: 'plan/men-engage-men' },
	{ id: 'harm.consent', title: m.harm_item_consent, hint: m.harm_item_consent_hint, route: 'act/recommendations' },
	{ id: 'harm.disclosure', title: m.harm_item_disclosure, hint: m.harm_item_disclosure_hint, route: 'plan/referrals' }
];

export const harmStatusLabels: Record<HarmStatus, () => string> = {
	done: m.harm_status_done,
	open: m.harm_status_open,
	'not-relevant': m.harm_status_not_relevant
};

/** Where one point of a check stands; a point never touched is open, with no note. */
export function pointState(check: HarmCheck | undefined, pointId: string): HarmItem {
	return check?.items.find((item) => item.id === pointId) ?? { id: pointId, status: 'open', note: '' };
}

/**
 * The check with one point changed, as it is saved: points in the checklist's order, then ids this version does not
 * know (saved by a newer one), so nothing the user marked is lost. A point back at "open" with no note is dropped.
 */
export function withPoint(check: HarmCheck | undefined, subjectId: string, changed: HarmItem): Omit<HarmCheck, 'updatedAt'> {
	const items = new Map((check?.items ?? []).map((item) => [item.id, item]));
	if (changed.status === 'open' && !changed.note.trim()) items.delete(changed.id);
	else items.set(changed.id, changed);
	const known = harmPoints.flatMap((point) => items.get(point.id) ?? []);
	const unknown = [...items.values()].filter((item) => !harmPoints.some((point) => point.id === item.id));
	return { id: subjectId, items: [...known, ...unknown] };
}

/** The points of one check by where they stand, in the checklist's order. */
export function sortPoints(check: HarmCheck | undefined): Record<HarmStatus, { point: HarmPoint; note: string }[]> {
	const sorted: Record<HarmStatus, { point: HarmPoint; note: string }[]> = { done: [], open: [], 'not-relevant': [] };
	for (const point of harmPoints) {
		const { status, note } = pointState(check, point.id);
		sorted[status].push({ point, note: note.trim() });
	}
	return sorted;
}

/** What is checked: the initiative, then each planned activity by name. */
export interface HarmSubject {
	id: string;
	title: string;
	check: HarmCheck | undefined;
}

/**
 * The initiative and every activity with its check. A check whose activity was deleted (or never came along in a
 * merge) is left out: it has nothing left to protect.
 */
export function harmSubjects(activities: readonly Activity[], checks: readonly HarmCheck[]): HarmSubject[] {
	const byId = new Map(checks.map((check) => [check.id, check]));
	return [
		{ id: initiativeCheckId, title: m.harm_initiative(), check: byId.get(initiativeCheckId) },
		...[...activities].sort(byName).map((activity) => ({
			id: activity.id,
			title: m.harm_activity({ name: activity.name.trim() || m.activities_unnamed() }),
			check: byId.get(activity.id)
		}))
	];
}

/** The points still open, per subject that has any: what the action plan and the overview list as things to do. */
export function openPoints(subjects: readonly HarmSubject[]): { subject: HarmSubject; open: HarmPoint[] }[] {
	return subjects
		.map((subject) => ({ subject, open: sortPoints(subject.check).open.map(({ point }) => point) }))
		.filter(({ open }) => open.length > 0);
}
