// The passphrase lock at run time: its settings (in the `meta` store), the key (only in this page's memory), and
// turning records into what is stored and back. records.ts and backup.ts call `sealRecord`/`openRecord` for every
// store in stores.ts, so a new store is encrypted without code of its own.
import { announceChange, onWorkbookChange } from '../changes';
import { databaseVersion, StorageError, toStorageError, workbookDB } from '../db';
import { upgradeRecord } from '../migrations';
import { exitChannelName } from '$lib/privacy/quick-exit';
import { recordStores, type RecordStore } from '../stores';
import { withWorkbookLock } from '../web-lock';
import { isKeyParams, newKey, openKey, seal, unseal, type KeyParams } from './crypto';

/** Idle times the settings offer, in minutes; 0 never locks on its own. */
export const idleChoices = [0, 1, 5, 15] as const;
export type IdleMinutes = (typeof idleChoices)[number];
/** What a lock starts with when nobody chose (a lock restored from a sealed copy, damaged settings). */
export const defaultIdleMinutes: IdleMinutes = 5;

export interface LockSettings extends KeyParams {
	idleMinutes: IdleMinutes;
}

const metaKey = 'lock';

/** undefined: not read yet; null: no lock. */
let settings: LockSettings | null | undefined;
let key: CryptoKey | undefined;
const listeners = new Set<(locked: boolean) => void>();

/** A record as stored while the lock is on: only its key path and the envelope's version in clear. */
interface SealedRecord {
	id: string;
	sealed: string;
	/**
	 * The database version the record inside was written at. The upgrade transaction cannot decrypt a sealed record,
	 * so a later migration leaves it as it is and `openRecord` upgrades it after unlock (migrations.ts).
	 */
	schemaVersion?: number;
}

/** Records sealed before envelopes carried a version were all written at version 2, when the lock came. */
const unversionedSealedAt = 2;

function isSealed(value: unknown): value is SealedRecord {
	return typeof (value as SealedRecord | null)?.sealed === 'string';
}

function parseSettings(row: { value: string } | undefined): LockSettings | null {
	if (!row) return null;
	try {
		const value = JSON.parse(row.value) as LockSettings;
		if (isKeyParams(value)) {
			return { ...value, idleMinutes: idleChoices.includes(value.idleMinutes) ? value.idleMinutes : defaultIdleMinutes };
		}
	} catch {
		// Damaged settings: treated as a lock no passphrase opens, so nothing is ever written in clear beside it.
	}
	return { salt: '', iterations: 0, verifier: '', idleMinutes: 0 };
}

async function readSettings(): Promise<LockSettings | null> {
	try {
		return parseSettings(await (await workbookDB()).get('meta', metaKey));
	} catch (error) {
		throw toStorageError(error);
	}
}

let settingsOf: unknown;

/** The lock's settings, read once per database connection (a new connection may be a new or erased database). */
export async function lockSettings(): Promise<LockSettings | null> {
	const db = await workbookDB();
	if (settings === undefined || db !== settingsOf) {
		const fresh = await readSettings();
		if (fresh?.salt !== settings?.salt) key = undefined;
		settings = fresh;
		settingsOf = db;
	}
	return settings;
}

/** Whether the lock is on and the key is not in memory: nothing can be read or written until it is unlocked. */
export async function isLocked(): Promise<boolean> {
	return (await lockSettings()) !== null && !key;
}

function notify(): void {
	const locked = settings !== null && settings !== undefined && !key;
	for (const listener of listeners) listener(locked);
}

/** Calls `listener` now and whenever the workbook locks or unlocks. */
export async function watchLock(listener: (locked: boolean) => void): Promise<() => void> {
	listeners.add(listener);
	listener(await isLocked());
	return () => listeners.delete(listener);
}

/** Forgets the key: the workbook is unreadable until the passphrase is typed again. */
export function lockNow(): void {
	if (!key) return;
	key = undefined;
	clearTimeout(idleTimer);
	notify();
}

/** Tries a passphrase; a wrong one changes nothing. */
export async function unlock(passphrase: string): Promise<'ok' | 'wrong'> {
	const current = await readSettings();
	settings = current;
	if (!current) return 'ok';
	if (!isKeyParams(current)) return 'wrong';
	const opened = await openKey(passphrase, current);
	if (!opened) return 'wrong';
	key = opened;
	armIdle();
	notify();
	announceChange({ store: 'all' });
	return 'ok';
}

const context = (store: RecordStore, id: string) => `${store}/${id}`;

