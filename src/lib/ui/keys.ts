/**
 * True when Space already means something where the event happened: typing in a field, or
 * pressing the focused control (which may be the Record button itself). A global Space shortcut
 * must leave those alone.
 */
export function handlesSpaceItself(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (['TEXTAREA', 'SELECT', 'INPUT', 'BUTTON', 'A', 'SUMMARY'].includes(target.tagName))
    return true;
  const role = target.getAttribute('role');
  return role === 'button' || role === 'slider' || role === 'checkbox' || role === 'radio';
}

/** True when the event target takes typed text, so letter shortcuts must leave it alone. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['TEXTAREA', 'SELECT', 'INPUT'].includes(target.tagName);
}
