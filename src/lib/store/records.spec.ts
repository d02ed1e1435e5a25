import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onWorkbookChange, type WorkbookChange } from './changes';
import { closeWorkbookDB } from './db';
import { deleteRecord, getRecord, listRecords, newId, saveRecord } from './records';
import { recordSchemas, storeNames, type RecordTypes, type StoreName } from './schema';

type Draft<S extends StoreName> = Omit<RecordTypes[S], 'updatedAt'>;

/** One record of every store as first saved, and the same record after the user edited it. */
const samples: { [S in StoreName]: { created: Draft<S>; edited: Draft<S> } } = {
	answers: {
		created: { id: 'think.norms.q1', text: 'First thoughts' },
		edited: { id: 'think.norms.q1', text: 'Second thoughts' }
	},
	selections: {
		created: { id: 'plan.aims', values: ['aim-1'], own: [] },
		edited: { id: 'plan.aims', values: ['aim-1', 'aim-3'], own: ['Talk to fathers'] }
	},
	targetGroups: {
		created: { id: 'tg-1', name: 'Students', level: '', age: '16-18', place: 'Osh', whereWhen: '', barriers: '', motivators: '' },
		edited: { id: 'tg-1', name: 'Students', level: 'level.individual', age: '16-19', place: 'Osh', whereWhen: 'After class', barriers: 'Time', motivators: 'Football' }
	},
	allies: {
		created: { id: 'ally-1', name: 'Youth centre', kind: 'youth-group', level: '', role: '', contact: '' },
		edited: { id: 'ally-1', name: 'Youth centre', kind: 'ngo', level: 'level.society', role: 'Room for meetings', contact: 'Asel' }
	},
	referrals: {
		created: { id: 'ref-1', name: 'Clinic', kind: 'medical', phone: '', address: '', hours: '', notes: '', checkedOn: '' },
		edited: { id: 'ref-1', name: 'Clinic', kind: 'medical', phone: '+996 555 000', address: 'Main st', hours: '9-17', notes: '', checkedOn: '2026-02-01' }
	},
	partners: {
		created: { id: 'partner-1', name: 'Women network', contact: '' },
		edited: { id: 'partner-1', name: 'Women network', contact: 'info@example.org' }
	},
	checkIns: {
		created: { id: 'ci-1', partnerId: 'partner-1', date: '2026-01-15', said: 'Invite women to plan', change: '' },
		edited: { id: 'ci-1', partnerId: 'partner-1', date: '2026-01-15', said: 'Invite women to plan', change: 'Ask them first' }
	},
	agendas: {
		created: { id: 'ag-1', title: 'Session 1', date: '', notes: '', items: [] },
		edited: {
			id: 'ag-1',
			title: 'Session 1',
			date: '2026-12-01',
			notes: 'Chairs in a circle',
			items: [{ id: 'it-1', ref: 'think.norms.q1', minutes: 15, notes: '' }]
		}
	},
	activities: {
		created: { id: 'act-1', name: 'Film night', level: '', when: '', description: '' },
		edited: { id: 'act-1', name: 'Film night', level: 'level.relationships', when: 'May', description: 'Fathers and sons' }
	},
	harmChecks: {
		created: { id: 'initiative', items: [] },
		edited: { id: 'initiative', items: [{ id: 'harm.consent', status: 'not-relevant', note: 'No photos' }] }
	}
};

let changes: WorkbookChange[];
let stopListening: () => void;

beforeEach(() => {
	// A fresh, empty browser database for every test.
	globalThis.indexedDB = new IDBFactory();
	changes = [];
	stopListening = onWorkbookChange((change) => changes.push(change));
});

afterEach(async () => {
	stopListening();
	vi.restoreAllMocks();
	await closeWorkbookDB();
});

describe.each(storeNames)('the %s store', (store) => {
	const { created, edited } = samples[store];

	it('saves a record with the time of saving, and reads it back one by one and in the list', async () => {
		vi.spyOn(Date, 'now').mockReturnValue(1_000);
		const saved = await saveRecord(store, created);
		expect(saved).toEqual({ ...created, updatedAt: 1_000 });
		expect(v.is(recordSchemas[store], saved)).toBe(true);
		expect(await getRecord(store, created.id)).toEqual(saved);
		expect(await listRecords(store)).toEqual([saved]);
	});

	it('replaces a record when it is saved again, with a later time', async () => {
		vi.spyOn(Date, 'now').mockReturnValue(1_000);
		await saveRecord(store, created);
		vi.spyOn(Date, 'now').mockReturnValue(2_000);
		await saveRecord(store, edited);
		expect(await getRecord(store, created.id)).toEqual({ ...edited, updatedAt: 2_000 });
		expect(await listRecords(store)).toHaveLength(1);
	});

	it('deletes a record and leaves the others', async () => {
		const other = { ...created, id: newId() } as Draft<typeof store>;
		await saveRecord(store, created);
		await saveRecord(store, other);
		await deleteRecord(store, created.id);
		expect(await getRecord(store, created.id)).toBeUndefined();
		expect((await listRecords(store)).map((record) => record.id)).toEqual([other.id]);
	});

	it('announces every save and delete with the store and the id', async () => {
		await saveRecord(store, created);
		await saveRecord(store, edited);
		await deleteRecord(store, created.id);
		expect(changes).toEqual([
			{ store, id: created.id },
			{ store, id: created.id },
			{ store, id: created.id }
		]);
	});
});

describe('stores', () => {
	it('keep their records apart', async () => {
		await saveRecord('partners', samples.partners.created);
		expect(await listRecords('referrals')).toEqual([]);
		expect(await getRecord('allies', samples.partners.created.id)).toBeUndefined();
	});

	it('gives a new, valid id for each added record', () => {
		const ids = new Set(Array.from({ length: 50 }, () => newId()));
		expect(ids.size).toBe(50);
		for (const id of ids) expect(v.is(recordSchemas.referrals.entries.id, id)).toBe(true);
	});
});
