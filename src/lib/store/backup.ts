import type { IDBPTransaction } from 'idb';
import * as v from 'valibot';
import { measured } from '$lib/perf';
import { announceChange } from './changes';
import { databaseVersion, StorageError, toStorageError, workbookDB } from './db';
import { isKeyParams, openKey, seal, unseal, type KeyParams } from './lock/crypto';
import { backupKey, forgetLock, lockMetaKey, lockSettings, openRecord, sameLock, sealRecord } from './lock/vault';
import { exitSettingKey } from '$lib/privacy/quick-exit';
import { recordSchemas, storeNames, type RecordTypes, type StoreName, type WorkbookDB } from './schema';

export const backupFormat = 'birge-workbook';
/** A backup is text the user typed; 5 MB is far above a heavy user's workbook and well below what a phone can parse. */
export const maxBackupBytes = 5 * 1024 * 1024;
/** Per store: an honest workbook holds a few hundred records, so more than this was made or edited by something else. */
export const maxRecordsPerStore = 20_000;

export type BackupStores = { [S in StoreName]: RecordTypes[S][] };

/** The file "Save a copy" writes: every record of every store, and the database version that wrote them. */
export interface WorkbookBackup {
	format: typeof backupFormat;
	schemaVersion: number;
	/** When the copy was made (ISO 8601, UTC). */
	exportedAt: string;
	stores: BackupStores;
}

/** How many records of each kind a backup holds, for the preview before restoring. */
export type BackupSummary = Record<StoreName, number>;

/** Why a file was refused; the page shows one message per code in the reader's language. */
export type BackupProblem =
	| 'empty'
	| 'too-large'
	| 'truncated'
	| 'not-json'
	| 'not-object'
	| 'wrong-format'
	| 'newer-version'
	| 'unsupported-version'
	| 'unsafe-key'
	| 'invalid-record'
	| 'too-many-records'
	| 'duplicate-id'
	| 'wrong-passphrase'
	| 'damaged';

export type ParsedBackup =
	| { ok: true; backup: WorkbookBackup; summary: BackupSummary }
	| { ok: false; problem: BackupProblem; detail?: string }
	| { ok: false; problem: 'needs-passphrase'; sealed: SealedBackup };

/**
 * A copy made while the passphrase lock was on: the whole backup sealed with the lock's key, and what is needed to
 * derive that key again from the passphrase (on this device or another).
 */
export interface SealedBackup {
	format: typeof backupFormat;
	exportedAt: string;
	encryption: KeyParams & { cipher: 'AES-GCM'; kdf: 'PBKDF2-SHA256' };
	sealed: string;
}

const sealedContext = 'backup';

/** The file to save: the plain backup, or sealed with the lock's key while the lock is on. */
export async function backupFile(backup: WorkbookBackup): Promise<WorkbookBackup | SealedBackup> {
	const lock = await backupKey();
	if (!lock) return backup;
	return {
		format: backupFormat,
		exportedAt: backup.exportedAt,
		encryption: { ...lock.params, cipher: 'AES-GCM', kdf: 'PBKDF2-SHA256' },
		sealed: await seal(lock.key, backup, sealedContext)
	};
}

/** Opens a sealed copy with its passphrase, then checks what it holds like any other file. */
export async function openSealedBackup(sealed: SealedBackup, passphrase: string): Promise<ParsedBackup> {
	const key = await openKey(passphrase, sealed.encryption);
	if (!key) return { ok: false, problem: 'wrong-passphrase' };
	let inner: unknown;
	try {
		inner = await unseal(key, sealed.sealed, sealedContext);
	} catch {
		return { ok: false, problem: 'damaged' };
	}
	const parsed = parseBackup(JSON.stringify(inner));
	// A sealed file inside a sealed file is not something this app writes.
	return parsed.ok || parsed.problem !== 'needs-passphrase' ? parsed : { ok: false, problem: 'wrong-format' };
}

