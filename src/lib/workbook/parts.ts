import { m } from '$lib/paraglide/messages.js';

/** The pages of the workbook, in menu order; the first is the overview at /<lang>/workbook/. */
export const workbookParts = ['', 'plan', 'referrals', 'accountability', 'action-plan', 'backup', 'privacy'] as const;
export type WorkbookPart = (typeof workbookParts)[number];

export function isWorkbookPart(part: string): part is WorkbookPart {
	return (workbookParts as readonly string[]).includes(part);
}

export function workbookHref(lang: string, part: WorkbookPart): string {
	return part ? `/${lang}/workbook/${part}/` : `/${lang}/workbook/`;
}

export const partTitles: Record<WorkbookPart, () => string> = {
	'': m.workbook_title,
	plan: m.planner_title,
	referrals: m.referrals_title,
	accountability: m.accountability_title,
	'action-plan': m.actionplan_title,
	backup: m.backup_title,
	privacy: m.workbook_part_privacy
};

export const partSummaries: Record<WorkbookPart, () => string> = {
	'': m.workbook_summary,
	plan: m.planner_summary,
	referrals: m.referrals_summary,
	accountability: m.accountability_summary,
	'action-plan': m.actionplan_summary,
	backup: m.backup_summary,
	privacy: m.workbook_privacy_summary
};
