import { announceChange } from './changes';
import { toStorageError, workbookDB } from './db';
import type { RecordTypes, StoreName } from './schema';

/** Every record of one store. */
export async function listRecords<S extends StoreName>(store: S): Promise<RecordTypes[S][]> {
	try {
		return (await (await workbookDB()).getAll(store)) as RecordTypes[S][];
	} catch (error) {
		throw toStorageError(error);
	}
}

export async function getRecord<S extends StoreName>(store: S, id: string): Promise<RecordTypes[S] | undefined> {
	try {
		return (await (await workbookDB()).get(store, id)) as RecordTypes[S] | undefined;
	} catch (error) {
		throw toStorageError(error);
	}
}

/** Creates or replaces one record; `updatedAt` is set here. */
export async function saveRecord<S extends StoreName>(
	store: S,
	record: Omit<RecordTypes[S], 'updatedAt'>
): Promise<RecordTypes[S]> {
	const saved = { ...record, updatedAt: Date.now() } as RecordTypes[S];
	try {
		// The generic store name widens idb's value type to a union, which the record already matches.
		await (await workbookDB()).put(store, saved as never);
	} catch (error) {
		throw toStorageError(error);
	}
	announceChange({ store, id: record.id });
	return saved;
}

export async function deleteRecord(store: StoreName, id: string): Promise<void> {
	try {
		await (await workbookDB()).delete(store, id);
	} catch (error) {
		throw toStorageError(error);
	}
	announceChange({ store, id });
}

/** A new id for a record the user adds (an ally, a referral...). */
export function newId(): string {
	return crypto.randomUUID();
}
