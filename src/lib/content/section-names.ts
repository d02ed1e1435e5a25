import { m } from '$lib/paraglide/messages.js';
import type { Section } from './schema';

/** What each section of the guide is called above a page's title, on screen and in the printed booklet. */
export const sectionNames: Record<Section, () => string> = {
	welcome: m.section_welcome,
	think: m.section_think,
	plan: m.section_plan,
	act: m.section_act,
	reading: m.section_reading,
	annex1: m.section_annex1,
	annex2: m.section_annex2,
	group: m.section_group,
	'group-steps': m.section_group,
	'group-starters': m.part_group_starters,
	'group-reading': m.section_reading,
	about: m.section_about
};