/** A record sealed with `key`, in the envelope the stores keep while the lock is on. */
export async function sealWith(key: CryptoKey, store: RecordStore, record: { id: string }): Promise<SealedRecord> {
	return { id: record.id, sealed: await seal(key, record, context(store, record.id)), schemaVersion: databaseVersion };
}

/** What to store for a record: sealed while the lock is on. `salt` says under which lock, checked when writing. */
export async function sealRecord(
	store: RecordStore,
	record: { id: string }
): Promise<{ stored: unknown; salt: string | null }> {
	const current = await lockSettings();
	if (!current) return { stored: record, salt: null };
	if (!key) throw new StorageError('locked');
	return { stored: await sealWith(key, store, record), salt: current.salt };
}

/** The record a stored value holds. Records stored in clear (before the lock was turned on) are read as they are. */
export async function openRecord<T>(store: RecordStore, stored: unknown): Promise<T> {
	if (!isSealed(stored)) return stored as T;
	if (!key) throw new StorageError('locked');
	let record: unknown;
	try {
		record = await unseal(key, stored.sealed, context(store, stored.id));
	} catch (error) {
		// Another tab may have changed the passphrase: then this key is simply old, not the record damaged.
		if (await keyIsStale()) throw new StorageError('locked', error);
		throw new StorageError('damaged', error);
	}
	const version = typeof stored.schemaVersion === 'number' ? stored.schemaVersion : unversionedSealedAt;
	const upgraded = upgradeRecord(store, record, version);
	if (upgraded === undefined) throw new StorageError('damaged');
	return upgraded as T;
}

/** Whether a meta row holds the lock a record was sealed under (null: no lock). Read in the write's transaction. */
export function sameLock(row: { value: string } | undefined, salt: string | null): boolean {
	return (parseSettings(row)?.salt ?? null) === salt;
}

export const lockMetaKey = metaKey;

async function keyIsStale(): Promise<boolean> {
	const fresh = await readSettings();
	if (fresh?.salt === settings?.salt) return false;
	settings = fresh;
	key = undefined;
	notify();
	return true;
}

/**
 * Rewrites every record under a new lock (or none), in one transaction with the settings, so the workbook is never
 * half in one lock and half in another. Holds the workbook's exclusive Web Lock from the first read to the last
 * write, so no tab saves in between. Needs the current key when the lock is on; `expectedSalt` is the lock the
 * user's current passphrase was checked against, and nothing happens when another tab has changed it since.
 */
async function rewriteAll(
	next: { key: CryptoKey; settings: LockSettings } | null,
	expectedSalt: string | null
): Promise<void> {
	await withWorkbookLock('exclusive', async () => {
		const db = await workbookDB();
		try {
			const onDisk = parseSettings(await db.get('meta', metaKey));
			if ((onDisk?.salt ?? null) !== expectedSalt) throw new StorageError('locked');
			const read = db.transaction([...recordStores], 'readonly');
			const lists = await Promise.all(recordStores.map((store) => read.objectStore(store).getAll()));
			await read.done;
			const plain = await Promise.all(
				recordStores.map((store, i) => Promise.all((lists[i] ?? []).map((r) => openRecord<{ id: string }>(store, r))))
			);
			const rewritten = await Promise.all(
				recordStores.map((store, i) =>
					Promise.all((plain[i] ?? []).map((record) => (next ? sealWith(next.key, store, record) : record)))
				)
			);
			const tx = db.transaction([...recordStores, 'meta'], 'readwrite');
			const requests: Promise<unknown>[] = [];
			for (const [i, store] of recordStores.entries()) {
				// The generic store name widens idb's value type to a union; every value here is a record or a sealed one.
				const objectStore = tx.objectStore(store as 'answers');
				requests.push(objectStore.clear());
				for (const value of rewritten[i] ?? []) requests.push(objectStore.put(value as never));
			}
			const meta = tx.objectStore('meta');
			requests.push(next ? meta.put(lockRow(next.settings)) : meta.delete(metaKey));
			await Promise.all([...requests, tx.done]);
		} catch (error) {
			throw toStorageError(error);
		}
	});
	adoptLock(next);
}

/** The `meta` row that holds a lock's settings. */
export function lockRow(next: LockSettings): { key: string; value: string } {
	return { key: metaKey, value: JSON.stringify(next) };
}

/** After a lock was written to disk (here, or by a restore): this page holds its key and settings from now on. */
export function adoptLock(next: { key: CryptoKey; settings: LockSettings } | null): void {
	settings = next?.settings ?? null;
	key = next?.key;
	armIdle();
	notify();
	announceChange({ store: 'all' });
}

