import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	backupFileName,
	eraseWorkbook,
	exportWorkbook,
	maxRecordsPerStore,
	parseBackup,
	restoreWorkbook,
	cutText,
	type BackupProblem,
	type WorkbookBackup
} from './backup';
import { closeWorkbookDB, databaseName, databaseVersion, workbookDB } from './db';
import { upgradeStores } from './migrations';
import { storeNames, type Ally, type Answer, type CheckIn, type Referral, type StoreName } from './schema';

async function deleteDatabase() {
	await closeWorkbookDB();
	await new Promise<void>((resolve, reject) => {
		const request = indexedDB.deleteDatabase(databaseName);
		request.onsuccess = () => resolve();
		request.onerror = () => reject(request.error);
	});
}

const answer = (id: string, text: string, updatedAt = 1_000): Answer => ({ id, text, updatedAt });
const ally: Ally = { id: 'a1', name: 'Aigerim', kind: 'womens-organisation', level: 'level.community', role: 'Co-host', contact: '+7 700', updatedAt: 5 };
const referral: Referral = {
	id: 'r1',
	name: 'Crisis centre',
	kind: 'shelter',
	phone: '150',
	address: 'Abay 10',
	hours: '24/7',
	notes: '',
	checkedOn: '2025-02-01',
	updatedAt: 7
};
const checkIn: CheckIn = { id: 'c1', partnerId: 'p1', date: '2025-03-01', said: 'Go slower', change: 'We did', updatedAt: 9 };

/** Fills every store with one or two records, written directly so the test does not depend on the UI helpers. */
async function fillWorkbook() {
	const db = await workbookDB();
	await db.put('answers', answer('think.norms.q1', 'Boys are told not to cry'));
	await db.put('answers', answer('think.norms.q2', 'Men decide money'));
	await db.put('selections', { id: 'plan.aims', values: ['aim.1'], own: ['Fathers club'], updatedAt: 2 });
	await db.put('targetGroups', {
		id: 'g1',
		name: 'Students',
		level: 'level.individual',
		age: '16-19',
		place: 'College',
		whereWhen: 'After class',
		barriers: 'Shy',
		motivators: 'Football',
		updatedAt: 3
	});
	await db.put('allies', ally);
	await db.put('referrals', referral);
	await db.put('partners', { id: 'p1', name: 'Women of Osh', contact: 'mail', updatedAt: 8 });
	await db.put('checkIns', checkIn);
	await db.put('agendas', { id: 'ag', title: 'Session', date: '', notes: '', items: [{ id: 'i', ref: 'aim.peers', minutes: 10, notes: '' }], updatedAt: 9 });
	await db.put('activities', { id: 'ac', name: 'Football and talk', level: 'level.community', when: 'Fridays', description: '', updatedAt: 9 });
	await db.put('harmChecks', { id: 'initiative', items: [{ id: 'harm.referrals', status: 'done', note: '' }], updatedAt: 9 });
	await db.put('meta', { key: 'persistence', value: 'persisted' });
}

/** A backup file's text with the given stores, as "Save a copy" would write it. */
function backupText(stores: Record<string, unknown>, overrides: Record<string, unknown> = {}) {
	return JSON.stringify({
		format: 'birge-workbook',
		schemaVersion: databaseVersion,
		exportedAt: '2025-04-01T10:00:00.000Z',
		stores,
		...overrides
	});
}

beforeEach(deleteDatabase);
afterEach(deleteDatabase);

describe('exportWorkbook', () => {
	it('writes every store, the database version and the time of the copy', async () => {
		await fillWorkbook();
		const backup = await exportWorkbook();
		expect(backup.format).toBe('birge-workbook');
		expect(backup.schemaVersion).toBe(databaseVersion);
		expect(Number.isNaN(Date.parse(backup.exportedAt))).toBe(false);
		expect(Object.keys(backup.stores).sort()).toEqual([...storeNames].sort());
		expect(backup.stores.answers).toHaveLength(2);
		expect(backup.stores.checkIns).toEqual([checkIn]);
	});

	it('names the file after the local day', () => {
		expect(backupFileName(new Date(2025, 2, 8, 23, 30))).toBe('notes-2025-03-08.json');
	});
});

