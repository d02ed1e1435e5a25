import { m } from '$lib/paraglide/messages.js';
import type { FileProblem } from '$lib/workbook/backup-file';
import type { SharedKind, SharedProblem } from './shared-file';

// What the open dialog says about a shared file, in the reader's language. One module for the dialog and for the
// fuzz test that feeds it broken files: every outcome has words, none of them a raw value.

export type OpenProblem = SharedProblem | Extract<FileProblem, 'unreadable'>;

const problemMessages: Record<OpenProblem, () => string> = {
	empty: m.share_problem_empty,
	'too-large': m.share_problem_too_large,
	truncated: m.share_problem_truncated,
	'not-json': m.share_problem_not_json,
	'not-object': m.share_problem_not_shared,
	'wrong-format': m.share_problem_not_shared,
	'newer-version': m.share_problem_newer_version,
	'unsupported-version': m.share_problem_unsupported_version,
	'unsafe-key': m.share_problem_unsafe_key,
	'invalid-record': m.share_problem_damaged,
	'too-many-records': m.share_problem_too_many,
	'nothing-valid': m.share_problem_nothing_valid,
	damaged: m.share_problem_damaged,
	unreadable: m.share_problem_unreadable
};

/** The one plain message for a file that is refused: what is wrong, and that nothing changed. */
export function openRefusal(problem: OpenProblem): string {
	return `${problemMessages[problem]()} ${m.share_problem_unchanged()}`;
}

export const kindTitles: Record<SharedKind, () => string> = {
	agenda: m.share_kind_agenda,
	'scenario-cards': m.share_kind_cards,
	'action-plan': m.share_kind_plan
};
