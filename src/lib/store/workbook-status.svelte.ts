import { onWorkbookChange } from './changes';
import type { PersistenceResult } from './persistence';
import { isRefusal, toStorageError, type FieldProblem, type StorageProblem } from './storage-error';

/**
 * Whether the workbook can be written on this device, and why not. One instance: every form reads it, so one
 * failure (no IndexedDB, a full disk, another tab upgrading) turns the whole workbook read-only with one message,
 * and nothing already saved is touched.
 */
class WorkbookStatus {
	#problem = $state<Exclude<StorageProblem, 'locked'>>();
	/** The passphrase lock is on and the key is not in memory: forms show the unlock form, never empty boxes. */
	#locked = $state(false);
	#persistence = $state<PersistenceResult>();
	/** The last save the record schemas refused, until a save succeeds; the workbook stays writable. */
	#refused = $state<FieldProblem[]>();
	#asked = false;

	get problem() {
		return this.#problem;
	}
	get locked() {
		return this.#locked;
	}
	get readOnly() {
		return this.#problem !== undefined || this.#locked;
	}
	get persistence() {
		return this.#persistence;
	}
	get refused() {
		return this.#refused;
	}

	/** Opens the database once, so a blocked or missing IndexedDB is reported before anyone types. */
	async connect(): Promise<void> {
		try {
			// IndexedDB code loads after the page is up: reading a page never waits for it.
			const { workbookDB } = await import('./db');
			await workbookDB({
				onBlocked: () => (this.#problem = 'blocked'),
				onVersionChange: () => (this.#problem = 'version')
			});
			if (this.#problem === 'blocked') this.#problem = undefined;
			// The lock's code is in the storage chunk too; it reports every lock and unlock from now on.
			const { watchLock } = await import('./lock/vault');
			await watchLock((locked) => (this.#locked = locked));
		} catch (error) {
			this.fail(error);
		}
	}

	/**
	 * Runs a write; the error is not rethrown. A storage failure turns the workbook read-only with a message; a record
	 * the schemas refused (the forms' limits should have stopped it) is kept in `refused`, so the form can say "not
	 * saved" beside the field, and nothing else changes.
	 */
	async write<T>(action: () => Promise<T>): Promise<T | undefined> {
		if (this.readOnly) return undefined;
		try {
			const done = await action();
			this.#refused = undefined;
			return done;
		} catch (error) {
			if (isRefusal(error)) this.#refused = error.problems;
			else this.fail(error);
			return undefined;
		}
	}

	fail(error: unknown): void {
		const { problem } = toStorageError(error);
		if (problem === 'locked') this.#locked = true;
		else this.#problem = problem;
	}

	/** After the first real answer: ask the browser to keep the workbook, once per visit. */
	async afterFirstAnswer(): Promise<void> {
		if (this.#asked) return;
		this.#asked = true;
		const { requestPersistence } = await import('./persistence');
		this.#persistence = await requestPersistence().catch(() => undefined);
	}

	/** Calls `listener` when another tab (or another part of this one) changes the workbook. */
	subscribe = onWorkbookChange;
}

export const workbookStatus = new WorkbookStatus();