describe('restoreWorkbook', () => {
	it('gives back identical data in every store after a save, an erase and a restore', async () => {
		await fillWorkbook();
		const saved = await exportWorkbook();
		await eraseWorkbook();
		const parsed = parseBackup(JSON.stringify(saved));
		if (!parsed.ok) throw new Error(parsed.problem);
		expect(parsed.summary).toEqual({
			answers: 2,
			selections: 1,
			targetGroups: 1,
			allies: 1,
			referrals: 1,
			partners: 1,
			checkIns: 1,
			agendas: 1,
			activities: 1,
			harmChecks: 1
		});
		await restoreWorkbook(parsed.backup, { mode: 'replace' });
		expect((await exportWorkbook()).stores).toEqual(saved.stores);
	});

	it('replaces: records that are only on the device are gone afterwards', async () => {
		await fillWorkbook();
		const saved = await exportWorkbook();
		await (await workbookDB()).put('answers', answer('act.extra', 'Only here'));
		await restoreWorkbook(saved, { mode: 'replace' });
		expect((await exportWorkbook()).stores).toEqual(saved.stores);
	});

	it('merges: keeps the newer record per id, adds new ones and keeps ones only on the device', async () => {
		const db = await workbookDB();
		await db.put('answers', answer('q.device-newer', 'device', 2_000));
		await db.put('answers', answer('q.copy-newer', 'device', 1_000));
		await db.put('answers', answer('q.device-only', 'device', 1_000));
		const copy: WorkbookBackup = {
			format: 'birge-workbook',
			schemaVersion: databaseVersion,
			exportedAt: new Date().toISOString(),
			stores: {
				answers: [
					answer('q.device-newer', 'copy', 1_500),
					answer('q.copy-newer', 'copy', 3_000),
					answer('q.copy-only', 'copy', 10)
				],
				selections: [],
				targetGroups: [],
				allies: [ally],
				referrals: [],
				partners: [],
				checkIns: [],
				agendas: [],
				activities: [],
				harmChecks: []
			}
		};
		expect(await restoreWorkbook(copy, { mode: 'merge' })).toEqual({ written: 3, kept: 1, lockedWithCopy: false });
		const after = await exportWorkbook();
		expect(Object.fromEntries(after.stores.answers.map((a) => [a.id, a.text]))).toEqual({
			'q.copy-newer': 'copy',
			'q.copy-only': 'copy',
			'q.device-newer': 'device',
			'q.device-only': 'device'
		});
		expect(after.stores.allies).toEqual([ally]);
	});

	it('changes nothing when one write fails half-way', async () => {
		await fillWorkbook();
		const before = await exportWorkbook();
		const broken = structuredClone(before);
		broken.stores.answers.push(answer('think.norms.q9', 'new'));
		// A record without its key path makes IndexedDB throw after the earlier stores were already written to.
		(broken.stores.checkIns as unknown[]).push({ said: 'no id' });
		await expect(restoreWorkbook(broken, { mode: 'replace' })).rejects.toThrow();
		expect((await exportWorkbook()).stores).toEqual(before.stores);
	});
});

