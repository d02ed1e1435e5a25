import { describe, expect, it } from 'vitest';
import { concerns } from './changes';

describe('concerns', () => {
	it('matches a change to the same store, and to the same record when an id is given', () => {
		expect(concerns({ store: 'referrals', id: 'a' }, 'referrals')).toBe(true);
		expect(concerns({ store: 'answers', id: 'think.norms.q1' }, 'answers', 'think.norms.q1')).toBe(true);
		expect(concerns({ store: 'answers', id: 'think.norms.q2' }, 'answers', 'think.norms.q1')).toBe(false);
		expect(concerns({ store: 'allies', id: 'a' }, ['partners', 'checkIns'])).toBe(false);
		expect(concerns({ store: 'checkIns', id: 'a' }, ['partners', 'checkIns'])).toBe(true);
	});

	it('treats a restore or an erase as touching everything', () => {
		expect(concerns({ store: 'all' }, 'answers', 'think.norms.q1')).toBe(true);
		expect(concerns({ store: 'all' }, ['partners'])).toBe(true);
	});
});
