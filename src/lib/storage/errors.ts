/** Why a storage operation failed, in terms the UI can explain. */
/** 'invalid': the value is outside LIMITS (src/lib/limits.ts); the message says which and what to do. */
export type StorageProblem = 'quota' | 'closed' | 'unavailable' | 'invalid' | 'unknown';

/** A storage failure with a message that says what happened and what to do. */
export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

const MESSAGES: Record<StorageProblem, string> = {
  quota:
    'Storage is full, so this could not be saved. Your earlier takes are safe. Export a backup or delete old takes, then try again.',
  closed:
    'The connection to storage was lost (another tab may have updated Afterbeep). Reload the page; your saved takes are safe.',
  unavailable:
    'This browser will not let Afterbeep store takes (private browsing can block storage). Use a normal window to keep takes.',
  invalid: 'This could not be saved: it is outside what Afterbeep can store. Nothing was changed.',
  unknown:
    'Saving failed. Your earlier takes are safe. Try again; if it keeps failing, reload the page.',
};

/** Turns any error from IndexedDB into a StorageError with a user message. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const problem: StorageProblem =
    name === 'QuotaExceededError'
      ? 'quota'
      : name === 'InvalidStateError' || name === 'TransactionInactiveError'
        ? 'closed'
        : name === 'SecurityError' || name === 'UnknownError'
          ? 'unavailable'
          : 'unknown';
  return new StorageError(problem, MESSAGES[problem], { cause: error });
}

/** Runs a storage operation and rethrows any failure as a StorageError. */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStorageError(error);
  }
}
