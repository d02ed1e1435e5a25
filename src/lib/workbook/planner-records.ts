import * as v from 'valibot';
import { listRecords, saveRecord } from '$lib/store/records';
import { allySchema, targetGroupSchema, type Ally, type TargetGroup } from '$lib/store/schema';

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

// Checked before every write, so a bad value fails here with a clear error instead of landing in a backup.
const editSchemas = {
	targetGroups: v.omit(targetGroupSchema, ['updatedAt']),
	allies: v.omit(allySchema, ['updatedAt'])
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

/** Saves one record after checking it against the store's schema (field lengths, the kind of ally). */
export async function saveEditable(store: PlannerStore, record: EditableRecord): Promise<void> {
	if (store === 'allies') await saveRecord('allies', v.parse(editSchemas.allies, record));
	else await saveRecord('targetGroups', v.parse(editSchemas.targetGroups, record));
}

/** One field of a record's form: a line of text, a longer text, or a choice from a list. */
export interface RecordField {
	key: string;
	label: string;
	kind: 'line' | 'text' | 'choice';
	options?: { value: string; label: string }[];
}
