import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setLocale } from '$lib/paraglide/runtime';
import { closeWorkbookDB } from '$lib/store/db';
import { forgetLock } from '$lib/store/lock/vault';
import { listRecords, saveRecord } from '$lib/store/records';
import { checkRecord, storeNames } from '$lib/store/schema';
import { addablePlanStores } from '$lib/share-file/plan-data';
import { openRefusal } from '$lib/share-file/share-messages';
import { agendaFile, parseSharedFile, planFile, scenarioCardsFile } from '$lib/share-file/shared-file';
import { addPlanParts, addSharedAgenda, readPlanRecords } from '$lib/share-file/shared-records';
import { planSectionIds } from '$lib/plan/action-plan';
import { readFileText } from '$lib/workbook/backup-file';
import { kindNames, reportLines } from '$lib/workbook/restore-messages';
import { handMadeFiles, mutatedBackups, type BadFile } from '../fixtures/backup-files';

// "Open a shared file" is given real shared files (an agenda, its scenario cards, a plan) damaged hundreds of ways
// (the backup fuzz's own mutations, seed 13) and the backup fuzz's hand-made bad files. For every one: no exception
// escapes, the dialog has words to show, a refused file leaves every record as it was, and an accepted one only adds:
// every record that was there before is still there, unchanged, and whatever was added passes the save path's schema.

async function fillWorkbook() {
	await saveRecord('answers', { id: 'planner.initiative', text: 'Отцы Оша' });
	await saveRecord('answers', { id: 'planner.aims.why', text: 'No place to talk 😢' });
	await saveRecord('answers', { id: 'think.norms.q1', text: 'A private answer' });
	await saveRecord('selections', { id: 'aims', values: ['aim.peers'], own: ['Клуб отцов'] });
	await saveRecord('targetGroups', { id: 'g1', name: 'Students', level: '', age: '16-19', place: 'Osh', whereWhen: 'After class', barriers: 'Shy', motivators: 'Football' });
	await saveRecord('allies', { id: 'a1', name: 'Youth centre', kind: 'youth-group', level: 'level.community', role: 'Room', contact: '+996 555 123' });
	await saveRecord('referrals', { id: 'r1', name: 'Кризисный центр', kind: 'shelter', phone: '150', address: 'Abay 10', hours: '24/7', notes: 'n'.repeat(300), checkedOn: '2026-02-01' });
	await saveRecord('partners', { id: 'p1', name: 'Women of Osh', contact: 'mail' });
	await saveRecord('checkIns', { id: 'c1', partnerId: 'p1', date: '2026-03-01', said: 'Go slower', change: 'We did' });
	return saveRecord('agendas', {
		id: 'ag1',
		title: 'Session 1',
		date: '2026-12-01',
		notes: 'Chairs in a circle',
		items: [
			{ id: 'i1', ref: 'think.norms.q1', minutes: 15, notes: 'Slow' },
			{ id: 'i2', ref: 'annex/topics/family/chores', minutes: 30, notes: 'Pairs' }
		]
	});
}

/** Every record of every store, by store and id, as the app reads them back. */
async function everything(): Promise<Map<string, string>> {
	const all = new Map<string, string>();
	for (const store of storeNames) for (const record of await listRecords(store)) all.set(`${store}/${record.id}`, JSON.stringify(record));
	return all;
}

const forbidden = /undefined|null|\[object Object\]|NaN/;

/** What the open dialog does with a chosen file, up to adding it, and the words it shows. */
async function open(file: BadFile): Promise<'refused' | 'added'> {
	const before = await everything();
	const read = await readFileText(new Blob([file.bytes]));
	const parsed = read.ok ? parseSharedFile(read.text) : read;
	if (!parsed.ok) {
		const words = openRefusal(parsed.problem);
		expect(words, file.name).not.toMatch(forbidden);
		expect(words.trim(), file.name).not.toBe('');
		expect(await everything(), `${file.name} changed the workbook`).toEqual(before);
		return 'refused';
	}
	const words = reportLines(parsed.report).map((line) => `${kindNames[line.store]()}: ${line.text}`).join('\n');
	expect(words, file.name).not.toMatch(forbidden);
	if (parsed.kind === 'action-plan') await addPlanParts(parsed.plan, addablePlanStores);
	else await addSharedAgenda(parsed.agenda);
	const after = await everything();
	// Only added: whatever was there is there as it was.
	for (const [key, record] of before) expect(after.get(key), `${file.name} replaced ${key}`).toBe(record);
	for (const store of storeNames) {
		for (const record of await listRecords(store)) expect(checkRecord(store, record).ok, `${file.name}: ${store}`).toBe(true);
	}
	return 'added';
}

const files: Record<'agenda' | 'cards' | 'plan', string> = { agenda: '', cards: '', plan: '' };

beforeAll(async () => {
	globalThis.indexedDB = new IDBFactory();
	forgetLock();
	const agenda = await fillWorkbook();
	files.agenda = JSON.stringify(agendaFile(agenda, { withNotes: true }));
	files.cards = JSON.stringify(scenarioCardsFile(agenda, { isCard: (ref) => ref.startsWith('annex/') }));
	files.plan = JSON.stringify(planFile(await readPlanRecords(), { sections: planSectionIds }));
}, 120_000);

afterAll(async () => {
	setLocale('en', { reload: false });
	await closeWorkbookDB();
});

describe('opening shared files, damaged and foreign', () => {
	for (const [kind, count] of [['agenda', 200], ['cards', 100], ['plan', 200]] as const) {
		it(`handles ${count} mutated copies of a shared ${kind}: words for each, a refused one changes nothing, an accepted one only adds`, async () => {
			const outcomes = { refused: 0, added: 0 };
			for (const file of mutatedBackups(files[kind], count)) outcomes[await open(file)]++;
			expect(outcomes.refused).toBeGreaterThan(count / 10);
			expect(outcomes.added).toBeGreaterThan(count / 10);
		}, 600_000);
	}

	it('handles every hand-made bad file of the backup fuzz, and accepts the good encodings', async () => {
		// The plan's file, since some of these files are made by changing an answer's text.
		for (const file of handMadeFiles(files.plan)) expect(await open(file), file.name).toBe(file.accepted ? 'added' : 'refused');
	}, 600_000);

	it('has words in Russian for every refusal', async () => {
		setLocale('ru', { reload: false });
		try {
			for (const file of handMadeFiles(files.plan)) {
				const read = await readFileText(new Blob([file.bytes]));
				const parsed = read.ok ? parseSharedFile(read.text) : read;
				if (!parsed.ok) expect(openRefusal(parsed.problem), file.name).toMatch(/[а-яё]/i);
			}
		} finally {
			setLocale('en', { reload: false });
		}
	}, 120_000);
});
