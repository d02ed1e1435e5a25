/**
 * Every object store that holds what the user wrote, in one list: backups, erase and the passphrase lock all go
 * through it, so a new store is saved, erased and encrypted once it is named here (and given a schema in schema.ts).
 * No valibot here: the storage chunk that every page loads must not pull in the workbook's schemas.
 */
export const recordStores = ['answers', 'selections', 'targetGroups', 'allies', 'referrals', 'partners', 'checkIns', 'agendas'] as const;
export type RecordStore = (typeof recordStores)[number];
