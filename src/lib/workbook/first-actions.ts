/**
 * The first actions of the plan: a fixed number of slots, each saved as two answers (what, and the date it should
 * be done by), so they travel in the existing `answers` store, its backup checks and export without a new store.
 */
export const firstActionCount = 3;

/** The answer ids of one slot, numbered from 1; never change them once released. */
export function firstActionIds(number: number): { what: string; due: string } {
	return { what: `planner.action${number}.what`, due: `planner.action${number}.due` };
}

/** The answer id the initiative's name is saved under. */
export const initiativeNameId = 'planner.initiative';

/** Whether a saved due date is a real calendar date; anything else (a hand-edited backup) is shown as no date. */
export function isIsoDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [, year, month, day] = match.map(Number) as [number, number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
