import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareFor, compareFrom, formatDate, formatDateFrom, formatNumber, formatNumberFrom, intlGaps } from './intl-gaps';

// Node has the full ICU, so here Intl itself knows Turkmen: the copies of CLDR's data must write exactly what it writes.
const tk = intlGaps.tk!;
const day = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true });

describe('Turkmen dates, numbers and order where the browser has no Turkmen data', () => {
	it('writes every date as CLDR does, in each style the app uses', () => {
		for (const style of [
			{ dateStyle: 'medium', timeZone: 'UTC' },
			{ dateStyle: 'long', timeZone: 'Asia/Ashgabat' },
			{ dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Ashgabat' }
		] as const) {
			fc.assert(fc.property(day, (date) => {
				expect(formatDateFrom(tk, date, style)).toBe(new Intl.DateTimeFormat('tk', style).format(date));
			}));
		}
		expect(formatDateFrom(tk, new Date(Date.UTC(2026, 2, 3)), { dateStyle: 'medium', timeZone: 'UTC' })).toBe('3 mart 2026');
		expect(formatDateFrom(tk, new Date(Date.UTC(2026, 0, 13, 9, 5)), { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' })).toBe('13 ýanwar 2026 sagat 09:05');
	});

	it('groups thousands with a no-break space and writes a decimal comma', () => {
		fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), (n) => {
			expect(formatNumberFrom(tk, n)).toBe(new Intl.NumberFormat('tk').format(n));
		}));
		expect(formatNumberFrom(tk, 20000)).toBe('20\u00a0000');
		expect(formatNumberFrom(tk, 2.5)).toBe('2,5');
	});

	it('sorts in the order of the Turkmen alphabet: ä after e, ž after j, ň after n, ý after y', () => {
		const words = ['Ýaşlar', 'ýol', 'Zähmet', 'Ženiş', 'jaň', 'Ädim', 'Ene', 'Ahal', 'Çagalar', 'dürli', 'Şagal', 'Sag', 'Oba', 'Öý', 'Ulag', 'Üç', 'Wagt', 'Yşyk', 'ňňň', 'Nur', 'hyzmat 10', 'hyzmat 2', 'Bagt'];
		const root = new Intl.Collator('und', { sensitivity: 'base', numeric: true });
		const sorted = [...words].sort(compareFrom(tk, root));
		expect(sorted).toEqual([...words].sort(new Intl.Collator('tk', { sensitivity: 'base', numeric: true }).compare));
		expect(sorted.slice(0, 7)).toEqual(['Ahal', 'Bagt', 'Çagalar', 'dürli', 'Ene', 'Ädim', 'hyzmat 2']);
	});

	it('uses Intl itself wherever it has the language', () => {
		expect(formatDate(new Date(Date.UTC(2026, 2, 3)), 'ru', { dateStyle: 'medium', timeZone: 'UTC' })).toBe(new Intl.DateTimeFormat('ru', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 3)));
		expect(formatNumber(20000, 'en')).toBe('20,000');
		expect(['b', 'a'].sort(compareFor('en'))).toEqual(['a', 'b']);
		expect(formatNumber(20000, 'tk')).toBe('20\u00a0000');
	});
});
