import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadAnswer, saveAnswer } from '../answers';
import { backupFile, eraseWorkbook, exportWorkbook, openSealedBackup, parseBackup, restoreWorkbook } from '../backup';
import { closeWorkbookDB, databaseVersion, workbookDB } from '../db';
import { listRecords, saveRecord } from '../records';
import { recordStores } from '../stores';
import { forgetLock, isLocked, lockNow, lockSettings, removeLock, setPassphrase, unlock } from './vault';

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

// Each test derives keys with 600,000 rounds of PBKDF2 several times: seconds on a busy machine.
describe('the passphrase lock in the store', { timeout: 60_000 }, () => {
	it('encrypts existing and new records, and nothing readable stays on disk', async () => {
		await saveAnswer('think.norms.q1', secret);
		await saveRecord('referrals', {
			id: 'r1', name: 'Safe house Aiyl', kind: 'shelter', phone: '+996 555', address: 'Lenin 1', hours: '', notes: '', checkedOn: ''
		});
		await setPassphrase({ passphrase: 'long passphrase', idleMinutes: 5 });
		await saveAnswer('think.norms.q2', 'a second secret');

		const raw = await rawRecords();
		for (const plain of [secret, 'a second secret', 'Safe house', 'shelter', '+996', 'Lenin']) expect(raw).not.toContain(plain);
		expect(await loadAnswer('think.norms.q1')).toBe(secret);
	});

	it('after a reload nothing can be read or written until the right passphrase is typed', async () => {
		await saveAnswer('think.norms.q1', secret);
		await setPassphrase({ passphrase: 'long passphrase', idleMinutes: 0 });
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
		await setPassphrase({ passphrase: 'long passphrase', idleMinutes: 0 });
		lockNow();
		await expect(loadAnswer('think.norms.q1')).rejects.toMatchObject({ problem: 'locked' });
		await unlock('long passphrase');
		await removeLock('long passphrase');
		expect(await rawRecords()).toContain(secret);
		await reload();
		expect(await isLocked()).toBe(false);
		expect(await loadAnswer('think.norms.q1')).toBe(secret);
	});

	it('changing the passphrase re-encrypts, and only the new one opens', async () => {
		await saveAnswer('think.norms.q1', secret);
		await setPassphrase({ passphrase: 'first passphrase', idleMinutes: 0 });
		const first = await rawRecords();
		await setPassphrase({ passphrase: 'second passphrase', idleMinutes: 0, current: 'first passphrase' });
		expect(await rawRecords()).not.toBe(first);
		await reload();
		expect(await unlock('first passphrase')).toBe('wrong');
		expect(await unlock('second passphrase')).toBe('ok');
		expect(await loadAnswer('think.norms.q1')).toBe(secret);
	});

	it('a tampered record is reported as damaged, not as a wrong passphrase', async () => {
		await saveAnswer('think.norms.q1', secret);
		await setPassphrase({ passphrase: 'long passphrase', idleMinutes: 0 });
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
		await setPassphrase({ passphrase: 'long passphrase', idleMinutes: 0 });
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
		const result = await restoreWorkbook(opened.backup, { mode: 'replace', lock: opened.lock });
		expect(result.lockedWithCopy).toBe(true);
		expect(await Promise.all(recordStores.map((store) => listRecords(store)))).toEqual(before);
		// The lock came back with the copy: nothing readable on disk, and after a reload only its passphrase opens.
		expect(await rawRecords()).not.toContain(secret);
		expect((await lockSettings())?.salt).toBe(parsed.sealed.encryption.salt);
		await reload();
		expect(await isLocked()).toBe(true);
		expect(await unlock('long passphrase')).toBe('ok');
		expect(await loadAnswer('think.norms.q1')).toBe(secret);
	});

	it('a sealed copy merged into a workbook without a lock seals what was already there too', async () => {
		await setPassphrase({ passphrase: 'long passphrase', idleMinutes: 0 });
		await saveAnswer('think.norms.q1', secret);
		const file = JSON.stringify(await backupFile(await exportWorkbook()));
		await eraseWorkbook();
		await saveAnswer('think.norms.q2', 'written after the erase');
		const parsed = parseBackup(file);
		if (parsed.ok || parsed.problem !== 'needs-passphrase') throw new Error('expected a sealed copy');
		const opened = await openSealedBackup(parsed.sealed, 'long passphrase');
		if (!opened.ok) throw new Error(opened.problem);
		await restoreWorkbook(opened.backup, { mode: 'merge', lock: opened.lock });
		const raw = await rawRecords();
		expect(raw).not.toContain(secret);
		expect(raw).not.toContain('written after the erase');
		expect(await loadAnswer('think.norms.q2')).toBe('written after the erase');
	});

	it('a workbook with a lock of its own keeps it when a sealed copy with another passphrase is restored', async () => {
		await setPassphrase({ passphrase: 'passphrase of the copy', idleMinutes: 0 });
		await saveAnswer('think.norms.q1', secret);
		const file = JSON.stringify(await backupFile(await exportWorkbook()));
		await eraseWorkbook();
		await setPassphrase({ passphrase: 'passphrase of this phone', idleMinutes: 0 });
		const parsed = parseBackup(file);
		if (parsed.ok || parsed.problem !== 'needs-passphrase') throw new Error('expected a sealed copy');
		const opened = await openSealedBackup(parsed.sealed, 'passphrase of the copy');
		if (!opened.ok) throw new Error(opened.problem);
		expect((await restoreWorkbook(opened.backup, { mode: 'replace', lock: opened.lock })).lockedWithCopy).toBe(false);
		await reload();
		expect(await unlock('passphrase of the copy')).toBe('wrong');
		expect(await unlock('passphrase of this phone')).toBe('ok');
		expect(await loadAnswer('think.norms.q1')).toBe(secret);
	});

	it('restoring into a locked-on workbook seals what it writes', async () => {
		await setPassphrase({ passphrase: 'long passphrase', idleMinutes: 0 });
		const plain = parseBackup(
			JSON.stringify({ format: 'birge-workbook', schemaVersion: 1, exportedAt: new Date().toISOString(), stores: { answers: [{ id: 'a.q1', text: secret, updatedAt: 1 }] } })
		);
		if (!plain.ok) throw new Error('bad fixture');
		await restoreWorkbook(plain.backup, { mode: 'merge' });
		expect(await rawRecords()).not.toContain(secret);
		expect(await loadAnswer('a.q1')).toBe(secret);
	});

	it('changing or removing the lock needs the current passphrase; a wrong one changes nothing', async () => {
		await saveAnswer('think.norms.q1', secret);
		await setPassphrase({ passphrase: 'long passphrase', idleMinutes: 0 });
		const before = await rawRecords();
		expect(await setPassphrase({ passphrase: 'taken over', idleMinutes: 0, current: 'a guess' })).toBe('wrong');
		expect(await setPassphrase({ passphrase: 'taken over', idleMinutes: 0 })).toBe('wrong');
		expect(await removeLock('a guess')).toBe('wrong');
		expect(await rawRecords()).toBe(before);
		await reload();
		expect(await unlock('long passphrase')).toBe('ok');
	});

	it('a passphrase opens whichever Unicode form it is typed in (NFC)', async () => {
		// "й" as one character, and as "и" followed by a combining breve, as some keyboards type it.
		const composed = 'мой ключ';
		const decomposed = composed.normalize('NFD');
		expect(decomposed).not.toBe(composed);
		await saveAnswer('think.norms.q1', secret);
		await setPassphrase({ passphrase: decomposed, idleMinutes: 0 });
		await reload();
		expect(await unlock(composed)).toBe('ok');
		expect(await loadAnswer('think.norms.q1')).toBe(secret);
		const file = parseBackup(JSON.stringify(await backupFile(await exportWorkbook())));
		if (file.ok || file.problem !== 'needs-passphrase') throw new Error('expected a sealed copy');
		expect(await openSealedBackup(file.sealed, decomposed)).toMatchObject({ ok: true });
	});

	it('sealed records carry the database version they were written at, and older ones without it still open', async () => {
		await saveAnswer('think.norms.q1', secret);
		await setPassphrase({ passphrase: 'long passphrase', idleMinutes: 0 });
		const db = await workbookDB();
		const stored = (await db.get('answers', 'think.norms.q1')) as unknown as { id: string; sealed: string; schemaVersion?: number };
		expect(stored.schemaVersion).toBe(databaseVersion);
		// As the first release of the lock wrote it.
		delete stored.schemaVersion;
		await db.put('answers', stored as never);
		expect(await loadAnswer('think.norms.q1')).toBe(secret);
	});

	it('a save made while the passphrase changes is never lost', async () => {
		await saveAnswer('think.norms.q1', secret);
		// A few records, so re-encrypting takes several steps of WebCrypto between its read and its write.
		for (let i = 0; i < 20; i++) await saveAnswer(`act.q${i}`, `earlier ${i}`);
		await setPassphrase({ passphrase: 'first passphrase', idleMinutes: 0 });
		let changed = false;
		const changing = setPassphrase({ passphrase: 'second passphrase', idleMinutes: 0, current: 'first passphrase' }).finally(
			() => (changed = true)
		);
		// Saves keep coming while the passphrase changes, as from another tab: without the workbook lock, one that lands
		// between the re-encryption's read and its write reports success and is then cleared away.
		const saved = new Map<string, string>();
		for (let i = 0; !changed; i++) {
			const [id, text] = [`think.during.q${i}`, `typed during the change ${i}`];
			await saveAnswer(id, text).then(
				() => saved.set(id, text),
				() => undefined
			);
		}
		expect(await changing).toBe('ok');
		expect(saved.size).toBeGreaterThan(0);
		await reload();
		expect(await unlock('second passphrase')).toBe('ok');
		for (const [id, text] of saved) expect(await loadAnswer(id), id).toBe(text);
	}, 60_000);

	it('a sealed copy with damaged encryption fields is refused with a message, never an exception', async () => {
		const damaged = [
			{ salt: 'AAAAAAAAAAAAAAAAA', iterations: 600_000, verifier: 'AAAA' },
			{ salt: 'AAAAAAAAAAAAAAAAAAAAAA==', iterations: 600_000, verifier: 'AA' },
			{ salt: 'AAAAAAAAAAAAAAAAAAAAAA==', iterations: 1, verifier: 'AAAA' }
		];
		for (const encryption of damaged) {
			const result = await openSealedBackup(
				{ format: 'birge-workbook', exportedAt: '2026-01-01T00:00:00.000Z', encryption: { ...encryption, cipher: 'AES-GCM', kdf: 'PBKDF2-SHA256' }, sealed: 'AAAA' },
				'any passphrase'
			);
			expect(result.ok).toBe(false);
		}
	});
});
