import { describe, expect, it } from 'vitest';
import type { CheckIn, Partner } from '$lib/store/schema';
import { partnerLogs } from './accountability';

const partner = (id: string, name: string): Partner => ({ id, name, contact: '', updatedAt: 1 });
const checkIn = (id: string, partnerId: string, date: string, updatedAt = 1): CheckIn => ({
	id,
	partnerId,
	date,
	said: '',
	change: '',
	updatedAt
});

describe('partnerLogs', () => {
	it('groups check-ins under their partner, newest first, partners by name', () => {
		const logs = partnerLogs(
			[partner('p1', 'Zhenskaya set'), partner('p2', 'Aigerim')],
			[checkIn('c1', 'p1', '2026-01-05'), checkIn('c2', 'p1', '2026-02-01'), checkIn('c3', 'p2', '2025-12-30')],
			'en'
		);
		expect(logs.map((log) => [log.partner.id, log.checkIns.map((c) => c.id)])).toEqual([
			['p2', ['c3']],
			['p1', ['c2', 'c1']]
		]);
	});

	it('puts the check-in written last on top when two share a date', () => {
		const [log] = partnerLogs([partner('p', 'A')], [checkIn('old', 'p', '2026-01-05', 1), checkIn('new', 'p', '2026-01-05', 2)], 'en');
		expect(log?.checkIns.map((c) => c.id)).toEqual(['new', 'old']);
	});

	it('keeps partners without check-ins and leaves out check-ins without a partner', () => {
		const logs = partnerLogs([partner('p', 'A')], [checkIn('lost', 'gone', '2026-01-05')], 'en');
		expect(logs).toEqual([{ partner: partner('p', 'A'), checkIns: [] }]);
	});
});
