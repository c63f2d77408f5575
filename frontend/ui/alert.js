import { el } from './dom.js';

/** One role="alert" line for failed loads; it clears once every source that failed has loaded again. */
export function createAlert(before, text) {
  const box = el('p', { class: 'spmap-alert', role: 'alert', hidden: true });
  before.before(box);
  const failing = new Set();
  return {
    fail(source) {
      failing.add(source);
      box.textContent = text;
      box.hidden = false;
    },
    ok(source) {
      failing.delete(source);
      if (!failing.size) {
        box.hidden = true;
        box.textContent = '';
      }
    },
  };
}