/** Checks the passphrase the lock has now; a lock that is off needs none. */
async function currentPassphraseOpens(current: string | undefined): Promise<{ ok: boolean; salt: string | null }> {
	const onDisk = await readSettings();
	if (!onDisk && !settings) return { ok: true, salt: null };
	// Another tab turned the lock on or off or changed the passphrase: this page's key is old.
	if (onDisk?.salt !== settings?.salt) {
		await keyIsStale();
		throw new StorageError('locked');
	}
	if (!onDisk) return { ok: true, salt: null };
	if (!key) throw new StorageError('locked');
	if (!current || !isKeyParams(onDisk)) return { ok: false, salt: onDisk.salt };
	return { ok: (await openKey(current, onDisk)) !== undefined, salt: onDisk.salt };
}

export interface NewPassphrase {
	passphrase: string;
	idleMinutes: IdleMinutes;
	/** The passphrase the lock has now; needed to change it, ignored when the lock is off. */
	current?: string;
}

/**
 * Turns the lock on (encrypting everything) or changes the passphrase (re-encrypting everything). Changing it needs
 * the current passphrase: someone who finds the phone unlocked must not be able to lock its owner out.
 */
export async function setPassphrase({ passphrase, idleMinutes, current }: NewPassphrase): Promise<'ok' | 'wrong'> {
	if (await isLocked()) throw new StorageError('locked');
	const check = await currentPassphraseOpens(current);
	if (!check.ok) return 'wrong';
	const made = await newKey(passphrase);
	await rewriteAll({ key: made.key, settings: { ...made.params, idleMinutes } }, check.salt);
	return 'ok';
}

/** Turns the lock off: everything is decrypted and stored in clear again. Needs the current passphrase. */
export async function removeLock(current: string): Promise<'ok' | 'wrong'> {
	if (await isLocked()) throw new StorageError('locked');
	const check = await currentPassphraseOpens(current);
	if (!check.ok) return 'wrong';
	await rewriteAll(null, check.salt);
	return 'ok';
}

/** Changes how long the workbook stays open without use; the data is not touched. */
export async function setIdleMinutes(idleMinutes: IdleMinutes): Promise<void> {
	const current = await lockSettings();
	if (!current) return;
	const next = { ...current, idleMinutes };
	try {
		await (await workbookDB()).put('meta', lockRow(next));
	} catch (error) {
		throw toStorageError(error);
	}
	settings = next;
	armIdle();
}

/** The key and settings backups made now are sealed with (undefined when the lock is off). */
export async function backupKey(): Promise<{ key: CryptoKey; params: KeyParams } | undefined> {
	const current = await lockSettings();
	if (!current) return undefined;
	if (!key) throw new StorageError('locked');
	return { key, params: { salt: current.salt, iterations: current.iterations, verifier: current.verifier } };
}

/** After "Erase everything": no lock, no key. */
export function forgetLock(): void {
	settings = null;
	key = undefined;
	clearTimeout(idleTimer);
	notify();
}

// Idle lock: any use of the page restarts the clock; a page left in the background is checked when it comes back,
// since timers there are slowed down.
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let lastActivity = Date.now();
let watching = false;

function idleMs(): number {
	return (settings?.idleMinutes ?? 0) * 60_000;
}

function armIdle(): void {
	clearTimeout(idleTimer);
	lastActivity = Date.now();
	if (!key || !idleMs() || typeof window === 'undefined') return;
	idleTimer = setTimeout(lockNow, idleMs());
	if (watching) return;
	watching = true;
	for (const type of ['pointerdown', 'keydown', 'input', 'scroll', 'wheel']) {
		addEventListener(type, onActivity, { passive: true, capture: true });
	}
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible' && key && idleMs() && Date.now() - lastActivity >= idleMs()) lockNow();
	});
}

function onActivity(): void {
	// Cheap on every keystroke: the timer is only restarted when a second has passed.
	if (key && idleMs() && Date.now() - lastActivity > 1000) armIdle();
}

if (typeof window !== 'undefined') {
	// Quick exit drops the key before the page goes.
	addEventListener(exitChannelName, lockNow);
	// Another tab turned the lock on or off or changed the passphrase: read the settings again.
	onWorkbookChange((change) => {
		if (change.store !== 'all') return;
		void readSettings().then((fresh) => {
			const before = settings;
			settings = fresh;
			if (fresh?.salt !== before?.salt && key) key = undefined;
			notify();
		}, () => undefined);
	});
}
