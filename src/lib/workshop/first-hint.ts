// The note on the first slide that says how to move. Once the facilitator has moved, they know: it stays away for the
// rest of the browser session (sessionStorage, so it is gone when the tab closes and leaves nothing on the device).

/** The session key; it starts with `birge` like every key the app keeps. */
export const firstHintKey = 'birge-present-hint-seen';

// Where sessionStorage is refused (some private modes), the note still stays away for as long as this page lives.
let seenHere = false;

export function firstHintSeen(storage: Pick<Storage, 'getItem'> | undefined = globalThis.sessionStorage): boolean {
	if (seenHere) return true;
	try {
		return storage?.getItem(firstHintKey) === 'yes';
	} catch {
		return false;
	}
}

export function rememberFirstHintSeen(storage: Pick<Storage, 'setItem'> | undefined = globalThis.sessionStorage): void {
	seenHere = true;
	try {
		storage?.setItem(firstHintKey, 'yes');
	} catch {
		// Remembered in memory above.
	}
}
