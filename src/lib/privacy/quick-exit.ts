// Quick exit: leave the guide at once for a page that looks like nothing to do with it. This module is in the
// first-load chunk of every page, so it stays tiny and needs nothing else to load (no database, no network).

/** The neutral page inside the app (static/start.html, precached for offline use). */
export const neutralPage = '/start.html';
/**
 * Online, by default, an ordinary website: a search page is what any phone shows a hundred times a day, and its address
 * bar says nothing of Birge (the neutral page's address still shows Birge's domain). The user can choose another.
 */
export const ordinarySite = 'https://www.google.com/';
/** Stored as the choice when the user wants the page on this device even online. */
export const localChoice = 'local';
/** The user's chosen destination, read synchronously at the moment of exit: a database read could be too slow. */
export const exitSettingKey = 'birge-exit-to';
/** Tells every open tab of the app to drop its key and leave too. */
export const exitChannelName = 'birge-exit';

/** A chosen address, if it is one Quick exit may go to: only `https:`, which the network can neither read nor change. */
export function chosenSite(chosen: string | null | undefined): string | undefined {
	try {
		const url = new URL(chosen ?? '');
		if (url.protocol === 'https:') return url.href;
	} catch {
		// Not an address.
	}
	return undefined;
}

/**
 * Where Quick exit goes: offline, always the neutral page on this device (an outside site would show the browser's
 * "no connection" page); online, the page on this device if the user asked for it, their chosen https site, or else
 * an ordinary website.
 */
export function exitDestination(chosen: string | null | undefined, online = true): string {
	if (!online || chosen === localChoice) return neutralPage;
	return chosenSite(chosen) ?? ordinarySite;
}

function chosenDestination(): string | null {
	try {
		return localStorage.getItem(exitSettingKey);
	} catch {
		return null;
	}
}

/** Opt-in "leave fewer traces": every in-app link replaces the history entry, so Back cannot walk back into Birge. */
export const fewerTracesKey = 'birge-fewer-traces';

export function fewerTracesOn(): boolean {
	try {
		return localStorage.getItem(fewerTracesKey) === 'on';
	} catch {
		return false;
	}
}

/**
 * By default the history is the browser's own, so Android's Back goes to the previous page of Birge. With fewer
 * traces on, SvelteKit replaces the entry on every in-app link (it reads the attribute at each click).
 */
export function applyHistoryMode(on = fewerTracesOn()): void {
	document.body.toggleAttribute('data-sveltekit-replacestate', on);
}

export function setFewerTraces(on: boolean): void {
	if (on) localStorage.setItem(fewerTracesKey, 'on');
	else localStorage.removeItem(fewerTracesKey);
	applyHistoryMode(on);
}

// One channel object for sending and listening: a second object in the same page would hear this page's own message.
let channel: BroadcastChannel | undefined;
let leaving = false;

/** Hides the screen first, tells other tabs, then replaces this history entry so Back does not return to this page. */
export function quickExit(): void {
	if (leaving) return;
	leaving = true;
	document.documentElement.hidden = true;
	document.title = '';
	channel?.postMessage('exit');
	dispatchEvent(new Event(exitChannelName));
	// The presenter window was opened by the projected one: close it rather than leave a second window open. A
	// browser that refuses still navigates it away below.
	if (window.opener) window.close();
	location.replace(exitDestination(chosenDestination(), navigator.onLine));
}

/** Esc pressed three times within this many milliseconds counts as a quick exit. */
const escapeWindow = 1500;

/**
 * Listens for Esc ×3 and for an exit in another tab; returns the function that stops listening. The root layout
 * calls it once for every page, the workshop's full-window views included, whether or not the button is shown.
 */
export function listenForExit(): () => void {
	let presses: number[] = [];
	const onKey = (event: KeyboardEvent) => {
		if (event.key !== 'Escape' || event.repeat) return;
		const now = event.timeStamp;
		presses = [...presses.filter((t) => now - t < escapeWindow), now];
		if (presses.length >= 3) quickExit();
	};
	addEventListener('keydown', onKey, true);
	try {
		channel ??= new BroadcastChannel(exitChannelName);
		channel.onmessage = () => quickExit();
	} catch {
		// Older browsers: each tab exits on its own.
	}
	return () => {
		removeEventListener('keydown', onKey, true);
		channel?.close();
		channel = undefined;
	};
}
