import { m } from '$lib/paraglide/messages.js';
import type { PartId } from './guide';

/** What each part of a guide is called in the progress bar, the contents and the workbook. */
export const partNames: Record<PartId, () => string> = {
	think: m.section_think,
	plan: m.section_plan,
	act: m.section_act,
	annexes: m.part_annexes,
	'group-steps': m.part_group_steps,
	'group-starters': m.part_group_starters,
	'group-reading': m.section_reading
};
