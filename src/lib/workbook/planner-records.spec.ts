import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getRecord } from '$lib/store/records';
import { allyKinds } from '$lib/store/schema';
import { allyKindLabels, allyKindOptions, isAllyKind } from './ally-kinds';
import { blankRecord, plannerFields } from '$lib/store/planner-lists';
import { listEditable, saveEditable } from './planner-records';

describe('planner records', () => {
	it('starts a new target group with every field empty', () => {
		expect(blankRecord('targetGroups', 'g1')).toEqual({
			id: 'g1',
			name: '',
			level: '',
			age: '',
			place: '',
			whereWhen: '',
			barriers: '',
			motivators: ''
		});
	});

	it('starts a new ally as "other", since the kind cannot be empty', () => {
		expect(blankRecord('allies', 'a1')).toEqual({ id: 'a1', name: '', kind: 'other', level: '', role: '', contact: '' });
	});

	it('saves an ally and lists it back without the time stamp', async () => {
		const ally = { ...blankRecord('allies', 'a2'), name: 'Youth centre', kind: 'youth-group', role: 'A room' };
		await saveEditable('allies', ally);
		expect((await getRecord('allies', 'a2'))?.updatedAt).toBeGreaterThan(0);
		expect((await listEditable('allies')).find((a) => a.id === 'a2')).toEqual(ally);
	});

	it('refuses to save an ally of an unknown kind, and stores nothing', async () => {
		const ally = { ...blankRecord('allies', 'a3'), kind: 'spy' };
		await expect(saveEditable('allies', ally)).rejects.toThrow();
		expect(await getRecord('allies', 'a3')).toBeUndefined();
	});

	it('refuses a target group name longer than the store allows', async () => {
		const group = { ...blankRecord('targetGroups', 'g2'), name: 'x'.repeat(501) };
		await expect(saveEditable('targetGroups', group)).rejects.toThrow();
	});

	it('edits every field of the stored shapes', () => {
		expect(plannerFields.allies).toHaveLength(5);
		expect(plannerFields.targetGroups).toHaveLength(7);
		expect(plannerFields.activities).toHaveLength(4);
	});
});

describe('ally kinds', () => {
	it('gives every kind its own label, in the order of the schema', () => {
		const options = allyKindOptions();
		expect(options.map((o) => o.value)).toEqual([...allyKinds]);
		expect(new Set(options.map((o) => o.label)).size).toBe(allyKinds.length);
		expect(allyKindLabels['womens-organisation']()).toBe('Women’s rights organisation');
	});

	it('tells a saved kind from an unknown one', () => {
		expect(isAllyKind('media')).toBe(true);
		expect(isAllyKind('spy')).toBe(false);
	});
});
