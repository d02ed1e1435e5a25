import { describe, expect, it } from 'vitest';
import type { PageSummary } from '$lib/content/loader';
import { guideProgress } from './progress';

const page = (route: string, section: PageSummary['section'], questionIds: string[]): PageSummary => ({
	file: `en/${route}.md`,
	route,
	href: `/en/${route}/`,
	section,
	title: route,
	questionIds
});

describe('guideProgress', () => {
	const pages = [
		page('think/norms', 'think', ['think.norms.q1', 'think.norms.q2']),
		page('plan/approach', 'plan', ['plan.approach.q1']),
		page('annex/topics/family/money', 'annex2', ['annex2.family.money.q1']),
		page('act/recommendations', 'act', [])
	];

	it('counts answered questions per part and points to the first unanswered one', () => {
		const progress = guideProgress(pages, new Set(['think.norms.q1']));
		expect(progress.find((p) => p.part === 'think')).toEqual({
			part: 'think',
			answered: 1,
			total: 2,
			next: { href: '/en/think/norms/#think.norms.q2', title: 'think/norms', questionId: 'think.norms.q2' }
		});
		expect(progress.find((p) => p.part === 'plan')).toMatchObject({ answered: 0, total: 1 });
	});

	it('leaves out parts without questions and has no next step when all are answered', () => {
		const progress = guideProgress(pages, new Set(['plan.approach.q1']));
		expect(progress.map((p) => p.part)).toEqual(['think', 'plan', 'annexes']);
		expect(progress.find((p) => p.part === 'plan')?.next).toBeUndefined();
	});
});