function asSealedBackup(envelope: Record<string, unknown>): SealedBackup | undefined {
	const { encryption, sealed, exportedAt } = envelope;
	if (typeof sealed !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(sealed)) return undefined;
	if (typeof exportedAt !== 'string' || Number.isNaN(Date.parse(exportedAt))) return undefined;
	if (!isKeyParams(encryption)) return undefined;
	const { cipher, kdf } = encryption as unknown as Record<string, unknown>;
	if (cipher !== 'AES-GCM' || kdf !== 'PBKDF2-SHA256') return undefined;
	const { salt, iterations, verifier } = encryption;
	return { format: backupFormat, exportedAt, encryption: { salt, iterations, verifier, cipher, kdf }, sealed };
}

/**
 * Upgrades the data of a backup made at version N to version N + 1, keyed by N. Add one when `databaseVersion` is
 * raised, doing to plain records what the matching `if (oldVersion < N + 1)` block does on disk; never edit an old one.
 */
export type BackupMigration = (stores: Record<string, unknown>) => Record<string, unknown>;
export const backupMigrations: Record<number, BackupMigration> = {
	// Version 2 only added the agendas store, which a version 1 file leaves out and is read as empty.
	1: (stores) => stores
};

/** Every record of every store, read in one transaction so the copy is consistent even while another tab writes. */
export function exportWorkbook(): Promise<WorkbookBackup> {
	return measured('birge:export', async () => {
		try {
			const tx = (await workbookDB()).transaction(storeNames, 'readonly');
			const lists = await Promise.all(storeNames.map((store) => tx.objectStore(store).getAll()));
			await tx.done;
			// Opened after the transaction: WebCrypto's promises would let an open transaction commit under them.
			const opened = await Promise.all(
				storeNames.map((store, i) => Promise.all((lists[i] ?? []).map((record) => openRecord(store, record))))
			);
			const stores = Object.fromEntries(storeNames.map((store, i) => [store, opened[i]])) as BackupStores;
			return { format: backupFormat, schemaVersion: databaseVersion, exportedAt: new Date().toISOString(), stores };
		} catch (error) {
			throw toStorageError(error);
		}
	});
}

/** `birge-workbook-2025-03-08.json`, by the user's own calendar day. */
export function backupFileName(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${backupFormat}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

export function summarize(stores: BackupStores): BackupSummary {
	return Object.fromEntries(storeNames.map((store) => [store, stores[store].length])) as BackupSummary;
}

// Keys that would reach Object.prototype if any later code copied the parsed object with a spread or assignment.
const unsafeKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** Reads a backup file's text and checks all of it; returns a problem instead of throwing. */
export function parseBackup(text: string): ParsedBackup {
	if (text.trim() === '') return { ok: false, problem: 'empty' };
	// UTF-8 never takes fewer bytes than UTF-16 code units, so a long string is too large without encoding it.
	if (text.length > maxBackupBytes || new TextEncoder().encode(text).length > maxBackupBytes) {
		return { ok: false, problem: 'too-large' };
	}

	let unsafeKey: string | undefined;
	let raw: unknown;
	try {
		// The reviver sees every key, nested ones included, before the result is handed to anything else.
		raw = JSON.parse(text, (key, value: unknown) => {
			if (unsafeKeys.has(key)) unsafeKey ??= key;
			return value;
		});
	} catch {
		return { ok: false, problem: looksTruncated(text) ? 'truncated' : 'not-json' };
	}
	if (unsafeKey !== undefined) return { ok: false, problem: 'unsafe-key', detail: unsafeKey };

	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, problem: 'not-object' };
	const envelope = raw as Record<string, unknown>;
	if (envelope.format !== backupFormat) return { ok: false, problem: 'wrong-format' };
	if ('sealed' in envelope) {
		const sealed = asSealedBackup(envelope);
		return sealed ? { ok: false, problem: 'needs-passphrase', sealed } : { ok: false, problem: 'wrong-format', detail: 'encryption' };
	}

	const version = envelope.schemaVersion;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { ok: false, problem: 'unsupported-version', detail: String(version) };
	}
	if (version > databaseVersion) return { ok: false, problem: 'newer-version', detail: String(version) };

	const exportedAt = envelope.exportedAt;
	if (typeof exportedAt !== 'string' || Number.isNaN(Date.parse(exportedAt))) {
		return { ok: false, problem: 'wrong-format', detail: 'exportedAt' };
	}
	if (typeof envelope.stores !== 'object' || envelope.stores === null || Array.isArray(envelope.stores)) {
		return { ok: false, problem: 'wrong-format', detail: 'stores' };
	}

	const upgraded = upgradeStores(envelope.stores as Record<string, unknown>, version);
	if (!upgraded) return { ok: false, problem: 'unsupported-version', detail: String(version) };

	const stores = {} as Record<StoreName, unknown[]>;
	// Only known stores are read: one from a newer or foreign app is dropped rather than refused.
	for (const store of storeNames) {
		const checked = checkStore(store, upgraded[store]);
		if (!checked.ok) return checked;
		stores[store] = checked.records;
	}
	const backup: WorkbookBackup = {
		format: backupFormat,
		schemaVersion: databaseVersion,
		exportedAt: new Date(exportedAt).toISOString(),
		stores: stores as BackupStores
	};
	return { ok: true, backup, summary: summarize(backup.stores) };
}

