import { m } from '$lib/paraglide/messages.js';
import type { WorkshopGroup } from '$lib/content/workshop-catalog';
import type { KeyLine } from '$lib/workshop/keys';
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

/** What each line of the keys list does, in the reader's language. */
export const keyActions: Record<KeyLine['command'], () => string> = {
	next: m.workshop_next,
	previous: m.workshop_previous,
	first: m.workshop_key_first,
	last: m.workshop_key_last,
	jump: m.workshop_key_jump,
	digit: m.workshop_key_jump,
	overview: m.workshop_overview_heading,
	black: m.workshop_key_black,
	white: m.workshop_key_white,
	timer: m.workshop_key_timer,
	fullscreen: m.workshop_key_fullscreen,
	keys: m.workshop_key_all
};
