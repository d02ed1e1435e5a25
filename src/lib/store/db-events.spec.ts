import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeWorkbookDB, databaseName, databaseVersion, workbookDB } from './db';

afterEach(async () => {
	await closeWorkbookDB();
	await new Promise((resolve) => {
		const request = indexedDB.deleteDatabase(databaseName);
		request.onsuccess = request.onerror = request.onblocked = resolve;
	});
});

describe('an open tab never blocks an upgrade', () => {
	it('closes its connection and tells the user when a newer version needs the database', async () => {
		const onVersionChange = vi.fn();
		await workbookDB({ onVersionChange });

		// Another tab, running a newer version, opens the database at a higher version.
		const newer = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open(databaseName, databaseVersion + 1);
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		expect(onVersionChange).toHaveBeenCalledOnce();
		expect(newer.version).toBe(databaseVersion + 1);
		newer.close();
	});

});
