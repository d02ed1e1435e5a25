import { describe, expect, it } from 'vitest';
import { formatDay, formatIsoDate, formatMoment, todayIso } from './dates';

describe('dates', () => {
	it('gives the local calendar date, padded', () => {
		expect(todayIso(new Date(2026, 2, 4, 23, 30))).toBe('2026-03-04');
	});

	it('prints a stored date in the reader language without moving it a day', () => {
		expect(formatIsoDate('2026-03-04', 'en')).toBe('Mar 4, 2026');
		expect(formatIsoDate('2026-01-01', 'ru')).toMatch(/^1 янв\.? 2026/);
	});

	it('writes Tajik dates in lower case with the ezafe, which ICU does not (03 Март 2026)', () => {
		expect(formatIsoDate('2026-03-04', 'tg')).toBe('4 марти 2026');
		expect(formatIsoDate('2025-05-31', 'tg')).toBe('31 майи 2025');
		expect(formatDay(new Date(2026, 11, 1, 23, 59), 'tg', 'long')).toBe('1 декабри 2026');
		expect(formatMoment(new Date(2026, 0, 9, 14, 5), 'tg')).toBe('9 январи 2026, 14:05');
		expect(formatMoment(new Date(2026, 0, 9, 14, 5), 'en')).toMatch(/^January 9, 2026.*2:05/);
	});

	it('prints nothing for a missing date', () => {
		expect(formatIsoDate('', 'en')).toBe('');
	});
});
