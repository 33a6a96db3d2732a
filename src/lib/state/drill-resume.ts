import { rememberedDrill } from '../storage/drill-memory';
import { scripts } from './scripts.svelte';

/** After a reload, goes back into the drill this tab was in (when its script still exists). */
export async function resumeDrill(): Promise<void> {
  const id = rememberedDrill();
  if (!id) return;
  await scripts.load();
  const script = scripts.get(id);
  if (script && !script.archived) scripts.drill(id);
}
