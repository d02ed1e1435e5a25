import { deleteRecords, listRecords } from './records';

/**
 * Deletes an accountability partner and every check-in with them in one transaction: either all of it goes, or
 * (a full disk, a closed tab) nothing does, so no check-in is ever left behind under a partner that is gone.
 * The check-ins are found by reading them, not by the `byPartner` index: sealed records carry no `partnerId` in clear.
 */
export async function deletePartner(partnerId: string): Promise<{ checkIns: number }> {
	const checkIns = (await listRecords('checkIns')).filter((checkIn) => checkIn.partnerId === partnerId);
	await deleteRecords([
		...checkIns.map((checkIn) => ({ store: 'checkIns' as const, id: checkIn.id })),
		{ store: 'partners', id: partnerId }
	]);
	return { checkIns: checkIns.length };
}
