/**
 * Which script this tab is drilling, kept in sessionStorage so a reload stays in the drill (a new
 * tab starts in free practice). Best effort: where sessionStorage is blocked, nothing is kept.
 */
const KEY = 'afterbeep:drilling';

/** Remembers the drilled script's id, or forgets it (null). */
export function rememberDrill(scriptId: string | null): void {
  try {
    if (scriptId) sessionStorage.setItem(KEY, scriptId);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage blocked (private mode, policy): the drill simply is not resumed after a reload.
  }
}

/** The id of the script this tab was drilling before a reload, if any. */
export function rememberedDrill(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}
