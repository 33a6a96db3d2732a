/** Why recording could not start or went on, in terms the UI can explain. */
export type RecorderProblem =
  'denied' | 'no-microphone' | 'busy' | 'unsupported' | 'insecure' | 'interrupted' | 'unknown';

const MESSAGES: Record<RecorderProblem, string> = {
  denied:
    'Afterbeep is not allowed to use the microphone. Allow it from the lock or site-settings icon next to the address bar, then press Record again.',
  'no-microphone':
    'No microphone was found. Plug in or switch on a microphone (or headset), then press Record again.',
  busy: 'The microphone is in use by another app or could not be started. Close the other app (a call, another recorder), then press Record again.',
  unsupported:
    'This browser cannot record audio. Use a current Chrome, Edge, Firefox or Safari to practise with Afterbeep.',
  insecure:
    'Recording needs a secure page. Open Afterbeep over https:// (or on localhost) and try again.',
  interrupted:
    'Recording stopped because the microphone went away. The take was saved up to that point.',
  unknown:
    'Recording could not start. Press Record to try again; if it keeps failing, reload the page.',
};

/** A recording failure with a message that says what happened and what to do. */
export class RecorderError extends Error {
  constructor(
    readonly problem: RecorderProblem,
    options?: { cause?: unknown },
  ) {
    super(MESSAGES[problem], options);
    this.name = 'RecorderError';
  }
}

/** Maps a getUserMedia / MediaRecorder failure to a RecorderError. */
export function toRecorderError(error: unknown): RecorderError {
  if (error instanceof RecorderError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return new RecorderError('denied', { cause: error });
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return new RecorderError('no-microphone', { cause: error });
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return new RecorderError('busy', { cause: error });
    default:
      return new RecorderError('unknown', { cause: error });
  }
}

/** Null when this page can record, else the reason it cannot. */
export function recordingSupport(): RecorderError | null {
  if (typeof window !== 'undefined' && !window.isSecureContext)
    return new RecorderError('insecure');
  if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === 'undefined') {
    return new RecorderError('unsupported');
  }
  return null;
}
