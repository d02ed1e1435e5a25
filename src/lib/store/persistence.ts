import { workbookDB } from './db';

export type PersistenceResult = 'persisted' | 'best-effort' | 'unsupported';

/**
 * Asks the browser to keep the workbook even when the disk runs low. Asked once, after the first real answer: asking
 * on a first visit gets refused, and a reader who never writes anything needs no promise.
 */
export async function requestPersistence(): Promise<PersistenceResult> {
	if (!navigator.storage?.persist) return 'unsupported';
	const db = await workbookDB();
	const known = await db.get('meta', 'persistence');
	if (known?.value === 'persisted' && (await navigator.storage.persisted())) return 'persisted';
	let result: PersistenceResult;
	try {
		result = (await navigator.storage.persist()) ? 'persisted' : 'best-effort';
	} catch {
		result = 'best-effort';
	}
	await db.put('meta', { key: 'persistence', value: result });
	return result;
}