/** Runs the migrations from `version` up to the current one; undefined when one step is missing. */
export function upgradeStores(
	stores: Record<string, unknown>,
	version: number,
	migrations: Record<number, BackupMigration> = backupMigrations
): Record<string, unknown> | undefined {
	let current = stores;
	for (let from = version; from < databaseVersion; from++) {
		const migrate = migrations[from];
		if (!migrate) return undefined;
		current = migrate(current);
	}
	return current;
}

function checkStore(
	store: StoreName,
	list: unknown
): { ok: true; records: unknown[] } | { ok: false; problem: BackupProblem; detail: string } {
	// A store left out of the file is read as empty, so a hand-made or older backup may skip empty stores.
	if (list === undefined) return { ok: true, records: [] };
	if (!Array.isArray(list)) return { ok: false, problem: 'invalid-record', detail: store };
	if (list.length > maxRecordsPerStore) {
		return { ok: false, problem: 'too-many-records', detail: `${store}: ${list.length}` };
	}
	const schema = recordSchemas[store];
	const records: unknown[] = [];
	const ids = new Set<string>();
	for (const [index, item] of list.entries()) {
		// valibot's object schema returns a fresh object with only the known keys, so extra fields are dropped here.
		const result = v.safeParse(schema, item);
		if (!result.success) {
			const path = v.getDotPath(result.issues[0]);
			return { ok: false, problem: 'invalid-record', detail: `${store}[${index}]${path ? `.${path}` : ''}` };
		}
		if (ids.has(result.output.id)) {
			return { ok: false, problem: 'duplicate-id', detail: `${store}: ${result.output.id}` };
		}
		ids.add(result.output.id);
		records.push(result.output);
	}
	return { ok: true, records };
}

/**
 * Whether JSON that failed to parse looks cut off (an interrupted download or copy) rather than being something
 * else: it opens like JSON and ends inside a string or with brackets still open.
 */
function looksTruncated(text: string): boolean {
	const trimmed = text.trim();
	if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return false;
	let depth = 0;
	let inString = false;
	for (let i = 0; i < trimmed.length; i++) {
		const char = trimmed[i];
		if (inString) {
			if (char === '\\') i++;
			else if (char === '"') inString = false;
		} else if (char === '"') inString = true;
		else if (char === '{' || char === '[') depth++;
		else if (char === '}' || char === ']') depth--;
	}
	return inString || depth > 0;
}

