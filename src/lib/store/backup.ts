import type { IDBPTransaction } from 'idb';
import { measured } from '$lib/perf';
import { announceChange } from './changes';
import { databaseVersion, StorageError, toStorageError, workbookDB } from './db';
import { isBase64, isKeyParams, openKey, seal, unseal, type KeyParams } from './lock/crypto';
import {
	adoptLock,
	backupKey,
	defaultIdleMinutes,
	forgetLock,
	lockMetaKey,
	lockRow,
	lockSettings,
	openRecord,
	sameLock,
	sealRecord,
	sealWith,
	type LockSettings
} from './lock/vault';
import { upgradeStores } from './migrations';
import { checkRecord, storeNames, type RecordTypes, type StoreName, type WorkbookDB } from './schema';
import type { FieldProblem } from './storage-error';
import { withWorkbookLock } from './web-lock';

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

/** How many records of each kind a restore would write, for the preview before restoring. */
export type BackupSummary = Record<StoreName, number>;

/** Why a record of a file is left out of a restore. */
export type SkipReason = 'date' | 'duplicate' | 'damaged';

/** What became of the records of one store of a file: restored as they are, shortened to fit, or skipped. */
export interface StoreReport {
	/** Records restored as they are. */
	whole: number;
	/** Records with a text or a list longer than the app allows, restored cut to the limit. */
	shortened: number;
	skipped: Record<SkipReason, number>;
}

export type RestoreReport = Record<StoreName, StoreReport>;

/** Why a whole file was refused; the page shows one message per code in the reader's language. */
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
	| 'nothing-valid'
	| 'wrong-passphrase'
	| 'damaged';

/** The lock a sealed copy was made under: the key its passphrase opened, and what derives that key again. */
export interface BackupLock {
	key: CryptoKey;
	params: KeyParams;
}

export type ParsedBackup =
	| { ok: true; backup: WorkbookBackup; summary: BackupSummary; report: RestoreReport; lock?: BackupLock }
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

/**
 * Opens a sealed copy with its passphrase, then checks what it holds like any other file. Never throws: a copy whose
 * encryption fields were damaged is `damaged` (or, when only the verifier is, `wrong-passphrase`).
 */
export async function openSealedBackup(sealed: SealedBackup, passphrase: string): Promise<ParsedBackup> {
	try {
		const key = await openKey(passphrase, sealed.encryption);
		if (!key) return { ok: false, problem: 'wrong-passphrase' };
		let inner: unknown;
		try {
			inner = await unseal(key, sealed.sealed, sealedContext);
		} catch {
			return { ok: false, problem: 'damaged' };
		}
		const parsed = parseBackup(JSON.stringify(inner));
		if (parsed.ok) {
			const { salt, iterations, verifier } = sealed.encryption;
			return { ...parsed, lock: { key, params: { salt, iterations, verifier } } };
		}
		// A sealed file inside a sealed file is not something this app writes.
		return parsed.problem === 'needs-passphrase' ? { ok: false, problem: 'wrong-format' } : parsed;
	} catch {
		return { ok: false, problem: 'damaged' };
	}
}

function asSealedBackup(envelope: Record<string, unknown>): SealedBackup | undefined {
	const { encryption, sealed, exportedAt } = envelope;
	if (typeof sealed !== 'string' || !isBase64(sealed)) return undefined;
	if (typeof exportedAt !== 'string' || Number.isNaN(Date.parse(exportedAt))) return undefined;
	if (!isKeyParams(encryption)) return undefined;
	const { cipher, kdf } = encryption as unknown as Record<string, unknown>;
	if (cipher !== 'AES-GCM' || kdf !== 'PBKDF2-SHA256') return undefined;
	const { salt, iterations, verifier } = encryption;
	return { format: backupFormat, exportedAt, encryption: { salt, iterations, verifier, cipher, kdf }, sealed };
}

