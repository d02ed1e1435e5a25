/**
 * The four levels of the socio-ecological model (Annex 1), inner to outer: the same ids as the `levels` of
 * content/<lang>/annex/socio-ecological-model.md (a unit test holds them together). '' is "not placed yet".
 * No valibot here, so the map and the plan can name the levels without the schemas.
 */
export const levelIds = ['level.individual', 'level.relationships', 'level.community', 'level.society'] as const;
export const placements = ['', ...levelIds] as const;
export type LevelId = (typeof levelIds)[number];
export type Placement = (typeof placements)[number];

export function isLevelId(value: string): value is LevelId {
	return (levelIds as readonly string[]).includes(value);
}

/**
 * Version 3 gave target groups and allies a level of the socio-ecological model. What an older version wrote has
 * none: it becomes "not placed yet" (''). One function for the three doors old records come through: the database
 * upgrade (db.ts), old backups and sealed records (migrations.ts).
 */
export function withEmptyLevel(record: unknown): unknown {
	if (typeof record !== 'object' || record === null || Array.isArray(record)) return record;
	// A sealed record cannot be read inside the upgrade; it is upgraded after unlock, from the version it carries.
	if ('sealed' in record || 'level' in record) return record;
	return { ...record, level: '' };
}

/** The stores whose records got a level at version 3. */
export const storesWithLevel = ['targetGroups', 'allies'] as const;
