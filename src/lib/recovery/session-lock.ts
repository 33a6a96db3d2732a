/**
 * Cross-tab markers for takes being recorded, so another tab's startup never offers to recover
 * (and so delete the chunks of) a take that is still being recorded. Uses the Web Locks API;
 * where it is missing, only this tab's own live session is protected.
 */
const PREFIX = 'afterbeep:recording:';

/** Holds a lock named after the session until the returned release function is called. */
export function holdSessionLock(sessionId: string): () => void {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  void navigator.locks?.request(PREFIX + sessionId, () => held).catch(() => undefined);
  return release;
}

/** Ids of sessions some tab of this origin is recording right now. */
export async function liveSessionIds(): Promise<Set<string>> {
  const snapshot = await navigator.locks?.query().catch(() => null);
  const names = [...(snapshot?.held ?? []), ...(snapshot?.pending ?? [])].map(
    (lock) => lock.name ?? '',
  );
  return new Set(
    names.filter((name) => name.startsWith(PREFIX)).map((name) => name.slice(PREFIX.length)),
  );
}
