import { announceChange } from './changes';
import { StorageError, toStorageError, workbookDB } from './db';
import { lockMetaKey, openRecord, sameLock, sealRecord } from './lock/vault';
import type { RecordTypes, StoreName } from './schema';

/** Every record of one store. */
export async function listRecords<S extends StoreName>(store: S): Promise<RecordTypes[S][]> {
	let stored: unknown[];
	try {
		stored = await (await workbookDB()).getAll(store);
	} catch (error) {
		throw toStorageError(error);
	}
	return Promise.all(stored.map((value) => openRecord<RecordTypes[S]>(store, value)));
}

export async function getRecord<S extends StoreName>(store: S, id: string): Promise<RecordTypes[S] | undefined> {
	let stored: unknown;
	try {
		stored = await (await workbookDB()).get(store, id);
	} catch (error) {
		throw toStorageError(error);
	}
	return stored === undefined ? undefined : openRecord<RecordTypes[S]>(store, stored);
}

/** Creates or replaces one record; `updatedAt` is set here. Sealed first when the passphrase lock is on. */
export async function saveRecord<S extends StoreName>(
	store: S,
	record: Omit<RecordTypes[S], 'updatedAt'>
): Promise<RecordTypes[S]> {
	const saved = { ...record, updatedAt: Date.now() } as RecordTypes[S];
	const { stored, salt } = await sealRecord(store, saved);
	try {
		const tx = (await workbookDB()).transaction([store, 'meta'], 'readwrite');
		// Checked in the write's own transaction: if another tab turned the lock on, off or changed the passphrase
		// since this record was sealed, nothing is written (never a clear record beside sealed ones, or an old key).
		if (!sameLock(await tx.objectStore('meta').get(lockMetaKey), salt)) {
			tx.abort();
			void tx.done.catch(() => undefined);
			throw new StorageError('locked');
		}
		// The generic store name widens idb's value type to a union, which the record already matches.
		await Promise.all([tx.objectStore(store).put(stored as never), tx.done]);
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
