import { describe, expect, it } from 'vitest';
import type { Activity, HarmCheck } from '$lib/store/schema';
import { harmPoints, harmSubjects, initiativeCheckId, openPoints, pointState, sortPoints, withPoint } from './do-no-harm';

const check = (id: string, items: HarmCheck['items']): HarmCheck => ({ id, items, updatedAt: 1 });
const activity = (id: string, name: string): Activity => ({ id, name, level: '', when: '', description: '', updatedAt: 1 });

describe('the do-no-harm checklist', () => {
	it('has the seven points from the guide’s warnings, each with a stable, unique id', () => {
		expect(harmPoints.map((p) => p.id)).toEqual([
			'harm.safe-space',
			'harm.referrals',
			'harm.womens-organisations',
			'harm.mens-power',
			'harm.open-group',
			'harm.consent',
			'harm.disclosure'
		]);
		for (const point of harmPoints) {
			expect(point.title().length).toBeGreaterThan(10);
			expect(point.hint().length).toBeGreaterThan(20);
			expect(point.route).toMatch(/^(think|plan|act)\//);
		}
	});

	it('counts a point never touched as open, with no note', () => {
		expect(pointState(undefined, 'harm.consent')).toEqual({ id: 'harm.consent', status: 'open', note: '' });
		expect(sortPoints(undefined).open).toHaveLength(harmPoints.length);
	});

	it('ticks, marks not relevant with a note, and reopens a point', () => {
		let saved = withPoint(undefined, initiativeCheckId, { id: 'harm.consent', status: 'done', note: '' });
		saved = withPoint({ ...saved, updatedAt: 1 }, initiativeCheckId, { id: 'harm.safe-space', status: 'not-relevant', note: 'Online only' });
		expect(saved).toEqual({
			id: 'initiative',
			items: [
				{ id: 'harm.safe-space', status: 'not-relevant', note: 'Online only' },
				{ id: 'harm.consent', status: 'done', note: '' }
			]
		});
		const sorted = sortPoints({ ...saved, updatedAt: 2 });
		expect(sorted.done.map((p) => p.point.id)).toEqual(['harm.consent']);
		expect(sorted['not-relevant']).toMatchObject([{ point: { id: 'harm.safe-space' }, note: 'Online only' }]);
		expect(sorted.open).toHaveLength(5);
		// Back to open with no note: nothing left to store for it.
		const reopened = withPoint({ ...saved, updatedAt: 2 }, initiativeCheckId, { id: 'harm.consent', status: 'open', note: '' });
		expect(reopened.items.map((i) => i.id)).toEqual(['harm.safe-space']);
	});

	it('keeps a point a newer version added, after the points it knows', () => {
		const newer = check(initiativeCheckId, [{ id: 'harm.future', status: 'done', note: '' }]);
		expect(withPoint(newer, initiativeCheckId, { id: 'harm.referrals', status: 'done', note: '' }).items.map((i) => i.id)).toEqual([
			'harm.referrals',
			'harm.future'
		]);
	});

	it('checks the initiative first, then each activity by name, and forgets checks of deleted activities', () => {
		const subjects = harmSubjects(
			[activity('b', 'Sports evening'), activity('a', 'Film night')],
			[check('b', [{ id: 'harm.consent', status: 'done', note: '' }]), check('gone', [])]
		);
		expect(subjects.map((s) => [s.id, s.title])).toEqual([
			['initiative', 'The whole initiative'],
			['a', 'Activity: Film night'],
			['b', 'Activity: Sports evening']
		]);
		const open = openPoints(subjects);
		expect(open.map(({ subject, open }) => [subject.id, open.length])).toEqual([
			['initiative', 7],
			['a', 7],
			['b', 6]
		]);
	});

	it('leaves out a subject with nothing open', () => {
		const allDone = check(
			initiativeCheckId,
			harmPoints.map((p) => ({ id: p.id, status: 'done' as const, note: '' }))
		);
		expect(openPoints(harmSubjects([], [allDone]))).toEqual([]);
	});
});
