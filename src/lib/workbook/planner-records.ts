import { listRecords, saveRecord } from '$lib/store/records';
import type { Ally, TargetGroup } from '$lib/store/schema';

/** The lists of records the planner edits. */
export type PlannerStore = 'targetGroups' | 'allies';

/** A record as a form edits it: every field is text, and `updatedAt` is left to the store. */
export type EditableRecord = { id: string; name: string } & Record<string, string>;

type Fields<T> = readonly Exclude<keyof T, 'id' | 'updatedAt'>[];

/** The fields the user fills in, in the order the form shows them. */
export const plannerFields = {
	targetGroups: ['name', 'age', 'place', 'whereWhen', 'barriers', 'motivators'] satisfies Fields<TargetGroup>,
	allies: ['name', 'kind', 'role', 'contact'] satisfies Fields<Ally>
} as const;

/** A new, empty record; an ally starts as "other" because the kind cannot be left empty. */
export function blankRecord(store: PlannerStore, id: string): EditableRecord {
	const record: EditableRecord = { id, name: '' };
	for (const field of plannerFields[store]) record[field] = '';
	if (store === 'allies') record.kind = 'other';
	return record;
}

export function toEditable(record: TargetGroup | Ally): EditableRecord {
	const { updatedAt: _updatedAt, ...fields } = record;
	return { ...fields };
}

export async function listEditable(store: PlannerStore): Promise<EditableRecord[]> {
	return (await listRecords(store)).map(toEditable);
}

/** Saves one record; `saveRecord` checks it against the store's schema (field lengths, the kind of ally). */
export async function saveEditable(store: PlannerStore, record: EditableRecord): Promise<void> {
	// The form edits every field as text; the schema, not this cast, decides whether the record is valid.
	if (store === 'allies') await saveRecord('allies', record as unknown as Omit<Ally, 'updatedAt'>);
	else await saveRecord('targetGroups', record as unknown as Omit<TargetGroup, 'updatedAt'>);
}

/** One field of a record's form: a line of text, a longer text, or a choice from a list. */
export interface RecordField {
	key: string;
	label: string;
	kind: 'line' | 'text' | 'choice';
	options?: { value: string; label: string }[];
}
