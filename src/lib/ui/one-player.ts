/**
 * One audio at a time across the app: a player that starts claims playback, and the player that
 * held it is paused first. Plain TypeScript: players (wavesurfer, the phone-line preview) call it.
 */
let holder: { owner: symbol; pause: () => void } | null = null;

/** A player is starting: pauses whichever other player is playing. */
export function claimPlayback(owner: symbol, pause: () => void): void {
  if (holder && holder.owner !== owner) holder.pause();
  holder = { owner, pause };
}

/** A player stopped or paused on its own: it no longer holds playback. */
export function releasePlayback(owner: symbol): void {
  if (holder?.owner === owner) holder = null;
}

/** Whether `owner` is the player currently holding playback. */
export function holdsPlayback(owner: symbol): boolean {
  return holder?.owner === owner;
}
