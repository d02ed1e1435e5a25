import { planSectionIds, type PlanSectionId } from './action-plan';

// Which sections to print is a setting of this device, not part of the plan: it stays out of the workbook (and its
// backups) and lives in localStorage and holds nothing but the sections' ids.
const key = 'birge:action-plan-sections';

/** Only known ids, in plan order: a value written by another version cannot select a section that does not exist. */
export function parseSectionChoice(stored: string | null): PlanSectionId[] {
	if (stored === null) return [...planSectionIds];
	try {
		const ids: unknown = JSON.parse(stored);
		if (!Array.isArray(ids)) return [...planSectionIds];
		return planSectionIds.filter((id) => ids.includes(id));
	} catch {
		return [...planSectionIds];
	}
}

/** The sections chosen last time on this device; all of them the first time, or when storage is blocked. */
export function loadSectionChoice(): PlanSectionId[] {
	try {
		return parseSectionChoice(localStorage.getItem(key));
	} catch {
		return [...planSectionIds];
	}
}

/** Remembers the choice; false when the browser refuses (private mode, storage off), so the page can still print. */
export function saveSectionChoice(ids: readonly PlanSectionId[]): boolean {
	try {
		localStorage.setItem(key, JSON.stringify(ids));
		return true;
	} catch {
		return false;
	}
}
