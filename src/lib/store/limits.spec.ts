import { describe, expect, it } from 'vitest';
import { isRealDate } from './limits';

describe('isRealDate', () => {
	it('takes days that exist, leap days included', () => {
		for (const day of ['2026-01-01', '2024-02-29', '2000-02-29', '1900-01-01', '2199-12-31', '2026-04-30']) expect(isRealDate(day), day).toBe(true);
	});

	it('refuses what a date field lets through: five-digit years, 30 February, day 31 of a short month, other forms', () => {
		for (const day of ['20266-01-01', '2025-02-29', '1900-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '0266-01-01', '1899-12-31', '2200-01-01', '2026-1-1', '01.01.2026', '', ' 2026-01-01']) {
			expect(isRealDate(day), day).toBe(false);
		}
	});
});
