import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { saveAnswer } from '$lib/store/answers';
import { eraseWorkbook, exportWorkbook, parseBackup, restoreWorkbook } from '$lib/store/backup';
import { closeWorkbookDB, databaseName } from '$lib/store/db';
import { saveRecord } from '$lib/store/records';
import { firstActionIds, initiativeNameId } from '$lib/workbook/first-actions';
import type { PlannerContent } from '$lib/workbook/planner-content';
import { buildActionPlan } from './action-plan';
import { readPlanSources } from './plan-records';

const link = { href: '/en/x/', title: 'X' };
const content: PlannerContent = {
	aims: [],
	levels: [],
	levelDetails: [],
	causes: [],
	topics: [],
	guide: { aims: link, research: link, levels: link, allies: link, topics: link, strategy: link, funding: link, resistance: link }
};

afterEach(async () => {
	await closeWorkbookDB();
	await new Promise((resolve) => {
		const request = indexedDB.deleteDatabase(databaseName);
		request.onsuccess = request.onerror = resolve;
	});
});

describe('the plan read from the workbook', () => {
	it('keeps the initiative’s name and the first actions through a backup, an erase and a restore', async () => {
		await saveAnswer(initiativeNameId, 'Fathers of Osh');
		await saveAnswer(firstActionIds(1).what, 'Book the hall');
		await saveAnswer(firstActionIds(1).due, '2026-12-05');
		await saveRecord('referrals', {
			id: 'r1',
			name: 'Helpline',
			kind: 'hotline',
			phone: '',
			address: '',
			hours: '',
			notes: '',
			checkedOn: ''
		});
		const saved = JSON.stringify(await exportWorkbook());
		await eraseWorkbook();
		expect(buildActionPlan(await readPlanSources('en', content)).title).toBe('My initiative');

		const parsed = parseBackup(saved);
		if (!parsed.ok) throw new Error(parsed.problem);
		await restoreWorkbook(parsed.backup, { mode: 'replace' });
		const plan = buildActionPlan(await readPlanSources('en', content), ['first-actions', 'referrals']);
		expect(plan.title).toBe('Fathers of Osh');
		expect(plan.sections.map((s) => s.blocks)).toMatchObject([
			[{ kind: 'table', rows: [[{ value: 'Helpline' }, { value: 'Hotline' }, {}, {}, {}, {}, {}]] }],
			[{ kind: 'table', rows: [[{ value: 'Book the hall' }, { value: 'Dec 5, 2026' }]] }]
		]);
	});
});
