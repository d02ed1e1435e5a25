import { announceChange } from './changes';
import { StorageError, toStorageError, workbookDB } from './db';
import { lockMetaKey, openRecord, sameLock, sealRecord } from './lock/vault';
import { checkRecord, type RecordTypes, type StoreName } from './schema';
import type { FieldProblem } from './storage-error';
import { withWorkbookLock } from './web-lock';

/**
 * A save the record schemas refused. Not a storage problem: the workbook stays writable, nothing already saved is
 * touched, and the form says what to change (workbook-status.svelte.ts tells it apart by its name).
 */
export class RecordRefused extends Error {
	constructor(
		readonly store: StoreName,
		readonly problems: FieldProblem[]
	) {
		super(`record refused (${store}): ${problems.map((p) => `${p.field} ${p.kind}`).join(', ')}`);
		this.name = 'RecordRefused';
	}
}

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

/**
 * Creates or replaces one record; `updatedAt` is set here. The one way anything is written: the record passes the
 * same schema that restore checks (or RecordRefused is thrown and nothing is written), then it is sealed when the
 * passphrase lock is on.
 */
export async function saveRecord<S extends StoreName>(
	store: S,
	record: Omit<RecordTypes[S], 'updatedAt'>
): Promise<RecordTypes[S]> {
	const checked = checkRecord(store, { ...record, updatedAt: Date.now() });
	if (!checked.ok) throw new RecordRefused(store, checked.problems);
	const saved = checked.record;
	await withWorkbookLock('shared', async () => {
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
	});
	announceChange({ store, id: record.id });
	return saved;
}

export function deleteRecord(store: StoreName, id: string): Promise<void> {
	return deleteRecords([{ store, id }]);
}

/** Deletes several records in one transaction: all of them go, or (a full disk, a closed tab) none. */
export async function deleteRecords(records: readonly { store: StoreName; id: string }[]): Promise<void> {
	if (!records.length) return;
	const stores = [...new Set(records.map((record) => record.store))];
	await withWorkbookLock('shared', async () => {
		try {
			const tx = (await workbookDB()).transaction(stores, 'readwrite');
			await Promise.all([...records.map(({ store, id }) => tx.objectStore(store).delete(id)), tx.done]);
		} catch (error) {
			throw toStorageError(error);
		}
	});
	for (const { store, id } of records) announceChange({ store, id });
}

/** A new id for a record the user adds (an ally, a referral...). */
export function newId(): string {
	return crypto.randomUUID();
}
