import { compareFor } from '$lib/i18n/intl-gaps';
import { m } from '$lib/paraglide/messages.js';
import { referralKinds, type Referral, type ReferralKind } from '$lib/store/schema';

/** The orders a user can choose for the referral list. */
export const referralSorts = ['name', 'kind', 'checked'] as const;
export type ReferralSort = (typeof referralSorts)[number];

export interface ReferralFilter {
	/** Only services of this kind; 'all' shows every kind. */
	kind: ReferralKind | 'all';
	/** Words typed in the search box; matched in any field, ignoring case. */
	query: string;
}

/** What each kind of service is called in the reader's language. */
export const referralKindLabels: Record<ReferralKind, () => string> = {
	medical: m.referrals_kind_medical,
	psychological: m.referrals_kind_psychological,
	legal: m.referrals_kind_legal,
	social: m.referrals_kind_social,
	shelter: m.referrals_kind_shelter,
	hotline: m.referrals_kind_hotline,
	other: m.referrals_kind_other
};

export type ReferralDraft = Omit<Referral, 'id' | 'updatedAt'>;

export function emptyReferral(): ReferralDraft {
	return { name: '', kind: 'other', phone: '', address: '', hours: '', notes: '', checkedOn: '' };
}

/**
 * The `tel:` address for a phone number as the user typed it ("+996 (555) 12-34-56"), or undefined when it has no
 * digits. Only digits and a leading + are kept: dialers on cheap phones differ in what else they accept.
 */
export function telHref(phone: string): string | undefined {
	const trimmed = phone.trim();
	const digits = trimmed.replace(/\D/g, '');
	if (!digits) return undefined;
	return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}

export interface SortOptions {
	by: ReferralSort;
	/** The reader's language, for alphabetical order (Cyrillic and Latin names side by side). */
	lang: string;
}

/**
 * A sorted copy. Kinds follow the fixed order of the form; the most recently checked come first and unchecked ones
 * last, since stale contact details are the ones to check again. Ties fall back to the name.
 */
export function sortReferrals(referrals: readonly Referral[], { by, lang }: SortOptions): Referral[] {
	const compareNames = compareFor(lang);
	const byName = (a: Referral, b: Referral) => compareNames(a.name, b.name) || a.id.localeCompare(b.id);
	const compare: Record<ReferralSort, (a: Referral, b: Referral) => number> = {
		name: byName,
		kind: (a, b) => referralKinds.indexOf(a.kind) - referralKinds.indexOf(b.kind) || byName(a, b),
		checked: (a, b) => {
			if (a.checkedOn === b.checkedOn) return byName(a, b);
			if (!a.checkedOn) return 1;
			if (!b.checkedOn) return -1;
			return a.checkedOn < b.checkedOn ? 1 : -1;
		}
	};
	return [...referrals].sort(compare[by]);
}

/** The referrals of the chosen kind whose text contains every word of the query. */
export function filterReferrals(referrals: readonly Referral[], { kind, query }: ReferralFilter): Referral[] {
	const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
	return referrals.filter((referral) => {
		if (kind !== 'all' && referral.kind !== kind) return false;
		if (!words.length) return true;
		const text = [referral.name, referral.phone, referral.address, referral.hours, referral.notes]
			.join('\n')
			.toLocaleLowerCase();
		return words.every((word) => text.includes(word));
	});
}
