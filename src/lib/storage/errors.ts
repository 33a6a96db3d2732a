/** Why a storage operation failed, in terms the UI can explain. */
/** 'invalid': the value is outside LIMITS (src/lib/limits.ts); the message says which and what to do. */
export type StorageProblem =
  'quota' | 'closed' | 'outdated' | 'unavailable' | 'invalid' | 'unknown';

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

/** What the rep was working on no longer exists (deleted here or in another tab). */
export class NotFoundError extends Error {
  constructor(
    readonly kind: 'take' | 'script',
    readonly id: string,
  ) {
    super(
      kind === 'take'
        ? 'That take no longer exists (it may have been deleted in another tab). Nothing was changed.'
        : 'That script no longer exists (it may have been deleted in another tab). Nothing was changed.',
    );
    this.name = 'NotFoundError';
  }
}

const MESSAGES: Record<StorageProblem, string> = {
  quota:
    'Storage is full, so this could not be saved. Your earlier takes are safe. Export a backup or delete old takes, then try again.',
  closed:
    'The connection to storage was lost (another tab may have updated Afterbeep). Reload the page; your saved takes are safe.',
  outdated:
    'A newer version of Afterbeep is open in another tab, so this tab can no longer use storage. Reload the page; your saved takes are safe.',
  unavailable:
    'This browser will not let Afterbeep store takes (private browsing can block storage). Use a normal window to keep takes.',
  invalid: 'This could not be saved: it is outside what Afterbeep can store. Nothing was changed.',
  unknown:
    'Saving failed. Your earlier takes are safe. Try again; if it keeps failing, reload the page.',
};

const PROBLEM_OF: Record<string, StorageProblem> = {
  QuotaExceededError: 'quota',
  InvalidStateError: 'closed',
  TransactionInactiveError: 'closed',
  VersionError: 'outdated',
  SecurityError: 'unavailable',
  UnknownError: 'unavailable',
  AbortError: 'unknown',
  DataError: 'unknown',
  DataCloneError: 'unknown',
  ConstraintError: 'unknown',
  ReadOnlyError: 'unknown',
  NotFoundError: 'unknown',
};

/** True for the errors IndexedDB itself raises (DOMExceptions, by name). */
function isIdbException(error: unknown): error is DOMException {
  return typeof DOMException !== 'undefined' && error instanceof DOMException;
}

/** A StorageError for a failure IndexedDB raised; any other error comes back as 'unknown'. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const problem = isIdbException(error) ? (PROBLEM_OF[error.name] ?? 'unknown') : 'unknown';
  return new StorageError(problem, MESSAGES[problem], { cause: error });
}

/**
 * Runs a storage operation, turning IndexedDB's own failures into StorageErrors; anything else
 * (a NotFoundError, a refused value, a bug) is rethrown unchanged so it keeps its meaning.
 */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw isIdbException(error) ? toStorageError(error) : error;
  }
}

/** Words for any failure of a user action: what happened and what to do. */
export function errorMessage(error: unknown): string {
  if (error instanceof StorageError || error instanceof NotFoundError) return error.message;
  if (isIdbException(error)) return toStorageError(error).message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Something went wrong (${detail}). Your saved takes are safe; reload the page and try again.`;
}
