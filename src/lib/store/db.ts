import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { storesWithLevel, withEmptyLevel } from './levels';
import type { WorkbookDB } from './schema';
import { StorageError, toStorageError } from './storage-error';

export { StorageError, toStorageError, type StorageProblem } from './storage-error';

export const databaseName = 'birge-workbook';
/** Raise by one for every schema change, and add its `if (oldVersion < N)` block below; never edit an old block. */
export const databaseVersion = 3;

export type WorkbookDatabase = IDBPDatabase<WorkbookDB>;

export interface OpenOptions {
	/** Another tab holds an older version open and has not closed it yet. */
	onBlocked?: () => void;
	/** A newer version (another tab, after an update) needs this connection closed; it already is. */
	onVersionChange?: () => void;
}

/** Runs every migration from the version on disk up to the current one, inside the upgrade transaction. */
export function upgrade(
	db: IDBPDatabase<WorkbookDB>,
	oldVersion: number,
	_newVersion: number | null,
	transaction: IDBPTransaction<WorkbookDB, StoreNames<WorkbookDB>[], 'versionchange'>
): void {
	if (oldVersion < 1) {
		db.createObjectStore('answers', { keyPath: 'id' });
		db.createObjectStore('selections', { keyPath: 'id' });
		db.createObjectStore('targetGroups', { keyPath: 'id' });
		db.createObjectStore('allies', { keyPath: 'id' });
		db.createObjectStore('referrals', { keyPath: 'id' }).createIndex('byKind', 'kind');
		db.createObjectStore('partners', { keyPath: 'id' });
		db.createObjectStore('checkIns', { keyPath: 'id' }).createIndex('byPartner', 'partnerId');
		db.createObjectStore('meta', { keyPath: 'key' });
	}
	if (oldVersion < 2) {
		// Workshop agendas (facilitator mode); nothing older changes.
		db.createObjectStore('agendas', { keyPath: 'id' });
	}
	if (oldVersion < 3) {
		// Planned activities and the do-no-harm checks; target groups and allies get a level, "not placed yet".
		db.createObjectStore('activities', { keyPath: 'id' });
		db.createObjectStore('harmChecks', { keyPath: 'id' });
		for (const store of storesWithLevel) {
			// Abort rather than open a half-upgraded database: the old version stays on disk, whole.
			placeNothing(transaction, store).catch(() => transaction.abort());
		}
	}
}

/** Gives every clear record of `store` an empty level, inside the upgrade transaction (which waits for it). */
async function placeNothing(
	transaction: IDBPTransaction<WorkbookDB, StoreNames<WorkbookDB>[], 'versionchange'>,
	store: (typeof storesWithLevel)[number]
): Promise<void> {
	let cursor = await transaction.objectStore(store).openCursor();
	while (cursor) {
		const upgraded = withEmptyLevel(cursor.value);
		if (upgraded !== cursor.value) await cursor.update(upgraded as never);
		cursor = await cursor.continue();
	}
}

let connection: Promise<WorkbookDatabase> | undefined;

/** The one connection of this page; opened on first use. */
export function workbookDB(options: OpenOptions = {}): Promise<WorkbookDatabase> {
	connection ??= open(options).catch((error: unknown) => {
		connection = undefined;
		throw error;
	});
	return connection;
}

async function open({ onBlocked, onVersionChange }: OpenOptions): Promise<WorkbookDatabase> {
	if (typeof indexedDB === 'undefined') throw new StorageError('unavailable');
	try {
		const db = await openDB<WorkbookDB>(databaseName, databaseVersion, {
			upgrade,
			blocked: () => onBlocked?.(),
			// Close at once so the other tab's upgrade can go ahead; this page then has to reload.
			blocking: () => {
				db.close();
				connection = undefined;
				onVersionChange?.();
			},
			terminated: () => {
				connection = undefined;
			}
		});
		return db;
	} catch (error) {
		throw toStorageError(error);
	}
}

/** Closes this page's connection (tests, and before erasing the database). */
export async function closeWorkbookDB(): Promise<void> {
	const pending = connection;
	connection = undefined;
	if (pending) (await pending.catch(() => undefined))?.close();
}
