import type { BookletChoice } from '$lib/booklet/choices';
import { m } from '$lib/paraglide/messages.js';

/** What each booklet is called: on the choice, and on its title page. */
export const choiceNames: Record<BookletChoice, () => string> = {
	guide: m.booklet_whole,
	think: m.section_think,
	plan: m.section_plan,
	act: m.section_act,
	annex1: m.section_annex1,
	annex2: m.section_annex2,
	group: m.booklet_group,
	'group-steps': () => m.booklet_group_part({ part: m.part_group_steps() }),
	'group-starters': () => m.booklet_group_part({ part: m.part_group_starters() }),
	'group-reading': () => m.booklet_group_part({ part: m.section_reading() })
};
