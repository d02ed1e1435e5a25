import { m } from '$lib/paraglide/messages.js';
import { allyKinds, type AllyKind } from '$lib/store/schema';

/** What each kind of ally is called in the reader's language, in the order of the list. */
export const allyKindLabels: Record<AllyKind, () => string> = {
	'womens-organisation': m.planner_ally_kind_womens_organisation,
	ngo: m.planner_ally_kind_ngo,
	educator: m.planner_ally_kind_educator,
	'youth-group': m.planner_ally_kind_youth_group,
	media: m.planner_ally_kind_media,
	religious: m.planner_ally_kind_religious,
	cultural: m.planner_ally_kind_cultural,
	sports: m.planner_ally_kind_sports,
	'formal-leader': m.planner_ally_kind_formal_leader,
	'informal-leader': m.planner_ally_kind_informal_leader,
	other: m.planner_ally_kind_other
};

export function isAllyKind(kind: string): kind is AllyKind {
	return (allyKinds as readonly string[]).includes(kind);
}

/** The options of the "kind of ally" list; the value is what is saved, the label what is shown. */
export function allyKindOptions(): { value: AllyKind; label: string }[] {
	return allyKinds.map((kind) => ({ value: kind, label: allyKindLabels[kind]() }));
}