describe('parseBackup', () => {
	const longText = 'x'.repeat(100_000);
	const tooBig = backupText({ answers: [answer('q1', 'y'.repeat(maxRecordsPerStore))] }).replace(
		'"stores"',
		`"padding":"${'p'.repeat(5 * 1024 * 1024)}","stores"`
	);
	/** A valid answer with one extra key written straight into the text, as an attacker would. */
	const withKey = (key: string) =>
		backupText({ answers: [answer('q1', 'a')] }).replace('"id":"q1"', `${key},"id":"q1"`);
	const tooMany = backupText({
		answers: Array.from({ length: maxRecordsPerStore + 1 }, (_, i) => answer(`q${i}`, ''))
	});
	const badFiles: [name: string, text: string, problem: BackupProblem][] = [
		['an empty file', '', 'empty'],
		['a file of only whitespace', '  \n\t ', 'empty'],
		['a file larger than 5 MB', tooBig, 'too-large'],
		['JSON cut off half-way', backupText({ answers: [answer('q1', 'hello')] }).slice(0, 80), 'truncated'],
		['a file that is not JSON', 'Dear diary, today I', 'not-json'],
		['a JSON array', '[1, 2, 3]', 'not-object'],
		['a JSON string', '"birge-workbook"', 'not-object'],
		['another format', backupText({}, { format: 'other-app' }), 'wrong-format'],
		['a copy from a newer version', backupText({}, { schemaVersion: databaseVersion + 1 }), 'newer-version'],
		['a version that never existed', backupText({}, { schemaVersion: 0 }), 'unsupported-version'],
		['a store that is not a list', backupText({ answers: { q1: 'text' } }), 'invalid-record'],
		['a file whose every record is unreadable', backupText({ answers: [{ id: 'q1', text: 42, updatedAt: 1 }] }), 'nothing-valid'],
		['a __proto__ key', withKey('"__proto__":{"isAdmin":true}'), 'unsafe-key'],
		['a constructor key', withKey('"constructor":{"prototype":{"isAdmin":true}}'), 'unsafe-key'],
		['too many records in one store', tooMany, 'too-many-records']
	];

	for (const [name, text, problem] of badFiles) {
		it(`refuses ${name} with "${problem}" and leaves the workbook as it was`, async () => {
			await fillWorkbook();
			const before = await exportWorkbook();
			const result = parseBackup(text);
			expect(result.ok ? 'accepted' : result.problem).toBe(problem);
			// The page only restores after a successful parse; this checks parsing itself writes nothing.
			const after = await exportWorkbook();
			expect(after.stores).toEqual(before.stores);
		});
	}

	it('drops unknown stores and unknown fields inside records', () => {
		const result = parseBackup(
			backupText({ answers: [{ ...answer('q1', 'hi'), colour: 'red' }], somethingElse: [{ id: 'x' }] })
		);
		if (!result.ok) throw new Error(result.problem);
		expect(result.backup.stores.answers).toEqual([answer('q1', 'hi')]);
		expect(Object.keys(result.backup.stores)).not.toContain('somethingElse');
		expect(result.summary.answers).toBe(1);
		expect(result.summary.allies).toBe(0);
	});

	it('upgrades an older copy through each migration step in turn', () => {
		const steps: string[] = [];
		const migrations = {
			0: (stores: Record<string, unknown>) => (steps.push('0→1'), { ...stores, answers: ['upgraded'] }),
			1: (stores: Record<string, unknown>) => (steps.push('1→2'), { ...stores, agendas: [] }),
			2: (stores: Record<string, unknown>) => (steps.push('2→3'), { ...stores, activities: [] })
		};
		expect(upgradeStores({ answers: [] }, 0, migrations)).toEqual({ answers: ['upgraded'], agendas: [], activities: [] });
		expect(steps).toEqual(['0→1', '1→2', '2→3']);
		expect(upgradeStores({ answers: [] }, 0, {})).toBeUndefined();
	});
});

/**
 * A copy as each released version's "Save a copy" wrote it. When `databaseVersion` goes up, add the new version here
 * and leave the old entries as they are.
 */
