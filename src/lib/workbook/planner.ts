import type { PageSummary } from '$lib/content/loader';
import type { Area } from '$lib/content/schema';

/** One option of a pick-list: its stable id (saved), what the user reads, and optionally where to learn more. */
export interface Choice {
	id: string;
	label: string;
	href?: string;
}

/** Options shown together under one legend (one fieldset). */
export interface ChoiceGroup {
	id: string;
	legend: string;
	choices: Choice[];
}

const topicRoute = /^annex\/topics\/([a-z0-9-]+)\/([a-z0-9-]+)$/;

/**
 * The id a chosen Annex 2 topic is saved under, from its route: `annex/topics/family/fatherhood` gives
 * `annex2.family.fatherhood`. Built from the route, not the title, so it is the same in every language.
 */
export function topicChoiceId(route: string): string {
	const match = topicRoute.exec(route);
	if (!match) throw new Error(`"${route}" is not the route of an Annex 2 topic (annex/topics/<area>/<topic>)`);
	return `annex2.${match[1]}.${match[2]}`;
}

/** The Annex 2 topics as one group per thematic area, in the guide's order; an area without topics is left out. */
export function topicGroups(areas: readonly Area[], topicsOf: (areaId: string) => PageSummary[]): ChoiceGroup[] {
	return areas
		.map((area) => ({
			id: area.id,
			legend: area.title,
			choices: topicsOf(area.id).map((page) => ({ id: topicChoiceId(page.route), label: page.title, href: page.href }))
		}))
		.filter((group) => group.choices.length > 0);
}

/**
 * The chosen ids after one box is ticked or cleared, in the order the options are shown. Ids the page does not
 * show (saved by another version of the guide) are kept at the end, so nothing the user chose is lost.
 */
export function withChoice(
	values: readonly string[],
	options: { id: string; chosen: boolean; order: readonly string[] }
): string[] {
	const chosen = new Set(values);
	if (options.chosen) chosen.add(options.id);
	else chosen.delete(options.id);
	const known = options.order.filter((id) => chosen.has(id));
	const unknown = [...chosen].filter((id) => !options.order.includes(id));
	return [...known, ...unknown];
}

/** Records by name, as people look for them; unnamed ones last, so a new empty record does not hide the others. */
export function byName<T extends { id: string; name: string }>(a: T, b: T): number {
	const an = a.name.trim();
	const bn = b.name.trim();
	if (!an !== !bn) return an ? -1 : 1;
	return an.localeCompare(bn, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id);
}

/**
 * The fresh list from storage in the order the user already sees it: records keep their place (a record being
 * renamed does not jump away from under the finger), deleted ones go, new ones are added at the end by name.
 */
export function inShownOrder<T extends { id: string; name: string }>(shownIds: readonly string[], fresh: readonly T[]): T[] {
	const byId = new Map(fresh.map((record) => [record.id, record]));
	const kept = shownIds.flatMap((id) => byId.get(id) ?? []);
	const shown = new Set(shownIds);
	const added = fresh.filter((record) => !shown.has(record.id)).sort(byName);
	return [...kept, ...added];
}
