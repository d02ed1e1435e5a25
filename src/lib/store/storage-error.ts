/** Why the workbook cannot be written; the UI turns each into a message in the reader's language. */
export type StorageProblem = 'unavailable' | 'blocked' | 'quota' | 'version' | 'unknown' | 'damaged' | 'locked';

export class StorageError extends Error {
	constructor(
		readonly problem: StorageProblem,
		cause?: unknown
	) {
		super(`workbook storage: ${problem}`, { cause });
		this.name = 'StorageError';
	}
}

export function toStorageError(error: unknown): StorageError {
	if (error instanceof StorageError) return error;
	const name = (error as { name?: string } | null)?.name;
	if (name === 'QuotaExceededError') return new StorageError('quota', error);
	if (name === 'VersionError') return new StorageError('version', error);
	if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') {
		return new StorageError('unavailable', error);
	}
	return new StorageError('unknown', error);
}
