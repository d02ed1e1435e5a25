import { compareFor } from '$lib/i18n/intl-gaps';
import type { CheckIn, Partner } from '$lib/store/schema';

export type PartnerDraft = Omit<Partner, 'id' | 'updatedAt'>;
export type CheckInDraft = Omit<CheckIn, 'id' | 'partnerId' | 'updatedAt'>;

/** Newest first by date; two check-ins on one day keep the one written last on top. */
export function newestFirst(a: CheckIn, b: CheckIn): number {
	if (a.date !== b.date) return a.date < b.date ? 1 : -1;
	return b.updatedAt - a.updatedAt;
}

export interface PartnerLog {
	partner: Partner;
	/** This partner's check-ins, newest first. */
	checkIns: CheckIn[];
}

/**
 * Each partner with its check-ins, partners in alphabetical order. Check-ins whose partner is gone (deleted in
 * another tab halfway through) are left out rather than shown under no name.
 */
export function partnerLogs(partners: readonly Partner[], checkIns: readonly CheckIn[], lang: string): PartnerLog[] {
	const byPartner = new Map<string, CheckIn[]>(partners.map((partner) => [partner.id, []]));
	for (const checkIn of checkIns) byPartner.get(checkIn.partnerId)?.push(checkIn);
	const compare = compareFor(lang);
	return [...partners]
		.sort((a, b) => compare(a.name, b.name) || a.id.localeCompare(b.id))
		.map((partner) => ({ partner, checkIns: (byPartner.get(partner.id) ?? []).sort(newestFirst) }));
}
