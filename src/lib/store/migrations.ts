import { databaseVersion } from './db';
import { storesWithLevel, withEmptyLevel } from './levels';

/**
 * Upgrades plain records written at database version N to version N + 1: the stores as a map from store name to a
 * list of records. Keyed by N.
 */
export type DataMigration = (stores: Record<string, unknown>) => Record<string, unknown>;

/**
 * One list of data migrations for the three places old records come from: a clear record on disk (db.ts's
 * `if (oldVersion < N)` block does the same to it inside the upgrade transaction), a backup file made by an older
 * version, and a sealed record, which the upgrade transaction cannot decrypt: it carries the version it was sealed at
 * and is upgraded here after unlock. Add one whenever `databaseVersion` is raised and the shape of a record changes;
 * never edit an old one.
 */
export const dataMigrations: Record<number, DataMigration> = {
	// Version 2 only added the agendas store, which a version 1 file leaves out and is read as empty.
	1: (stores) => stores,
	// Version 3: target groups and allies get a level ("not placed yet"); activities and do-no-harm checks are new
	// stores, read as empty from an older file.
	2: (stores) => {
		const upgraded = { ...stores };
		for (const store of storesWithLevel) {
			const list = stores[store];
			if (Array.isArray(list)) upgraded[store] = list.map(withEmptyLevel);
		}
		return upgraded;
	}
};

/** Runs the migrations from `version` up to the current one; undefined when one step is missing. */
export function upgradeStores(
	stores: Record<string, unknown>,
	version: number,
	migrations: Record<number, DataMigration> = dataMigrations
): Record<string, unknown> | undefined {
	let current = stores;
	for (let from = version; from < databaseVersion; from++) {
		const migrate = migrations[from];
		if (!migrate) return undefined;
		current = migrate(current);
	}
	return current;
}

/** One record of `store` written at `version`, upgraded to the current version; undefined when that is impossible. */
export function upgradeRecord(
	store: string,
	record: unknown,
	version: number,
	migrations: Record<number, DataMigration> = dataMigrations
): unknown {
	if (version === databaseVersion) return record;
	const upgraded = upgradeStores({ [store]: [record] }, version, migrations)?.[store];
	return Array.isArray(upgraded) ? upgraded[0] : undefined;
}
