import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markRead, readRoutes } from './read-pages';

class MemoryStorage {
	items = new Map<string, string>();
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		this.items.set(key, value);
	}
}

beforeEach(() => {
	(globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});

afterEach(() => {
	delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('read pages', () => {
	it('remembers each route once, across calls', () => {
		markRead('think/norms');
		markRead('think/norms');
		markRead('plan/approach');
		expect([...readRoutes()]).toEqual(['think/norms', 'plan/approach']);
	});

	it('treats damaged or foreign values as nothing read', () => {
		localStorage.setItem('birge:read', '{"not":"a list"}');
		expect(readRoutes().size).toBe(0);
		localStorage.setItem('birge:read', '[1, "think/norms", null]');
		expect([...readRoutes()]).toEqual(['think/norms']);
		localStorage.setItem('birge:read', 'not json');
		expect(readRoutes().size).toBe(0);
	});

	it('keeps working when storage is blocked', () => {
		delete (globalThis as { localStorage?: unknown }).localStorage;
		expect(() => markRead('think/norms')).not.toThrow();
		expect(readRoutes().size).toBe(0);
	});
});