const releasedCopies: { version: number; stores: Record<string, unknown[]> }[] = [
	{
		version: 1,
		stores: {
			answers: [answer('think.norms.q1', 'Мой ответ')],
			targetGroups: [{ id: 'g1', name: 'Boys', age: '14', place: 'School', whereWhen: '', barriers: '', motivators: '', updatedAt: 1 }],
			allies: [{ id: 'a1', name: 'Teacher', kind: 'educator', role: '', contact: '', updatedAt: 1 }],
			referrals: [{ ...referral }],
			partners: [{ id: 'p1', name: 'Network', contact: '', updatedAt: 1 }],
			checkIns: [{ ...checkIn }]
		}
	},
	{
		version: 2,
		stores: {
			answers: [answer('think.norms.q1', 'Answer')],
			selections: [{ id: 'levels', values: ['level.community'], own: [], updatedAt: 2 }],
			targetGroups: [{ id: 'g2', name: 'Fathers', age: '', place: '', whereWhen: '', barriers: '', motivators: '', updatedAt: 2 }],
			allies: [{ id: 'a2', name: 'Imam', kind: 'religious', role: 'Opens the door', contact: '', updatedAt: 2 }],
			agendas: [{ id: 'ag', title: 'First session', date: '2026-12-01', notes: '', items: [{ id: 'i', ref: 'aim.peers', minutes: 10, notes: '' }], updatedAt: 2 }]
		}
	},
	{
		version: 3,
		stores: {
			targetGroups: [{ id: 'g3', name: 'Students', level: 'level.individual', age: '', place: '', whereWhen: '', barriers: '', motivators: '', updatedAt: 3 }],
			allies: [{ id: 'a3', name: 'Women of Osh', kind: 'womens-organisation', level: 'level.community', role: '', contact: '', updatedAt: 3 }],
			activities: [{ id: 'ac3', name: 'Film night', level: 'level.relationships', when: 'May', description: 'Fathers and sons', updatedAt: 3 }],
			harmChecks: [{ id: 'initiative', items: [{ id: 'harm.consent', status: 'not-relevant', note: 'No photos at all' }], updatedAt: 3 }]
		}
	}
];

describe('copies made by every released version', () => {
	it('has a copy of every released version', () => {
		expect(releasedCopies.map((copy) => copy.version)).toEqual(Array.from({ length: databaseVersion }, (_, i) => i + 1));
	});

	it.each(releasedCopies)('restores a version $version copy whole, target groups and allies "not placed yet" when it had no levels', async ({ version, stores }) => {
		const result = parseBackup(backupText(stores, { schemaVersion: version }));
		if (!result.ok) throw new Error(result.problem);
		for (const store of storeNames) {
			expect(result.report[store].whole, store).toBe(stores[store]?.length ?? 0);
			expect(result.report[store].skipped, store).toEqual({ date: 0, duplicate: 0, damaged: 0 });
		}
		await restoreWorkbook(result.backup, { mode: 'replace' });
		const db = await workbookDB();
		for (const [store, records] of Object.entries(stores) as [StoreName, { id: string }[]][]) {
			for (const record of records) {
				const restored = await db.get(store, record.id);
				const level = store === 'targetGroups' || store === 'allies' ? { level: 'level' in record ? record.level : '' } : {};
				expect(restored, `${store} ${record.id}`).toEqual({ ...record, ...level });
			}
		}
	});
});

describe('a copy made before workshop agendas existed', () => {
	it('is read as version 1 with no agendas, and keeps its records', () => {
		const result = parseBackup(backupText({ answers: [answer('q1', 'old')] }, { schemaVersion: 1 }));
		if (!result.ok) throw new Error(result.problem);
		expect(result.backup.schemaVersion).toBe(databaseVersion);
		expect(result.backup.stores.answers).toEqual([answer('q1', 'old')]);
		expect(result.backup.stores.agendas).toEqual([]);
	});

	it('skips an agenda whose item points at no valid place, and says so', () => {
		const agenda = { id: 'a1', title: 'T', date: '', notes: '', updatedAt: 1, items: [{ id: 'i', ref: '../x?', minutes: 5, notes: '' }] };
		const result = parseBackup(backupText({ agendas: [agenda], answers: [answer('q1', 'kept')] }));
		if (!result.ok) throw new Error(result.problem);
		expect(result.backup.stores.agendas).toEqual([]);
		expect(result.report.agendas.skipped.damaged).toBe(1);
		expect(result.backup.stores.answers).toEqual([answer('q1', 'kept')]);
	});
});

