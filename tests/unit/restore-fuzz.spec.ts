import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setLocale } from '$lib/paraglide/runtime';
import { exportWorkbook, openSealedBackup, restoreWorkbook } from '$lib/store/backup';
import { closeWorkbookDB, databaseName } from '$lib/store/db';
import { forgetLock } from '$lib/store/lock/vault';
import { listRecords, saveRecord } from '$lib/store/records';
import { checkRecord, storeNames } from '$lib/store/schema';
import { readBackupFile } from '$lib/workbook/backup-file';
import { kindNames, refusalMessage, reportLines } from '$lib/workbook/restore-messages';
import { handMadeFiles, mutatedBackups, type BadFile } from '../fixtures/backup-files';

// Restore is given a real backup damaged 1,200 ways (seed 13) and hand-made bad files. For every one: no exception
// escapes, the page has words to show (never "undefined", "null" or "[object Object]"), a refused file leaves the
// database byte for byte as it was, and what an accepted one writes passes the schema every save uses.

/** A workbook with something in every store: Cyrillic, emoji, long notes, an agenda. */
async function fillWorkbook() {
	await saveRecord('answers', { id: 'think.norms.q1', text: 'Мальчикам говорят: не плачь 😢' });
	await saveRecord('answers', { id: 'think.norms.q2', text: 'Uncle decides the money.\nAlways.' });
	await saveRecord('selections', { id: 'aims', values: ['aim.peers', 'aim.awareness'], own: ['Клуб отцов'] });
	await saveRecord('targetGroups', { id: 'g1', name: 'Students', level: 'level.individual', age: '16-19', place: 'Osh', whereWhen: 'After class', barriers: 'Shy', motivators: 'Football' });
	await saveRecord('allies', { id: 'a1', name: 'Youth centre', kind: 'youth-group', level: '', role: 'Room', contact: '+996 555 123' });
	await saveRecord('referrals', { id: 'r1', name: 'Кризисный центр', kind: 'shelter', phone: '150', address: 'Abay 10', hours: '24/7', notes: 'n'.repeat(300), checkedOn: '2026-02-01' });
	await saveRecord('partners', { id: 'p1', name: 'Women of Osh', contact: 'mail' });
	await saveRecord('checkIns', { id: 'c1', partnerId: 'p1', date: '2026-03-01', said: 'Go slower', change: 'We did' });
	await saveRecord('agendas', {
		id: 'ag1',
		title: 'Session 1',
		date: '2026-12-01',
		notes: 'Chairs in a circle',
		items: [
			{ id: 'i1', ref: 'think.norms.q1', minutes: 15, notes: '' },
			{ id: 'i2', ref: 'annex/topics/family/chores', minutes: 30, notes: 'Pairs' }
		]
	});
	await saveRecord('activities', { id: 'ac1', name: 'Футбол и разговор', level: 'level.community', when: 'Пятницы', description: 'После матча' });
	await saveRecord('harmChecks', {
		id: 'initiative',
		items: [
			{ id: 'harm.safe-space', status: 'done', note: '' },
			{ id: 'harm.consent', status: 'not-relevant', note: 'Без фото' }
		]
	});
}

/** Every store, settings included, as IndexedDB holds it: what "unchanged" is compared by. */
function rawDatabase(): Promise<string> {
	return new Promise((resolve, reject) => {
		const open = indexedDB.open(databaseName);
		open.onerror = () => reject(open.error);
		open.onsuccess = () => {
			const db = open.result;
			const names = [...db.objectStoreNames].sort();
			const tx = db.transaction(names);
			const all: Record<string, unknown> = {};
			for (const name of names) {
				const request = tx.objectStore(name).getAll();
				request.onsuccess = () => (all[name] = request.result);
			}
			tx.oncomplete = () => {
				db.close();
				resolve(JSON.stringify(all));
			};
			tx.onerror = () => reject(tx.error);
		};
	});
}

const forbidden = /undefined|null|\[object Object\]|NaN/;

