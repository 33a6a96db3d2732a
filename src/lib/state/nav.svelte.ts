/** The app's top-level views. */
export type View = 'practice' | 'scripts' | 'log' | 'settings';

/** Which view is showing. */
class Nav {
  view: View = $state('practice');
}

export const nav = new Nav();
