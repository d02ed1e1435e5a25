import type { Activity, Ally, TargetGroup } from './schema';

// The lists of records the planner edits and the map places at a level. Here, not in the workbook's code, so the map
// on Annex 1 can add a record without loading the workbook.

/** The stores whose records the planner lists and the map places. */
export const plannerStores = ['targetGroups', 'allies', 'activities'] as const;
export type PlannerStore = (typeof plannerStores)[number];

/** A record as a form edits it: every field is text, and `updatedAt` is left to the store. */
export type EditableRecord = { id: string; name: string } & Record<string, string>;

type Fields<T> = readonly Exclude<keyof T, 'id' | 'updatedAt'>[];

/** The fields the user fills in, in the order the form shows them. */
export const plannerFields = {
	targetGroups: ['name', 'level', 'age', 'place', 'whereWhen', 'barriers', 'motivators'] satisfies Fields<TargetGroup>,
	allies: ['name', 'kind', 'level', 'role', 'contact'] satisfies Fields<Ally>,
	activities: ['name', 'level', 'when', 'description'] satisfies Fields<Activity>
} as const;

/** A new, empty record ("not placed yet" unless a level is given); an ally starts as "other", a kind it must have. */
export function blankRecord(store: PlannerStore, id: string, preset: Partial<EditableRecord> = {}): EditableRecord {
	const record: EditableRecord = { id, name: '' };
	for (const field of plannerFields[store]) record[field] = '';
	if (store === 'allies') record.kind = 'other';
	return { ...record, ...preset, id };
}
