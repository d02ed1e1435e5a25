import type { TimerState } from './timer';

export type Blank = 'none' | 'black' | 'white';

/** What the projected window and the presenter window share: where the deck is, the blank screen and the timers. */
export interface DeckSnapshot {
	index: number;
	blank: Blank;
	timers: TimerState[];
	timerHidden: boolean;
}

type DeckMessage =
	| { type: 'state'; from: string; agendaId: string; snapshot: DeckSnapshot }
	| { type: 'hello'; from: string; agendaId: string };

/**
 * Keeps the windows presenting one agenda in step over a BroadcastChannel (same device, same origin; nothing
 * leaves the browser). Each window says which it is, so it ignores its own echo; a new window asks for the state.
 */
export function deckChannel(agendaId: string, handlers: { onState: (s: DeckSnapshot) => void; onHello: () => void }) {
	if (typeof BroadcastChannel === 'undefined') return { publish() {}, hello() {}, close() {} };
	const from = crypto.randomUUID();
	const channel = new BroadcastChannel('birge-workshop');
	channel.onmessage = (event: MessageEvent<DeckMessage>) => {
		const message = event.data;
		if (message.from === from || message.agendaId !== agendaId) return;
		if (message.type === 'state') handlers.onState(message.snapshot);
		else handlers.onHello();
	};
	return {
		publish(snapshot: DeckSnapshot) {
			channel.postMessage({ type: 'state', from, agendaId, snapshot } satisfies DeckMessage);
		},
		hello() {
			channel.postMessage({ type: 'hello', from, agendaId } satisfies DeckMessage);
		},
		close() {
			channel.close();
		}
	};
}
