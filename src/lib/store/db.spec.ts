import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeWorkbookDB, databaseName, databaseVersion, StorageError, toStorageError, workbookDB } from './db';
import { recordSchemas, storeNames, type StoreName } from './schema';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

afterEach(async () => {
	vi.unstubAllGlobals();
	await closeWorkbookDB();
});

/**
 * The database exactly as each released version left it on a user's phone: its stores, made with raw IndexedDB
 * (never with today's `upgrade`, which would make the old shape look like the new one), and records as that version
 * wrote them. When `databaseVersion` goes up, add the new version here and leave the old entries as they are.
 */
const released: { version: number; create: (db: IDBDatabase) => void; records: Partial<Record<StoreName, object[]>> }[] = [
	{
		version: 1,
		create(db) {
			for (const store of ['answers', 'selections', 'targetGroups', 'allies', 'partners']) {
				db.createObjectStore(store, { keyPath: 'id' });
			}
			db.createObjectStore('referrals', { keyPath: 'id' }).createIndex('byKind', 'kind');
			db.createObjectStore('checkIns', { keyPath: 'id' }).createIndex('byPartner', 'partnerId');
			db.createObjectStore('meta', { keyPath: 'key' });
		},
		records: {
			answers: [{ id: 'think.norms.q1', text: 'Мой ответ', updatedAt: 1 }],
			selections: [{ id: 'plan.aims', values: ['aim-2'], own: ['My own aim'], updatedAt: 1 }],
			targetGroups: [
				{ id: 'tg', name: 'Boys', age: '14', place: 'School', whereWhen: '', barriers: '', motivators: '', updatedAt: 1 }
			],
			allies: [{ id: 'al', name: 'Teacher', kind: 'educator', role: '', contact: '', updatedAt: 1 }],
			referrals: [
				{ id: 'rf', name: 'Crisis centre', kind: 'shelter', phone: '+996', address: '', hours: '', notes: '', checkedOn: '2026-01-01', updatedAt: 1 }
			],
			partners: [{ id: 'pt', name: 'Network', contact: '', updatedAt: 1 }],
			checkIns: [{ id: 'ci', partnerId: 'pt', date: '2026-01-02', said: 'Good start', change: 'More listening', updatedAt: 1 }]
		}
	},
	{
		version: 2,
		create(db) {
			for (const store of ['answers', 'selections', 'targetGroups', 'allies', 'partners', 'agendas']) {
				db.createObjectStore(store, { keyPath: 'id' });
			}
			db.createObjectStore('referrals', { keyPath: 'id' }).createIndex('byKind', 'kind');
			db.createObjectStore('checkIns', { keyPath: 'id' }).createIndex('byPartner', 'partnerId');
			db.createObjectStore('meta', { keyPath: 'key' });
		},
		records: {
			answers: [{ id: 'think.norms.q1', text: 'Answer', updatedAt: 2 }],
			agendas: [
				{
					id: 'ag',
					title: 'First session',
					date: '2026-12-01',
					notes: 'Bring markers',
					items: [{ id: 'it', ref: 'annex/topics/family/chores', minutes: 20, notes: '' }],
					updatedAt: 2
				}
			],
			targetGroups: [
				{ id: 'tg2', name: 'Fathers', age: '', place: '', whereWhen: '', barriers: '', motivators: '', updatedAt: 2 }
			],
			allies: [{ id: 'al2', name: 'Imam', kind: 'religious', role: '', contact: '', updatedAt: 2 }]
		}
	},
	{
		version: 3,
		create(db) {
			for (const store of ['answers', 'selections', 'targetGroups', 'allies', 'partners', 'agendas', 'activities', 'harmChecks']) {
				db.createObjectStore(store, { keyPath: 'id' });
			}
			db.createObjectStore('referrals', { keyPath: 'id' }).createIndex('byKind', 'kind');
			db.createObjectStore('checkIns', { keyPath: 'id' }).createIndex('byPartner', 'partnerId');
			db.createObjectStore('meta', { keyPath: 'key' });
		},
		records: {
			targetGroups: [
				{ id: 'tg3', name: 'Students', level: 'level.individual', age: '', place: '', whereWhen: '', barriers: '', motivators: '', updatedAt: 3 }
			],
			allies: [{ id: 'al3', name: 'Women of Osh', kind: 'womens-organisation', level: 'level.community', role: '', contact: '', updatedAt: 3 }],
			activities: [{ id: 'ac3', name: 'Film night', level: 'level.relationships', when: 'May', description: '', updatedAt: 3 }],
			harmChecks: [{ id: 'initiative', items: [{ id: 'harm.consent', status: 'done', note: '' }], updatedAt: 3 }]
		}
	}
];

function createReleased({ version, create, records }: (typeof released)[number]): Promise<void> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(databaseName, version);
		request.onupgradeneeded = () => {
			const db = request.result;
			create(db);
			for (const [store, values] of Object.entries(records)) {
				for (const value of values) request.transaction!.objectStore(store).put(value);
			}
		};
		request.onsuccess = () => {
			request.result.close();
			resolve();
		};
		request.onerror = () => reject(request.error);
	});
}

