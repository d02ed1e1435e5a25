import { describe, expect, it } from 'vitest';
import { formatIsoDate, todayIso } from './dates';

describe('dates', () => {
	it('gives the local calendar date, padded', () => {
		expect(todayIso(new Date(2026, 2, 4, 23, 30))).toBe('2026-03-04');
	});

	it('prints a stored date in the reader language without moving it a day', () => {
		expect(formatIsoDate('2026-03-04', 'en')).toBe('Mar 4, 2026');
		expect(formatIsoDate('2026-01-01', 'ru')).toMatch(/^1 янв\.? 2026/);
	});

	it('prints nothing for a missing date', () => {
		expect(formatIsoDate('', 'en')).toBe('');
	});
});
