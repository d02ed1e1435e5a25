import { m } from '$lib/paraglide/messages.js';
import type { RestoreReport } from '$lib/store/backup';
import { storeNames, type StoreName } from '$lib/store/schema';
import type { FileProblem } from './backup-file';

// What the backup page says about a file given to restore, in the reader's language. One module for the page and for
// the tests that feed it thousands of broken files: every outcome has words, and none of them is a raw value.

/** What each store's records are called in the preview. */
export const kindNames: Record<StoreName, () => string> = {
	answers: m.backup_kind_answers,
	selections: m.backup_kind_selections,
	targetGroups: m.backup_kind_targetGroups,
	allies: m.backup_kind_allies,
	referrals: m.backup_kind_referrals,
	partners: m.backup_kind_partners,
	checkIns: m.backup_kind_checkIns,
	agendas: m.backup_kind_agendas,
	activities: m.backup_kind_activities,
	harmChecks: m.backup_kind_harmChecks
};

const problemMessages: Record<FileProblem, () => string> = {
	empty: m.backup_problem_empty,
	'too-large': m.backup_problem_too_large,
	truncated: m.backup_problem_truncated,
	'not-json': m.backup_problem_not_json,
	'not-object': m.backup_problem_not_object,
	'wrong-format': m.backup_problem_wrong_format,
	'newer-version': m.backup_problem_newer_version,
	'unsupported-version': m.backup_problem_unsupported_version,
	'unsafe-key': m.backup_problem_unsafe_key,
	'invalid-record': m.backup_problem_invalid_record,
	'too-many-records': m.backup_problem_too_many_records,
	'nothing-valid': m.backup_problem_nothing_valid,
	'wrong-passphrase': m.backup_problem_wrong_passphrase,
	damaged: m.backup_problem_damaged,
	unreadable: m.backup_problem_unreadable
};

/** The one plain message for a file that is refused whole: what is wrong, and that nothing changed. */
export function refusalMessage(problem: FileProblem): string {
	return `${problemMessages[problem]()} ${m.backup_problem_unchanged()}`;
}

/** One line per kind of record and reason, for the records that are not restored as they are. */
export function reportLines(report: RestoreReport): { store: StoreName; text: string }[] {
	return storeNames.flatMap((store) => {
		const { shortened, skipped } = report[store];
		const lines: [number, (inputs: { count: number }) => string][] = [
			[shortened, m.backup_report_shortened],
			[skipped.date, m.backup_report_date],
			[skipped.duplicate, m.backup_report_duplicate],
			[skipped.damaged, m.backup_report_damaged]
		];
		return lines.filter(([count]) => count > 0).map(([count, message]) => ({ store, text: message({ count }) }));
	});
}
