/** The countdown of one agenda item: how long it has run, and since when it runs (undefined while paused). */
export interface TimerState {
	item: number;
	elapsedMs: number;
	startedAt?: number;
}

export function elapsed(timer: TimerState, now: number): number {
	return timer.elapsedMs + (timer.startedAt === undefined ? 0 : now - timer.startedAt);
}

/** Milliseconds left; negative once time is up (the display then counts the overrun). */
export function remaining(timer: TimerState, minutes: number, now: number): number {
	return minutes * 60_000 - elapsed(timer, now);
}

export function toggle(timer: TimerState, now: number): TimerState {
	return timer.startedAt === undefined
		? { ...timer, startedAt: now }
		: { item: timer.item, elapsedMs: elapsed(timer, now) };
}

/** `12:05`, or `−0:40` once the time is over. Whole seconds, rounded up while counting down. */
export function formatClock(ms: number): string {
	const negative = ms < 0;
	const seconds = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
	const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
	return negative ? `−${text}` : text;
}
