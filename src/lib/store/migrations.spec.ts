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
});
