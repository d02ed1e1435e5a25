import type { EditableRecord, PlannerStore } from '$lib/store/planner-lists';
import { listRecords, saveRecord } from '$lib/store/records';
import type { Activity, Ally, TargetGroup } from '$lib/store/schema';

export function toEditable(record: TargetGroup | Ally | Activity): EditableRecord {
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
	else if (store === 'activities') await saveRecord('activities', record as unknown as Omit<Activity, 'updatedAt'>);
	else await saveRecord('targetGroups', record as unknown as Omit<TargetGroup, 'updatedAt'>);
}

/** One field of a record's form: a line of text, a longer text, or a choice from a list. */
export interface RecordField {
	key: string;
	label: string;
	kind: 'line' | 'text' | 'choice';
	options?: { value: string; label: string }[];
}
