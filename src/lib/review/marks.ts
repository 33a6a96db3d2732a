/** performance.mark name set when the take list is first drawn after opening the app (bench/list.ts). */
export const MARK_LIST_DRAWN = 'afterbeep:list-drawn';
