/**
 * Every object store that holds what the user wrote, in one list: backups, erase and the passphrase lock all go
 * through it, so a new store is saved, erased and encrypted once it is named here (and given a schema in schema.ts).
 */
export const recordStores = ['answers', 'selections', 'targetGroups', 'allies', 'referrals', 'partners', 'checkIns', 'agendas',
	'activities', 'harmChecks'] as const;
export type RecordStore = (typeof recordStores)[number];
