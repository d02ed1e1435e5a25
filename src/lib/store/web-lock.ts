// Turning the lock on, changing the passphrase, restoring and erasing read the whole workbook, seal it again and write
// it back in a second transaction (WebCrypto's promises would let a single transaction commit half-way). A save from
// another tab between the two would be cleared away. So those operations hold an exclusive Web Lock, and every save
// or delete a shared one: a save waits until the workbook is whole again, then checks the lock as usual.

const lockName = 'birge-workbook';

export type LockMode = 'shared' | 'exclusive';

/** Runs `action` while holding the workbook's Web Lock in `mode`, across every tab of this origin. */
export function withWorkbookLock<T>(mode: LockMode, action: () => Promise<T>): Promise<T> {
	const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
	if (locks) return locks.request(lockName, { mode }, action) as Promise<T>;
	return inThisTab(mode, action);
}

// Without Web Locks (Node in unit tests; browsers older than 2022) the same order is kept inside this tab.
let everything: Promise<unknown> = Promise.resolve();
let lastExclusive: Promise<unknown> = Promise.resolve();

function inThisTab<T>(mode: LockMode, action: () => Promise<T>): Promise<T> {
	const settled = (p: Promise<unknown>) => p.then(
		() => undefined,
		() => undefined
	);
	if (mode === 'exclusive') {
		const run = settled(everything).then(action);
		everything = lastExclusive = settled(run);
		return run;
	}
	const run = settled(lastExclusive).then(action);
	everything = Promise.all([settled(everything), settled(run)]);
	return run;
}
