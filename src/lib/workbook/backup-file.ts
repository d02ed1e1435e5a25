import { backupFileName, maxBackupBytes, parseBackup, type BackupProblem, type ParsedBackup } from '$lib/store/backup';
import type { SealedBackup, WorkbookBackup } from '$lib/store/backup';

/** Hands the backup to the browser as a download; returns the file name it was given. */
export function downloadBackup(backup: WorkbookBackup | SealedBackup, now = new Date()): string {
	const name = backupFileName(now);
	const url = URL.createObjectURL(new Blob([JSON.stringify(backup)], { type: 'application/json' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoking at once cancels the download in some browsers (older Android WebViews); a minute is plenty.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
	return name;
}

/** A problem the page can show: one of the parser's, or a file the browser could not read at all. */
export type FileProblem = BackupProblem | 'unreadable';

/** Reads a chosen file and checks it; a huge file is refused by its size, before it is read into memory. */
export async function readBackupFile(
	file: File
): Promise<ParsedBackup | { ok: false; problem: 'unreadable'; detail?: string }> {
	if (file.size > maxBackupBytes) return { ok: false, problem: 'too-large' };
	let text: string;
	try {
		text = await file.text();
	} catch {
		return { ok: false, problem: 'unreadable' };
	}
	return parseBackup(text);
}