/** Every record of every store, read in one transaction so the copy is consistent even while another tab writes. */
export function exportWorkbook(): Promise<WorkbookBackup> {
	// Shared: never in the middle of a re-encryption, whose records this page might not have the key for yet.
	return measured('birge:export', () => withWorkbookLock('shared', async () => {
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
	}));
}

/**
 * `notes-2025-03-08.json`, by the user's own calendar day. The name says nothing of Birge: it stays in the phone's
 * Downloads, where someone else may look. The file itself says what it is (`format`).
 */
export function backupFileName(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `notes-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

export function summarize(stores: BackupStores): BackupSummary {
	return Object.fromEntries(storeNames.map((store) => [store, stores[store].length])) as BackupSummary;
}

export interface ParseOptions {
	/**
	 * The `format` the file must name. A shared file (src/lib/share-file/) is checked by this same parser under a name
	 * of its own, so Restore never takes one for a whole workbook and only the backup's own format can be sealed.
	 */
	format?: string;
}

// Keys that would reach Object.prototype if any later code copied the parsed object with a spread or assignment.
const unsafeKeys = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Reads a backup file's text and checks all of it; returns a problem instead of throwing. A file that is not a
 * Birge backup, or whose frame is damaged, is refused whole. Inside a good frame each record is checked on its
 * own with the schema every save uses: a text or list that is too long is cut to fit, and a record that cannot be
 * read (an impossible date, a wrong type, the same id twice) is left out; `report` says how many of each.
 */
export function parseBackup(text: string, { format = backupFormat }: ParseOptions = {}): ParsedBackup {
	// A byte order mark, as Notepad writes it, is not part of the copy.
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
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
		// Deep nesting can also end here, as a RangeError of the reviver's recursion: either way it is no copy.
		return { ok: false, problem: looksTruncated(text) ? 'truncated' : 'not-json' };
	}
	if (unsafeKey !== undefined) return { ok: false, problem: 'unsafe-key', detail: unsafeKey };

	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, problem: 'not-object' };
	const envelope = raw as Record<string, unknown>;
	if (envelope.format !== format) return { ok: false, problem: 'wrong-format' };
	if (format === backupFormat && ('sealed' in envelope || 'encryption' in envelope)) {
		const sealed = asSealedBackup(envelope);
		return sealed ? { ok: false, problem: 'needs-passphrase', sealed } : { ok: false, problem: 'damaged', detail: 'encryption' };
	}

	const version = envelope.schemaVersion;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { ok: false, problem: 'unsupported-version' };
	}
	if (version > databaseVersion) return { ok: false, problem: 'newer-version', detail: `${version}` };

	const exportedAt = envelope.exportedAt;
	if (typeof exportedAt !== 'string' || Number.isNaN(Date.parse(exportedAt))) {
		return { ok: false, problem: 'wrong-format', detail: 'exportedAt' };
	}
	if (typeof envelope.stores !== 'object' || envelope.stores === null || Array.isArray(envelope.stores)) {
		return { ok: false, problem: 'wrong-format', detail: 'stores' };
	}

	const upgraded = upgradeStores(envelope.stores as Record<string, unknown>, version);
	if (!upgraded) return { ok: false, problem: 'unsupported-version' };

	const stores = {} as Record<StoreName, unknown[]>;
	const report = {} as RestoreReport;
	// Only known stores are read: one from a newer or foreign app is dropped rather than refused.
	for (const store of storeNames) {
		const checked = checkStore(store, upgraded[store]);
		if (!checked.ok) return checked;
		stores[store] = checked.records;
		report[store] = checked.report;
	}
	const backup: WorkbookBackup = {
		format: backupFormat,
		schemaVersion: databaseVersion,
		exportedAt: new Date(exportedAt).toISOString(),
		stores: stores as BackupStores
	};
	const summary = summarize(backup.stores);
	const restorable = storeNames.some((store) => summary[store] > 0);
	const skipped = storeNames.some((store) => Object.values(report[store].skipped).some((n) => n > 0));
	// Every record was unreadable: restoring "nothing" with Replace would only empty the workbook.
	if (!restorable && skipped) return { ok: false, problem: 'nothing-valid' };
	return { ok: true, backup, summary, report };
}

function emptyReport(): StoreReport {
	return { whole: 0, shortened: 0, skipped: { date: 0, duplicate: 0, damaged: 0 } };
}

function checkStore(
	store: StoreName,
	list: unknown
): { ok: true; records: unknown[]; report: StoreReport } | { ok: false; problem: BackupProblem; detail: string } {
	const report = emptyReport();
	// A store left out of the file is read as empty, so a hand-made or older backup may skip empty stores.
	if (list === undefined) return { ok: true, records: [], report };
	if (!Array.isArray(list)) return { ok: false, problem: 'invalid-record', detail: store };
	if (list.length > maxRecordsPerStore) {
		return { ok: false, problem: 'too-many-records', detail: `${store}: ${list.length}` };
	}
	const records: unknown[] = [];
	const ids = new Set<string>();
	for (const item of list) {
		const checked = checkItem(store, item);
		if ('skip' in checked) {
			report.skipped[checked.skip]++;
			continue;
		}
		const { id } = checked.record as { id: string };
		if (ids.has(id)) {
			report.skipped.duplicate++;
			continue;
		}
		ids.add(id);
		records.push(checked.record);
		if (checked.shortened) report.shortened++;
		else report.whole++;
	}
	return { ok: true, records, report };
}

/** One record of a file: as it is, cut to fit, or the reason it cannot be restored. */
function checkItem(store: StoreName, item: unknown): { record: unknown; shortened: boolean } | { skip: SkipReason } {
	let checked = checkRecord(store, item);
	if (checked.ok) return { record: checked.record, shortened: false };
	// Cutting repeats at most once per level a list can nest (agenda → items → notes).
	for (let pass = 0; pass < 3 && !checked.ok && checked.problems.every(isShortenable); pass++) {
		for (const problem of checked.problems) shorten(item, problem);
		checked = checkRecord(store, item);
	}
	if (checked.ok) return { record: checked.record, shortened: true };
	return { skip: checked.problems.some((problem) => problem.kind === 'date') ? 'date' : 'damaged' };
}

const isShortenable = (problem: FieldProblem) => problem.kind === 'too-long' || problem.kind === 'too-many';

/** Cuts the text or list at `problem.field` of a freshly parsed record to its limit, in place. */
function shorten(record: unknown, { field, limit }: FieldProblem): void {
	const path = field.split('.');
	const last = path.pop();
	let parent: unknown = record;
	for (const key of path) parent = (parent as Record<string, unknown> | undefined)?.[key];
	if (typeof parent !== 'object' || parent === null || last === undefined || limit === undefined) return;
	const target = parent as Record<string, unknown>;
	const value = target[last];
	if (typeof value === 'string') target[last] = cutText(value, limit);
	else if (Array.isArray(value)) target[last] = value.slice(0, limit);
}

/** The first `limit` UTF-16 units of a text, without leaving half of a character that takes two (an emoji). */
export function cutText(text: string, limit: number): string {
	const cut = text.slice(0, limit);
	const lastUnit = cut.charCodeAt(cut.length - 1);
	return lastUnit >= 0xd800 && lastUnit <= 0xdbff ? cut.slice(0, -1) : cut;
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

export interface RestoreOptions {
	/** `replace` empties every store first; `merge` keeps, per id, the record changed last. */
	mode: RestoreMode;
	/**
	 * The lock of a sealed copy. When this device has no lock, the restore turns it on with the copy's passphrase, so
	 * a copy made locked never ends up stored in clear; a device with a lock of its own keeps it.
	 */
	lock?: BackupLock;
}

/** What a restore wrote: records taken from the copy, and records on the device that were newer and kept. */
export interface RestoreResult {
	written: number;
	kept: number;
	/** The restore turned the passphrase lock on (with the copy's passphrase). */
	lockedWithCopy: boolean;
}

type Stamped = { id: string; updatedAt: number };

/**
 * Writes a checked backup in one transaction over every store, so a failure half-way (a full disk) leaves the
 * workbook as it was. Holds the workbook's exclusive Web Lock, so no other tab saves while the stores are replaced.
 */
export function restoreWorkbook(backup: WorkbookBackup, { mode, lock }: RestoreOptions): Promise<RestoreResult> {
	return measured('birge:restore', () =>
		withWorkbookLock('exclusive', async () => {
			let written = 0;
			let kept = 0;
			let tx: IDBPTransaction<WorkbookDB, (StoreName | 'meta')[], 'readwrite'> | undefined;
			const requests: Promise<unknown>[] = [];
			const deviceLock = await lockSettings();
			// A sealed copy restored where there is no lock brings its lock along.
			const adopted: { key: CryptoKey; settings: LockSettings } | undefined =
				!deviceLock && lock ? { key: lock.key, settings: { ...lock.params, idleMinutes: defaultIdleMinutes } } : undefined;
			// Turning the lock on rewrites every record, so a merge then rewrites what stays from the device too.
			const rewriteDevice = adopted !== undefined && mode === 'merge';
			try {
				const db = await workbookDB();
				// Merge compares with what is on the device, read and opened before the write transaction: sealing and
				// opening use WebCrypto, whose promises would let an open transaction commit half-way.
				let onDevice: Stamped[][] = storeNames.map(() => []);
				if (mode === 'merge') {
					const read = db.transaction(storeNames, 'readonly');
					const lists = await Promise.all(storeNames.map((store) => read.objectStore(store).getAll()));
					await read.done;
					onDevice = await Promise.all(
						storeNames.map((store, i) => Promise.all((lists[i] ?? []).map((r) => openRecord<Stamped>(store, r))))
					);
				}
				const chosen = storeNames.map((store, i) => {
					const device = new Map((onDevice[i] ?? []).map((record) => [record.id, record]));
					const fromCopy = (backup.stores[store] as Stamped[]).filter((record) => {
						const existing = device.get(record.id);
						const keep = existing !== undefined && existing.updatedAt >= record.updatedAt;
						if (keep) kept++;
						else {
							written++;
							device.delete(record.id);
						}
						return !keep;
					});
					return rewriteDevice ? [...device.values(), ...fromCopy] : fromCopy;
				});
				const sealed = await Promise.all(
					chosen.map((list, i) =>
						Promise.all(
							list.map(async (record) =>
								adopted ? sealWith(adopted.key, storeNames[i]!, record) : (await sealRecord(storeNames[i]!, record)).stored
							)
						)
					)
				);
				const transaction = (tx = db.transaction([...storeNames, 'meta'], 'readwrite'));
				const meta = transaction.objectStore('meta');
				// The lock changed in another tab since the records were sealed: write nothing.
				if (!sameLock(await meta.get(lockMetaKey), deviceLock?.salt ?? null)) throw new StorageError('locked');
				for (const [i, store] of storeNames.entries()) {
					// The generic store name widens idb's types to a union that every record here already matches.
					const objectStore = transaction.objectStore(store as 'answers');
					if (mode === 'replace' || rewriteDevice) requests.push(objectStore.clear());
					for (const record of sealed[i] ?? []) requests.push(objectStore.put(record as never));
				}
				if (adopted) requests.push(meta.put(lockRow(adopted.settings)));
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
			if (adopted) adoptLock(adopted);
			else announceChange({ store: 'all' });
			return { written, kept, lockedWithCopy: adopted !== undefined };
		})
	);
}

/** Deletes the whole workbook on this device, the lock's settings included, in one transaction. */
export async function eraseWorkbook(): Promise<void> {
	await withWorkbookLock('exclusive', async () => {
		try {
			const tx = (await workbookDB()).transaction([...storeNames, 'meta'], 'readwrite');
			await Promise.all([...[...storeNames, 'meta' as const].map((store) => tx.objectStore(store).clear()), tx.done]);
		} catch (error) {
			throw toStorageError(error);
		}
	});
	forgetLock();
	announceChange({ store: 'all' });
}