export type RestoreMode = 'replace' | 'merge';

/** What a restore wrote: records taken from the copy, and records on the device that were newer and kept. */
export interface RestoreResult {
	written: number;
	kept: number;
}

/**
 * Writes a checked backup in one transaction over every store, so a failure half-way (a full disk) leaves the
 * workbook as it was. `replace` empties every store first; `merge` keeps, per id, the record changed last.
 */
export function restoreWorkbook(backup: WorkbookBackup, mode: RestoreMode): Promise<RestoreResult> {
	return measured('birge:restore', async () => {
		let written = 0;
		let kept = 0;
		let tx: IDBPTransaction<WorkbookDB, (StoreName | 'meta')[], 'readwrite'> | undefined;
		const requests: Promise<unknown>[] = [];
		try {
			const db = await workbookDB();
			// Merge compares with what is on the device, read and opened before the write transaction: sealing and
			// opening use WebCrypto, whose promises would let an open transaction commit half-way.
			let onDevice: { id: string; updatedAt: number }[][] = storeNames.map(() => []);
			if (mode === 'merge') {
				const read = db.transaction(storeNames, 'readonly');
				const lists = await Promise.all(storeNames.map((store) => read.objectStore(store).getAll()));
				await read.done;
				onDevice = await Promise.all(
					storeNames.map((store, i) =>
						Promise.all((lists[i] ?? []).map((r) => openRecord<{ id: string; updatedAt: number }>(store, r)))
					)
				);
			}
			const chosen = storeNames.map((store, i) => {
				const updatedAt = new Map((onDevice[i] ?? []).map((record) => [record.id, record.updatedAt]));
				return (backup.stores[store] as RecordTypes['answers'][]).filter((record) => {
					const existing = updatedAt.get(record.id);
					const keep = existing !== undefined && existing >= record.updatedAt;
					if (keep) kept++;
					else written++;
					return !keep;
				});
			});
			const lock = await lockSettings();
			const sealed = await Promise.all(
				chosen.map((list, i) => Promise.all(list.map(async (record) => (await sealRecord(storeNames[i]!, record)).stored)))
			);
			const transaction = (tx = db.transaction([...storeNames, 'meta'], 'readwrite'));
			// The lock changed in another tab since the records were sealed: write nothing.
			if (!sameLock(await transaction.objectStore('meta').get(lockMetaKey), lock?.salt ?? null)) {
				throw new StorageError('locked');
			}
			for (const [i, store] of storeNames.entries()) {
				// The generic store name widens idb's types to a union that every record here already matches.
				const objectStore = transaction.objectStore(store as 'answers');
				if (mode === 'replace') requests.push(objectStore.clear());
				for (const record of sealed[i] ?? []) requests.push(objectStore.put(record as never));
			}
			await Promise.all([...requests, transaction.done]);
		} catch (error) {
			// A request that throws at once (a record without an id) does not abort the transaction by itself: without
			// this the writes already queued would be committed.
			try {
				tx?.abort();
			} catch {
				// Already aborted or finished.
			}
			// The aborted requests reject too; they are expected now and must not surface as unhandled rejections.
			if (tx) void Promise.allSettled([...requests, tx.done]);
			throw toStorageError(error);
		}
		announceChange({ store: 'all' });
		return { written, kept };
	});
}

/** Deletes the whole workbook on this device, settings included, in one transaction. */
export async function eraseWorkbook(): Promise<void> {
	try {
		const tx = (await workbookDB()).transaction([...storeNames, 'meta'], 'readwrite');
		await Promise.all([...[...storeNames, 'meta' as const].map((store) => tx.objectStore(store).clear()), tx.done]);
	} catch (error) {
		throw toStorageError(error);
	}
	forgetLock();
	try {
		localStorage.removeItem(exitSettingKey);
	} catch {
		// No localStorage (tests, or blocked): nothing kept there either.
	}
	announceChange({ store: 'all' });
}
