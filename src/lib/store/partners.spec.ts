import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onWorkbookChange, type WorkbookChange } from './changes';
import { closeWorkbookDB, workbookDB } from './db';
import { forgetLock, setPassphrase } from './lock/vault';
import { deletePartner } from './partners';
import { listRecords, saveRecord } from './records';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
	forgetLock();
});

afterEach(async () => {
	await closeWorkbookDB();
});

async function twoPartners() {
	await saveRecord('partners', { id: 'p1', name: 'Women of Osh', contact: '' });
	await saveRecord('partners', { id: 'p2', name: 'Ak-Bata', contact: '' });
	for (const [id, partnerId] of [['c1', 'p1'], ['c2', 'p1'], ['c3', 'p2']] as const) {
		await saveRecord('checkIns', { id, partnerId, date: '2026-01-01', said: '', change: '' });
	}
}

describe('deletePartner', () => {
	it('removes the partner and its check-ins, and nobody else’s', async () => {
		await twoPartners();
		const changes: WorkbookChange[] = [];
		const stop = onWorkbookChange((change) => changes.push(change));
		expect(await deletePartner('p1')).toEqual({ checkIns: 2 });
		stop();
		expect((await listRecords('partners')).map((p) => p.id)).toEqual(['p2']);
		expect((await listRecords('checkIns')).map((c) => c.id)).toEqual(['c3']);
		expect(changes).toContainEqual({ store: 'partners', id: 'p1' });
	});

	it('finds the check-ins while the lock is on, when they carry no partner id in clear', async () => {
		await twoPartners();
		await setPassphrase({ passphrase: 'long passphrase', idleMinutes: 0 });
		await deletePartner('p1');
		expect((await listRecords('checkIns')).map((c) => c.id)).toEqual(['c3']);
	}, 30_000);

	it('deletes in one read-write transaction over both stores, so a failure cannot leave half of it done', async () => {
		await twoPartners();
		const db = await workbookDB();
		const writes: string[][] = [];
		const transaction = db.transaction.bind(db);
		// Watches the transactions the delete opens on this page's one connection.
		db.transaction = ((stores: string | string[], mode?: IDBTransactionMode) => {
			if (mode === 'readwrite') writes.push([stores].flat().sort());
			return transaction(stores as never, mode);
		}) as typeof db.transaction;
		await deletePartner('p1');
		db.transaction = transaction;
		expect(writes).toEqual([['checkIns', 'partners']]);
	});
});
