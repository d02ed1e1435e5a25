import type { StoreName } from './schema';

/** What changed: a store, and the record's id when one record changed (none after a clear or a restore). */
export interface WorkbookChange {
	store: StoreName | 'all';
	id?: string;
}

type Listener = (change: WorkbookChange) => void;

/**
 * Whether a change touches what a view shows: records of `stores` (only the one `id`, when given). A restore or an
 * erase changes everything, so `all` always does.
 */
export function concerns(change: WorkbookChange, stores: StoreName | StoreName[], id?: string): boolean {
	if (change.store === 'all') return true;
	const touched = Array.isArray(stores) ? stores.includes(change.store) : change.store === stores;
	return touched && (id === undefined || change.id === id);
}

const listeners = new Set<Listener>();
let channel: BroadcastChannel | undefined;

function openChannel(): BroadcastChannel | undefined {
	if (channel || typeof BroadcastChannel === 'undefined') return channel;
	channel = new BroadcastChannel('birge-workbook');
	channel.onmessage = (event: MessageEvent<WorkbookChange>) => {
		for (const listener of listeners) listener(event.data);
	};
	return channel;
}

/** Tells this tab's listeners and every other open tab that the workbook changed. */
export function announceChange(change: WorkbookChange): void {
	for (const listener of listeners) listener(change);
	openChannel()?.postMessage(change);
}

/** Calls `listener` on every change, from this tab or another; returns the function that stops it. */
export function onWorkbookChange(listener: Listener): () => void {
	openChannel();
	listeners.add(listener);
	return () => listeners.delete(listener);
}
