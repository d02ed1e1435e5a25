import { discreetInstallKey } from '$lib/privacy/discreet-install';
import { eraseWorkbook } from '$lib/store/backup';

/**
 * Every key this app keeps in localStorage starts with this: Quick exit's destination, the last page read per
 * language, the language, the plan's printed sections. A new setting needs no change here as long as it does too.
 */
const settingPrefix = 'birge';

/** Kept on purpose: an installed "Notes" must not turn back into Birge on the home screen because the workbook was erased. */
const keptSettings = new Set([discreetInstallKey]);

/** Removes the settings this device remembers outside the workbook; true when storage could be read at all. */
export function forgetDeviceSettings(storage: Storage | undefined = globalThis.localStorage): boolean {
	try {
		if (!storage) return false;
		const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
			(key): key is string => key !== null && key.startsWith(settingPrefix) && !keptSettings.has(key)
		);
		for (const key of keys) storage.removeItem(key);
		return true;
	} catch {
		// Blocked storage (private mode, a policy): nothing could have been kept there either.
		return false;
	}
}

/**
 * "Erase everything on this device": the whole workbook (every store, the lock and its settings) in one transaction,
 * then what the device remembers about the reader. When the workbook cannot be erased nothing else is removed, so the
 * message "nothing was deleted" stays true.
 */
export async function eraseEverything(): Promise<void> {
	await eraseWorkbook();
	forgetDeviceSettings();
}
