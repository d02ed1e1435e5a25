import { downloadJson } from '$lib/workbook/backup-file';
import type { SharedFile } from './shared-file';

/** The file as the share sheet takes it. Chromium shares `application/json` since version 98. */
function asFile(data: SharedFile, name: string): File {
	return new File([JSON.stringify(data)], name, { type: 'application/json' });
}

/** Whether this browser can hand a file to the phone's share sheet (messengers, Bluetooth); mostly phones. */
export function canShareFiles(): boolean {
	try {
		return typeof navigator.share === 'function' && navigator.canShare?.({ files: [new File(['{}'], 'birge.json', { type: 'application/json' })] }) === true;
	} catch {
		return false;
	}
}

/**
 * Offers the file to the share sheet where the browser can share files, and saves it as a download elsewhere (or
 * when the share sheet refuses it). Must run straight from a click: the share sheet needs the user's gesture.
 */
export async function deliverFile(data: SharedFile, name: string, title: string): Promise<'shared' | 'saved' | 'cancelled'> {
	if (canShareFiles()) {
		try {
			await navigator.share({ files: [asFile(data, name)], title });
			return 'shared';
		} catch (error) {
			// Closing the share sheet is a choice, not a failure; any other refusal falls back to a download.
			if ((error as DOMException | undefined)?.name === 'AbortError') return 'cancelled';
		}
	}
	downloadJson(data, name);
	return 'saved';
}
