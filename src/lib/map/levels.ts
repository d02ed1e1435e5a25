import { m } from '$lib/paraglide/messages.js';
import { levelIds, type LevelId, type Placement } from '$lib/store/levels';
import type { PlannerStore } from '$lib/store/planner-lists';

/** The level's short name ("Community"); the guide's own title for it is longer. */
export const levelNames: Record<LevelId, () => string> = {
	'level.individual': m.map_level_individual,
	'level.relationships': m.map_level_relationships,
	'level.community': m.map_level_community,
	'level.society': m.map_level_society
};

/** "Nothing at community level yet": a gap in the plan, said in so many words. */
export const emptyLevel: Record<LevelId, () => string> = {
	'level.individual': m.map_empty_individual,
	'level.relationships': m.map_empty_relationships,
	'level.community': m.map_empty_community,
	'level.society': m.map_empty_society
};

/** The level's name, or "not placed yet". */
export function placementName(level: string): string {
	return level in levelNames ? levelNames[level as LevelId]() : m.map_not_placed();
}

/** The choices of a record's Level field: "Not placed yet", then the four levels, inner to outer. */
export function levelOptions(): { value: Placement; label: string }[] {
	return [{ value: '', label: m.map_not_placed_option() }, ...levelIds.map((id) => ({ value: id, label: levelNames[id]() }))];
}

/** One record on the map: enough to name it, place it, and find it in the planner. */
export interface Placed {
	store: PlannerStore;
	id: string;
	name: string;
	level: string;
}

/** What sits at one level, by kind, in the planner's order of kinds. */
export interface LevelContents {
	level: LevelId;
	/** 1 for the individual, 4 for society. */
	number: number;
	byKind: Record<PlannerStore, Placed[]>;
	count: number;
}

const byName = (a: Placed, b: Placed) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id);

/**
 * The records at each of the four levels, inner to outer, names sorted; records not placed (or placed at a level
 * this version does not know) are in `unplaced`, so the map can offer to place them.
 */
export function placeByLevel(records: readonly Placed[]): { levels: LevelContents[]; unplaced: Placed[] } {
	const levels = levelIds.map((level, i): LevelContents => {
		const here = records.filter((record) => record.level === level).sort(byName);
		return {
			level,
			number: i + 1,
			byKind: {
				targetGroups: here.filter((r) => r.store === 'targetGroups'),
				allies: here.filter((r) => r.store === 'allies'),
				activities: here.filter((r) => r.store === 'activities')
			},
			count: here.length
		};
	});
	const unplaced = records.filter((record) => !(levelIds as readonly string[]).includes(record.level)).sort(byName);
	return { levels, unplaced };
}

export const kindHeadings: Record<PlannerStore, () => string> = {
	targetGroups: m.map_target_groups,
	allies: m.map_allies,
	activities: m.map_activities
};

export const kindNames: Record<PlannerStore, () => string> = {
	targetGroups: m.map_kind_target_group,
	allies: m.map_kind_ally,
	activities: m.map_kind_activity
};
