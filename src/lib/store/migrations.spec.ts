import { describe, expect, it } from 'vitest';
import { databaseVersion } from './db';
import { upgradeRecord } from './migrations';

describe('upgradeRecord', () => {
	it('leaves a record of the current version as it is', () => {
		const record = { id: 'q1', text: 'a', updatedAt: 1 };
		expect(upgradeRecord('answers', record, databaseVersion)).toBe(record);
	});

	it('runs every step from the version a sealed record was written at, as for a backup', () => {
		const migrations = {
			[databaseVersion - 1]: (stores: Record<string, unknown>) => ({
				...stores,
				answers: (stores.answers as { text: string }[]).map((answer) => ({ ...answer, text: answer.text.toUpperCase() }))
			})
		};
		expect(upgradeRecord('answers', { id: 'q1', text: 'old' }, databaseVersion - 1, migrations)).toEqual({ id: 'q1', text: 'OLD' });
		expect(upgradeRecord('answers', { id: 'q1', text: 'old' }, databaseVersion - 2, migrations)).toBeUndefined();
	});

	it('places a target group or an ally sealed at version 1 or 2 at no level when it is opened, and keeps the rest', () => {
		const ally = { id: 'a', name: 'Imam', kind: 'religious', role: '', contact: '', updatedAt: 1 };
		expect(upgradeRecord('allies', ally, 1)).toEqual({ ...ally, level: '' });
		expect(upgradeRecord('targetGroups', { id: 'g', name: 'Boys' }, 2)).toEqual({ id: 'g', name: 'Boys', level: '' });
		expect(upgradeRecord('answers', { id: 'q', text: 't' }, 2)).toEqual({ id: 'q', text: 't' });
		expect(upgradeRecord('allies', { ...ally, level: 'level.society' }, 2)).toEqual({ ...ally, level: 'level.society' });
	});
});