describe('a copy with some records the app cannot keep as they are', () => {
	it('shortens texts and lists that are too long, skips impossible dates and second copies, and keeps the rest', () => {
		const longAnswer = answer('q.long', 'x'.repeat(25_000));
		const tooManyOwn = { id: 'aims', values: [], own: Array.from({ length: 101 }, (_, i) => `own ${i}`), updatedAt: 1 };
		const hugeAgenda = {
			id: 'ag',
			title: 't'.repeat(600),
			date: '',
			notes: '',
			updatedAt: 1,
			items: Array.from({ length: 201 }, (_, i) => ({ id: `i${i}`, ref: 'aim.peers', minutes: 5, notes: i === 0 ? 'n'.repeat(20_001) : '' }))
		};
		const result = parseBackup(
			backupText({
				answers: [answer('q1', 'fine'), longAnswer, answer('q1', 'second copy')],
				selections: [tooManyOwn],
				referrals: [referral, { ...referral, id: 'r2', checkedOn: '20266-01-01' }, { ...referral, id: 'r3', checkedOn: '2025-02-30' }],
				agendas: [hugeAgenda]
			})
		);
		if (!result.ok) throw new Error(result.problem);
		const { stores } = result.backup;
		expect(stores.answers.map((a) => [a.id, a.text.length])).toEqual([['q1', 4], ['q.long', 20_000]]);
		expect(stores.selections[0]?.own).toHaveLength(100);
		expect(stores.referrals.map((r) => r.id)).toEqual(['r1']);
		expect(stores.agendas[0]?.items).toHaveLength(200);
		expect(stores.agendas[0]?.items[0]?.notes).toHaveLength(20_000);
		expect(stores.agendas[0]?.title).toHaveLength(500);
		expect(result.report.answers).toEqual({ whole: 1, shortened: 1, skipped: { date: 0, duplicate: 1, damaged: 0 } });
		expect(result.report.selections.shortened).toBe(1);
		expect(result.report.referrals).toEqual({ whole: 1, shortened: 0, skipped: { date: 2, duplicate: 0, damaged: 0 } });
		expect(result.report.agendas.shortened).toBe(1);
		expect(result.summary).toMatchObject({ answers: 2, selections: 1, referrals: 1, agendas: 1 });
	});

	it('never shortens an id: a record whose id is too long is skipped', () => {
		const result = parseBackup(backupText({ answers: [answer('q'.repeat(201), 'x'), answer('q1', 'kept')] }));
		if (!result.ok) throw new Error(result.problem);
		expect(result.backup.stores.answers.map((a) => a.id)).toEqual(['q1']);
		expect(result.report.answers.skipped.damaged).toBe(1);
	});

	it('cuts a text without leaving half of a character that takes two UTF-16 units', () => {
		expect(cutText('ab😀', 3)).toBe('ab');
		expect(cutText('ab😀', 4)).toBe('ab😀');
		expect(cutText('абв', 2)).toBe('аб');
	});

	it('reads a copy that starts with a byte order mark', () => {
		expect(parseBackup(`\uFEFF${backupText({ answers: [answer('q1', 'bom')] })}`)).toMatchObject({ ok: true });
	});
});

describe('eraseWorkbook', () => {
	it('empties every store, settings included', async () => {
		await fillWorkbook();
		await eraseWorkbook();
		const db = await workbookDB();
		for (const store of [...storeNames, 'meta'] as const) expect(await db.count(store), store).toBe(0);
	});
});
