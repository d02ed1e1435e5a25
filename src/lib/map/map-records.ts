import type { LevelId } from '$lib/store/levels';
import { blankRecord, plannerStores, type PlannerStore } from '$lib/store/planner-lists';
import { getRecord, listRecords, newId, saveRecord } from '$lib/store/records';
import type { RecordTypes } from '$lib/store/schema';
import type { Placed } from './levels';

/** Every target group, ally and activity, as the map shows them. */
export async function readPlaced(): Promise<Placed[]> {
	const lists = await Promise.all(plannerStores.map((store) => listRecords(store)));
	return plannerStores.flatMap((store, i) =>
		(lists[i] ?? []).map((record) => ({ store, id: record.id, name: record.name.trim(), level: record.level }))
	);
}

/** Adds a new record at a level ("add one here"); its other fields start empty, to be filled in the planner. */
export async function addAtLevel({ store, name, level }: { store: PlannerStore; name: string; level: LevelId }): Promise<string> {
	const record = blankRecord(store, newId(), { name: name.trim(), level });
	// The schema checks the whole record; blankRecord gives each store's fields.
	await saveRecord(store, record as unknown as Omit<RecordTypes[PlannerStore], 'updatedAt'>);
	return record.id;
}

/** Moves a record already in the plan to a level, keeping everything else the user wrote in it. */
export async function placeAtLevel({ store, id, level }: { store: PlannerStore; id: string; level: LevelId }): Promise<boolean> {
	const record = await getRecord(store, id);
	if (!record) return false;
	const { updatedAt: _updatedAt, ...fields } = record;
	await saveRecord(store, { ...fields, level } as Omit<RecordTypes[PlannerStore], 'updatedAt'>);
	return true;
}