/** What the backup page does with a chosen file, up to the preview or the refusal, and the words it shows. */
async function giveToRestore(file: BadFile): Promise<{ refused: boolean; words: string; backup?: Parameters<typeof restoreWorkbook>[0] }> {
	let result = await readBackupFile(new Blob([file.bytes]));
	if (!result.ok && result.problem === 'needs-passphrase') result = await openSealedBackup(result.sealed, 'a passphrase someone tries');
	if (!result.ok) {
		expect(result.problem).not.toBe('needs-passphrase');
		return { refused: true, words: refusalMessage(result.problem as Exclude<typeof result.problem, 'needs-passphrase'>) };
	}
	const words = [
		...storeNames.map((store) => `${kindNames[store]()} ${result.summary[store]}`),
		...reportLines(result.report).map((line) => `${kindNames[line.store]()}: ${line.text}`)
	].join('\n');
	return { refused: false, words, backup: result.backup };
}

let baseText = '';
let baseDatabase = '';
let mutated: BadFile[] = [];
let handMade: ReturnType<typeof handMadeFiles> = [];

beforeAll(async () => {
	globalThis.indexedDB = new IDBFactory();
	forgetLock();
	await fillWorkbook();
	baseText = JSON.stringify(await exportWorkbook());
	baseDatabase = await rawDatabase();
	mutated = mutatedBackups(baseText, 1_200);
	handMade = handMadeFiles(baseText);
}, 120_000);

afterAll(async () => {
	setLocale('en', { reload: false });
	await closeWorkbookDB();
});

async function check(file: BadFile & { accepted?: boolean }): Promise<'refused' | 'accepted'> {
	const before = await rawDatabase();
	const outcome = await giveToRestore(file);
	expect(outcome.words.trim(), file.name).not.toBe('');
	expect(outcome.words, file.name).not.toMatch(forbidden);
	if (outcome.refused) {
		expect(await rawDatabase(), `${file.name} changed the database`).toBe(before);
		return 'refused';
	}
	// Accepted: restore it, check that everything now stored passes the save path's schema, then put the base back.
	await restoreWorkbook(outcome.backup!, { mode: 'replace' });
	for (const store of storeNames) {
		for (const record of await listRecords(store)) expect(checkRecord(store, record).ok, `${file.name}: ${store}`).toBe(true);
	}
	const base = await readBackupFile(new Blob([baseText]));
	if (!base.ok) throw new Error('the base backup is refused');
	await restoreWorkbook(base.backup, { mode: 'replace' });
	return 'accepted';
}

describe('restore, given damaged and foreign files', () => {
	it('makes over 1,000 different files from the seed', () => {
		expect(new Set(mutated.map((file) => new TextDecoder().decode(file.bytes))).size).toBeGreaterThan(1_000);
	}, 60_000);

	it('handles 1,200 mutated copies of a real backup: a message for each, and a refused one changes nothing', async () => {
		const outcomes = { refused: 0, accepted: 0 };
		for (const file of mutated) outcomes[await check(file)]++;
		// Both kinds occur, so both branches were tested.
		expect(outcomes.refused).toBeGreaterThan(100);
		expect(outcomes.accepted).toBeGreaterThan(100);
		expect(await rawDatabase()).toBe(baseDatabase);
	}, 600_000);

	for (const { name } of handMadeFiles('{}')) {
		it(`handles ${name}`, async () => {
			const file = handMade.find((f) => f.name === name)!;
			expect(await check(file)).toBe(file.accepted ? 'accepted' : 'refused');
		}, 60_000);
	}

	it('has words in Russian too for every outcome, and none of them is a raw value', async () => {
		setLocale('ru', { reload: false });
		try {
			for (const file of [...handMade, ...mutatedBackups(baseText, 200, 7)]) {
				const { words } = await giveToRestore(file);
				expect(words, file.name).toMatch(/[а-яё]/i);
				expect(words, file.name).not.toMatch(forbidden);
			}
		} finally {
			setLocale('en', { reload: false });
		}
	}, 600_000);
});
