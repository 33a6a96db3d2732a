import { library } from './library.svelte';

/** Opening a take from the list: it becomes the selected take and its panel is brought to the thumb. */
class TakeSheet {
  /** Grows each time a take is opened, so opening the same take again still brings it into view. */
  requests = $state(0);

  /** Selects the take and asks the practice view to bring its panel into view and focus it. */
  open(id: string): void {
    library.selectedId = id;
    this.requests += 1;
  }
}

export const takeSheet = new TakeSheet();
