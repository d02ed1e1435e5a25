import { describe, expect, it } from 'vitest';
import type { Referral } from '$lib/store/schema';
import { filterReferrals, sortReferrals, telHref } from './referrals';

const referral = (fields: Partial<Referral> & Pick<Referral, 'id' | 'name'>): Referral => ({
	kind: 'other',
	phone: '',
	address: '',
	hours: '',
	notes: '',
	checkedOn: '',
	updatedAt: 1,
	...fields
});

const clinic = referral({ id: 'a', name: 'Family clinic', kind: 'medical', checkedOn: '2026-01-10', address: 'Chui 12' });
const helpline = referral({ id: 'b', name: 'Anti-violence helpline', kind: 'hotline', phone: '+996 312 00 00 00' });
const lawyers = referral({ id: 'c', name: 'legal aid centre', kind: 'legal', checkedOn: '2026-03-02', notes: 'Free on Fridays' });
const all = [clinic, helpline, lawyers];

describe('telHref', () => {
	it('keeps a leading plus and the digits only', () => {
		expect(telHref('+996 (555) 12-34-56')).toBe('tel:+996555123456');
		expect(telHref('  0312 61 00 00 ')).toBe('tel:0312610000');
	});

	it('drops a plus that is not at the start, and gives nothing for a number without digits', () => {
		expect(telHref('112 + ext')).toBe('tel:112');
		expect(telHref('')).toBeUndefined();
		expect(telHref('ask at reception')).toBeUndefined();
	});
});

describe('sortReferrals', () => {
	it('orders by name regardless of case', () => {
		expect(sortReferrals(all, { by: 'name', lang: 'en' }).map((r) => r.id)).toEqual(['b', 'a', 'c']);
	});

	it('orders by kind in the order of the form', () => {
		expect(sortReferrals(all, { by: 'kind', lang: 'en' }).map((r) => r.kind)).toEqual(['medical', 'legal', 'hotline']);
	});

	it('puts the most recently checked first and the never checked last', () => {
		expect(sortReferrals(all, { by: 'checked', lang: 'en' }).map((r) => r.id)).toEqual(['c', 'a', 'b']);
	});

	it('leaves the list it was given as it was', () => {
		sortReferrals(all, { by: 'name', lang: 'en' });
		expect(all.map((r) => r.id)).toEqual(['a', 'b', 'c']);
	});
});

describe('filterReferrals', () => {
	it('shows only the chosen kind', () => {
		expect(filterReferrals(all, { kind: 'legal', query: '' })).toEqual([lawyers]);
		expect(filterReferrals(all, { kind: 'all', query: '' })).toEqual(all);
	});

	it('finds every word of the search in any field, ignoring case', () => {
		expect(filterReferrals(all, { kind: 'all', query: 'FRIDAYS' })).toEqual([lawyers]);
		expect(filterReferrals(all, { kind: 'all', query: 'chui clinic' })).toEqual([clinic]);
		expect(filterReferrals(all, { kind: 'all', query: '312' })).toEqual([helpline]);
		expect(filterReferrals(all, { kind: 'medical', query: 'helpline' })).toEqual([]);
	});
});
