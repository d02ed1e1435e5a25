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

/** What is wrong with one field of a record: the forms and the restore preview say it in the reader's language. */
export interface FieldProblem {
	/** The field's path in the record: `text`, `own.3`, `items.2.notes`. */
	field: string;
	/** `too-long` text, `too-many` items in a list, `date` that is not a real day, or anything else `invalid`. */
	kind: 'too-long' | 'too-many' | 'date' | 'invalid';
	/** The longest text or list allowed, for `too-long` and `too-many`. */
	limit?: number;
}

/** A save the record schemas refused (`RecordRefused`, in records.ts: the storage chunk, not the first-load one). */
export function isRefusal(error: unknown): error is Error & { problems: FieldProblem[] } {
	return (error as Error | null)?.name === 'RecordRefused';
}
