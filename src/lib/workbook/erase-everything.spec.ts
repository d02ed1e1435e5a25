import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeWorkbookDB, workbookDB } from '$lib/store/db';
import { forgetLock, isLocked, setPassphrase } from '$lib/store/lock/vault';
import { saveRecord } from '$lib/store/records';
import { storeNames } from '$lib/store/schema';
import { eraseEverything, forgetDeviceSettings } from './erase-everything';

/** localStorage as the browser has it, for Node. */
class MemoryStorage implements Storage {
	#items = new Map<string, string>();
	get length() {
		return this.#items.size;
	}
	key(index: number) {
		return [...this.#items.keys()][index] ?? null;
	}
	getItem(key: string) {
		return this.#items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		this.#items.set(key, value);
	}
	removeItem(key: string) {
		this.#items.delete(key);
	}
	clear() {
		this.#items.clear();
	}
}

const deviceSettings = {
	'birge-exit-to': 'https://weather.example/',
	'birge:last-page:en': '{"href":"/en/think/norms/","title":"Gender norms"}',
	'birge:last-page:ru': '{"href":"/ru/think/norms/","title":"Гендерные нормы"}',
	'birge.language': 'ru',
	'birge:action-plan-sections': '["referrals"]'
};

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
	globalThis.localStorage = new MemoryStorage();
	for (const [key, value] of Object.entries(deviceSettings)) localStorage.setItem(key, value);
	forgetLock();
});

afterEach(async () => {
	await closeWorkbookDB();
	delete (globalThis as { localStorage?: Storage }).localStorage;
});

describe('eraseEverything', () => {
	it('empties the workbook, removes the lock, and forgets every setting of this device', async () => {
		localStorage.setItem('another-site-key', 'kept');
		localStorage.setItem('birge-discreet-install', 'on');
		await saveRecord('answers', { id: 'think.norms.q1', text: 'Something private' });
		await saveRecord('agendas', { id: 'a1', title: 'Session', date: '', notes: '', items: [] });
		await setPassphrase({ passphrase: 'long passphrase', idleMinutes: 5 });
		await eraseEverything();
		const db = await workbookDB();
		for (const store of [...storeNames, 'meta'] as const) expect(await db.count(store), store).toBe(0);
		expect(await isLocked()).toBe(false);
		expect(Object.keys(deviceSettings).map((key) => localStorage.getItem(key))).toEqual([null, null, null, null, null]);
		expect(localStorage.getItem('another-site-key')).toBe('kept');
		// An installed "Notes" keeps its name: erasing must not put Birge back on the home screen.
		expect(localStorage.getItem('birge-discreet-install')).toBe('on');
	}, 30_000);

	it('says so when the browser blocks its storage, and does not throw', () => {
		const blocked = { get length(): number { throw new DOMException('blocked', 'SecurityError'); } } as unknown as Storage;
		expect(forgetDeviceSettings(blocked)).toBe(false);
	});
});
