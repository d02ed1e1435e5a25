import { backupFileName, maxBackupBytes, parseBackup, type BackupProblem, type ParsedBackup } from '$lib/store/backup';
import type { SealedBackup, WorkbookBackup } from '$lib/store/backup';

/** Hands the backup to the browser as a download; returns the file name it was given. */
export function downloadBackup(backup: WorkbookBackup | SealedBackup, now = new Date()): string {
	return downloadJson(backup, backupFileName(now));
}

/** Hands `data` to the browser as a JSON file download named `name` (a backup, or a shared file); returns the name. */
export function downloadJson(data: unknown, name: string): string {
	const url = URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
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

/**
 * Reads a chosen file and checks it; a huge file is refused by its size, before it is read into memory. The text is
 * UTF-8 (what "Save a copy" writes), or UTF-16 when a byte order mark says so (a copy re-saved by a text editor);
 * bytes that are no text at all (a photo) are refused as such rather than parsed.
 */
export async function readBackupFile(
	file: Blob
): Promise<ParsedBackup | { ok: false; problem: 'unreadable'; detail?: string }> {
	const read = await readFileText(file);
	return read.ok ? parseBackup(read.text) : read;
}

/** A chosen file's text, read as a backup's is: by its size first, then as UTF-8 or UTF-16; shared files too. */
export async function readFileText(
	file: Blob
): Promise<{ ok: true; text: string } | { ok: false; problem: 'too-large' | 'unreadable' | 'not-json' }> {
	if (file.size > maxBackupBytes) return { ok: false, problem: 'too-large' };
	let bytes: Uint8Array;
	try {
		bytes = new Uint8Array(await file.arrayBuffer());
	} catch {
		return { ok: false, problem: 'unreadable' };
	}
	const text = decodeText(bytes);
	return text === undefined ? { ok: false, problem: 'not-json' } : { ok: true, text };
}

/** The file's text, or undefined when its bytes are not text in the encodings a copy can come in. */
export function decodeText(bytes: Uint8Array): string | undefined {
	const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
	try {
		// `fatal`: a byte sequence that is not valid text throws instead of turning into replacement characters.
		return new TextDecoder(encoding, { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}