describe('opening the workbook database', () => {
	it('creates every store and index at the current version', async () => {
		const db = await workbookDB();
		expect(db.version).toBe(databaseVersion);
		expect([...db.objectStoreNames].sort()).toEqual([...storeNames, 'meta'].sort());
		const tx = db.transaction(['referrals', 'checkIns']);
		expect([...tx.objectStore('referrals').indexNames]).toEqual(['byKind']);
		expect([...tx.objectStore('checkIns').indexNames]).toEqual(['byPartner']);
		for (const store of storeNames) expect(db.transaction(store).store.keyPath, store).toBe('id');
	});

	it('has a saved copy of every released version to upgrade from', () => {
		expect(released.map((r) => r.version)).toEqual(Array.from({ length: databaseVersion }, (_, i) => i + 1));
	});

	it.each(released)('keeps every record of a database created at version $version', async (fixture) => {
		await createReleased(fixture);
		const db = await workbookDB();
		expect(db.version).toBe(databaseVersion);
		for (const [store, values] of Object.entries(fixture.records) as [StoreName, object[]][]) {
			const stored = await db.getAll(store);
			expect(stored, store).toHaveLength(values.length);
			for (const value of values) {
				const now = stored.find((record) => record.id === (value as { id: string }).id);
				expect(now, store).toMatchObject(value);
				expect(v.is(recordSchemas[store], now), `${store} still valid`).toBe(true);
			}
		}
	});

	it.each(released.filter((r) => r.version < 3))(
		'places the target groups and allies of a version $version database at no level, and adds the stores for activities and checks',
		async (fixture) => {
			await createReleased(fixture);
			const db = await workbookDB();
			for (const store of ['targetGroups', 'allies'] as const) {
				for (const record of await db.getAll(store)) expect(record.level, `${store} ${record.id}`).toBe('');
			}
			expect(await db.getAll('activities')).toEqual([]);
			expect(await db.getAll('harmChecks')).toEqual([]);
			const activity = { id: 'new', name: 'Film night', level: 'level.community' as const, when: '', description: '', updatedAt: 4 };
			await db.put('activities', activity);
			await closeWorkbookDB();
			expect(await (await workbookDB()).get('activities', 'new')).toEqual(activity);
		}
	);

	it('leaves a sealed record of version 2 as it is, for the unlock to upgrade it', async () => {
		const sealed = { id: 'al-sealed', sealed: 'AAAA', schemaVersion: 2 };
		await createReleased({ ...released[1]!, records: { allies: [sealed] } });
		expect(await (await workbookDB()).get('allies', 'al-sealed')).toEqual(sealed);
	});

	it('adds an empty, writable agendas store to a version 1 database and keeps its data', async () => {
		await createReleased(released[0]!);
		const db = await workbookDB();
		expect(db.version).toBe(databaseVersion);
		expect(await db.getAll('agendas')).toEqual([]);
		expect(await db.get('answers', 'think.norms.q1')).toMatchObject({ text: 'Мой ответ' });
		const agenda = { id: 'new', title: 'T', date: '', notes: '', items: [], updatedAt: 3 };
		await db.put('agendas', agenda);
		await closeWorkbookDB();
		expect(await (await workbookDB()).get('agendas', 'new')).toEqual(agenda);
	});

	it('throws "unavailable" where there is no IndexedDB', async () => {
		vi.stubGlobal('indexedDB', undefined);
		const error = await workbookDB().catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StorageError);
		expect((error as StorageError).problem).toBe('unavailable');
	});

	it('opens again after a failed attempt, once IndexedDB is back', async () => {
		vi.stubGlobal('indexedDB', undefined);
		await expect(workbookDB()).rejects.toThrow(StorageError);
		vi.unstubAllGlobals();
		await expect(workbookDB()).resolves.toBeDefined();
	});

	it('reports a newer database on disk as a version problem', async () => {
		await new Promise<void>((resolve) => {
			const request = indexedDB.open(databaseName, databaseVersion + 1);
			request.onsuccess = () => {
				request.result.close();
				resolve();
			};
		});
		await expect(workbookDB()).rejects.toMatchObject({ problem: 'version' });
	});
});

describe('toStorageError', () => {
	it('names a full disk "quota"', () => {
		const error = toStorageError(new DOMException('no space', 'QuotaExceededError'));
		expect(error).toBeInstanceOf(StorageError);
		expect(error.problem).toBe('quota');
		expect(error.cause).toBeInstanceOf(DOMException);
	});

	it('maps the other browser errors and passes a StorageError through', () => {
		expect(toStorageError(new DOMException('', 'VersionError')).problem).toBe('version');
		expect(toStorageError(new DOMException('', 'InvalidStateError')).problem).toBe('unavailable');
		expect(toStorageError(new Error('odd')).problem).toBe('unknown');
		expect(toStorageError(null).problem).toBe('unknown');
		const original = new StorageError('blocked');
		expect(toStorageError(original)).toBe(original);
	});
});
