import { describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module for each case: it remembers in memory too. */
async function freshHint() {
	vi.resetModules();
	return import('./first-hint');
}

function sessionLike(): Storage {
	const values = new Map<string, string>();
	return {
		getItem: (key: string) => values.get(key) ?? null,
		setItem: (key: string, value: string) => void values.set(key, value),
		removeItem: (key: string) => void values.delete(key),
		clear: () => values.clear(),
		key: () => null,
		get length() {
			return values.size;
		}
	};
}

describe('the first slide’s note', () => {
	it('shows until the facilitator has moved once, then stays away for the session', async () => {
		const { firstHintSeen, rememberFirstHintSeen, firstHintKey } = await freshHint();
		const session = sessionLike();
		expect(firstHintSeen(session)).toBe(false);
		rememberFirstHintSeen(session);
		expect(session.getItem(firstHintKey)).toBe('yes');
		// Another page of the same session (a reload, the next presentation) reads it back.
		const again = await freshHint();
		expect(again.firstHintSeen(session)).toBe(true);
		expect(again.firstHintSeen(sessionLike())).toBe(false);
	});

	it('stays away for the life of the page where the browser refuses session storage', async () => {
		const { firstHintSeen, rememberFirstHintSeen } = await freshHint();
		const refusing = {
			getItem: () => {
				throw new DOMException('blocked', 'SecurityError');
			},
			setItem: () => {
				throw new DOMException('blocked', 'SecurityError');
			}
		};
		expect(firstHintSeen(refusing)).toBe(false);
		rememberFirstHintSeen(refusing);
		expect(firstHintSeen(refusing)).toBe(true);
	});
});
