import { createAgenda } from '$lib/store/agendas';
import { listRecords, newId, saveRecord } from '$lib/store/records';
import type { Agenda } from '$lib/store/schema';
import { planRecordStores, type AddablePlanStore, type PlanRecords } from './plan-data';

// Reading what a shared plan is made of, and adding what a shared file brings. Opening a file only ever adds: new
// records with ids of their own, so nothing on this device is replaced, each through the one save path (its schema
// check included).

/** Adds a shared agenda (or set of scenario cards) as a new agenda of this device. */
export function addSharedAgenda(agenda: Agenda): Promise<Agenda> {
	return createAgenda({ title: agenda.title, date: agenda.date, notes: agenda.notes, items: agenda.items });
}

/** Adds the chosen lists of a shared plan (referral services, allies, target groups) as new records; returns how many. */
export async function addPlanParts(plan: PlanRecords, stores: readonly AddablePlanStore[]): Promise<number> {
	let added = 0;
	for (const store of stores) {
		for (const { updatedAt: _, ...record } of plan[store]) {
			await saveRecord(store, { ...record, id: newId() } as never);
			added++;
		}
	}
	return added;
}

/** Every record the action plan is drawn from, as stored (the file then keeps only the chosen sections' part). */
export async function readPlanRecords(): Promise<PlanRecords> {
	const lists = await Promise.all(planRecordStores.map((store) => listRecords(store)));
	return Object.fromEntries(planRecordStores.map((store, i) => [store, lists[i]])) as unknown as PlanRecords;
}
