import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadAnswer, saveAnswer } from '../answers';
import { backupFile, eraseWorkbook, exportWorkbook, openSealedBackup, parseBackup, restoreWorkbook } from '../backup';
import { closeWorkbookDB, workbookDB } from '../db';
import { listRecords, saveRecord } from '../records';
import { recordStores } from '../stores';
import { forgetLock, isLocked, lockNow, removeLock, setPassphrase, unlock } from './vault';

const secret = 'I worry my uncle will find out';

/** Every stored value of every record store, as the browser keeps it. */
async function rawRecords(): Promise<string> {
	const db = await workbookDB();
	const all = await Promise.all(recordStores.map((store) => db.getAll(store)));
	return JSON.stringify(all);
}

/** What a reload does: a new connection, and no key in memory. */
async function reload() {
	await closeWorkbookDB();
	forgetLock();
}

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
	forgetLock();
});

afterEach(async () => {
	await closeWorkbookDB();
});

describe('the passphrase lock in the store', () => {
	it('encrypts existing and new records, and nothing readable stays on disk', async () => {
		await saveAnswer('think.norms.q1', secret);
		await saveRecord('referrals', {
			id: 'r1', name: 'Safe house Aiyl', kind: 'shelter', phone: '+996 555', address: 'Lenin 1', hours: '', notes: '', checkedOn: ''
		});
		await setPassphrase('long passphrase', 5);
		await saveAnswer('think.norms.q2', 'a second secret');

		const raw = await rawRecords();
		for (const plain of [secret, 'a second secret', 'Safe house', 'shelter', '+996', 'Lenin']) expect(raw).not.toContain(plain);
		expect(await loadAnswer('think.norms.q1')).toBe(secret);
	});

	it('after a reload nothing can be read or written until the right passphrase is typed', async () => {
		await saveAnswer('think.norms.q1', secret);
		await setPassphrase('long passphrase', 0);
		await reload();

		expect(await isLocked()).toBe(true);
		await expect(loadAnswer('think.norms.q1')).rejects.toMatchObject({ problem: 'locked' });
		await expect(saveAnswer('think.norms.q1', 'overwrite')).rejects.toMatchObject({ problem: 'locked' });

		const before = await rawRecords();
		expect(await unlock('wrong passphrase')).toBe('wrong');
		expect(await rawRecords()).toBe(before);
		expect(await isLocked()).toBe(true);

		expect(await unlock('long passphrase')).toBe('ok');
		expect(await loadAnswer('think.norms.q1')).toBe(secret);
	});

	it('lock now drops the key; turning the lock off stores everything in clear again', async () => {
		await saveAnswer('think.norms.q1', secret);
		await setPassphrase('long passphrase', 0);
		lockNow();
		await expect(loadAnswer('think.norms.q1')).rejects.toMatchObject({ problem: 'locked' });
		await unlock('long passphrase');
		await removeLock();
		expect(await rawRecords()).toContain(secret);
		await reload();
		expect(await isLocked()).toBe(false);
		expect(await loadAnswer('think.norms.q1')).toBe(secret);
	});

	it('changing the passphrase re-encrypts, and only the new one opens', async () => {
		await saveAnswer('think.norms.q1', secret);
		await setPassphrase('first passphrase', 0);
		const first = await rawRecords();
		await setPassphrase('second passphrase', 0);
		expect(await rawRecords()).not.toBe(first);
		await reload();
		expect(await unlock('first passphrase')).toBe('wrong');
		expect(await unlock('second passphrase')).toBe('ok');
		expect(await loadAnswer('think.norms.q1')).toBe(secret);
	});

	it('a tampered record is reported as damaged, not as a wrong passphrase', async () => {
		await saveAnswer('think.norms.q1', secret);
		await setPassphrase('long passphrase', 0);
		const db = await workbookDB();
		const stored = (await db.get('answers', 'think.norms.q1')) as unknown as { id: string; sealed: string };
		const flipped = stored.sealed.startsWith('A') ? 'B' : 'A';
		await db.put('answers', { ...stored, sealed: `${flipped}${stored.sealed.slice(1)}` } as never);
		await expect(loadAnswer('think.norms.q1')).rejects.toMatchObject({ problem: 'damaged' });
	});

	it('lock → unlock → export → erase → import round-trips every record, and the copy is sealed', async () => {
		await saveAnswer('think.norms.q1', secret);
		await saveRecord('partners', { id: 'p1', name: 'Women network', contact: 'Asel' });
		await saveRecord('checkIns', { id: 'c1', partnerId: 'p1', date: '2026-01-01', said: 'Listen more', change: '' });
		await setPassphrase('long passphrase', 0);
		await reload();
		await unlock('long passphrase');
		const before = await Promise.all(recordStores.map((store) => listRecords(store)));

		const file = JSON.stringify(await backupFile(await exportWorkbook()));
		expect(file).not.toContain(secret);
		expect(file).not.toContain('Women network');
		await eraseWorkbook();
		expect(await isLocked()).toBe(false);

		const parsed = parseBackup(file);
		expect(parsed).toMatchObject({ ok: false, problem: 'needs-passphrase' });
		if (parsed.ok || parsed.problem !== 'needs-passphrase') throw new Error('expected a sealed copy');
		expect(await openSealedBackup(parsed.sealed, 'not it')).toMatchObject({ ok: false, problem: 'wrong-passphrase' });
		const opened = await openSealedBackup(parsed.sealed, 'long passphrase');
		if (!opened.ok) throw new Error(opened.problem);
		await restoreWorkbook(opened.backup, 'replace');
		expect(await Promise.all(recordStores.map((store) => listRecords(store)))).toEqual(before);
	});

	it('restoring into a locked-on workbook seals what it writes', async () => {
		await setPassphrase('long passphrase', 0);
		const plain = parseBackup(
			JSON.stringify({ format: 'birge-workbook', schemaVersion: 1, exportedAt: new Date().toISOString(), stores: { answers: [{ id: 'a.q1', text: secret, updatedAt: 1 }] } })
		);
		if (!plain.ok) throw new Error('bad fixture');
		await restoreWorkbook(plain.backup, 'merge');
		expect(await rawRecords()).not.toContain(secret);
		expect(await loadAnswer('a.q1')).toBe(secret);
	});
});
