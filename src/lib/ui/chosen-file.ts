/**
 * The file the rep chose in a file input's change event. The input is cleared, so the rep can
 * choose the same file again after fixing a problem with it.
 */
export function chosenFile(event: Event): File | undefined {
  const input = event.currentTarget as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  return file;
}
