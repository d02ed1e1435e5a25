import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeWorkbookDB } from '$lib/store/db';
import { getRecord, saveRecord } from '$lib/store/records';
import { addAtLevel, placeAtLevel, readPlaced } from './map-records';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

afterEach(async () => {
	await closeWorkbookDB();
});

describe('placing from the map', () => {
	it('adds a target group, an ally and an activity at a level, with their other fields empty', async () => {
		const group = await addAtLevel({ store: 'targetGroups', name: '  Fathers ', level: 'level.relationships' });
		const ally = await addAtLevel({ store: 'allies', name: 'Imam', level: 'level.community' });
		const activity = await addAtLevel({ store: 'activities', name: 'Film night', level: 'level.individual' });
		expect(await getRecord('targetGroups', group)).toMatchObject({ name: 'Fathers', level: 'level.relationships', age: '', motivators: '' });
		expect(await getRecord('allies', ally)).toMatchObject({ name: 'Imam', kind: 'other', level: 'level.community', role: '' });
		expect(await getRecord('activities', activity)).toMatchObject({ name: 'Film night', level: 'level.individual', when: '' });
		expect((await readPlaced()).map((r) => [r.store, r.name, r.level])).toEqual([
			['targetGroups', 'Fathers', 'level.relationships'],
			['allies', 'Imam', 'level.community'],
			['activities', 'Film night', 'level.individual']
		]);
	});

	it('moves a record already in the plan to a level and keeps what the user wrote in it', async () => {
		await saveRecord('allies', { id: 'a', name: 'Teacher', kind: 'educator', level: '', role: 'Opens the school', contact: 'Asel' });
		expect(await placeAtLevel({ store: 'allies', id: 'a', level: 'level.society' })).toBe(true);
		expect(await getRecord('allies', 'a')).toMatchObject({ kind: 'educator', level: 'level.society', role: 'Opens the school', contact: 'Asel' });
		expect(await placeAtLevel({ store: 'allies', id: 'gone', level: 'level.society' })).toBe(false);
	});
});
