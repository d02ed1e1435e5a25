import { m } from '$lib/paraglide/messages.js';
import type { WorkshopGroup } from '$lib/content/workshop-catalog';
import type { SlidePart } from '$lib/workshop/slides';

export const groupTitles: Record<WorkshopGroup, () => string> = {
	norms: m.workshop_group_norms,
	aims: m.workshop_group_aims,
	steps: m.workshop_group_steps,
	causes: m.workshop_group_causes,
	recommendations: m.workshop_group_recommendations,
	topics: m.workshop_group_topics,
	starters: m.workshop_group_starters,
	app: m.workshop_group_app
};

export const partTitles: Record<SlidePart, () => string> = {
	do: m.workshop_part_do,
	avoid: m.workshop_part_avoid,
	dont: m.workshop_part_dont,
	meaning: m.workshop_part_meaning,
	why: m.workshop_part_why,
	actions: m.workshop_part_actions
};
