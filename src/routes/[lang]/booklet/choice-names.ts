import type { BookletChoice } from '$lib/booklet/choices';
import { m } from '$lib/paraglide/messages.js';

/** What each booklet is called: on the choice, and on its title page. */
export const choiceNames: Record<BookletChoice, () => string> = {
	guide: m.booklet_whole,
	think: m.section_think,
	plan: m.section_plan,
	act: m.section_act,
	annex1: m.section_annex1,
	annex2: m.section_annex2
};
