import { el } from './dom.js';

/** The detail panel (#panel): a close button, then whatever a builder made. Escape closes it too. */
export function createPanel(aside, { t, onClose }) {
  const close = el('button', { type: 'button', class: 'spmap-close', 'aria-label': t('js.panel.close'), title: t('js.panel.close') }, '×');
  const body = el('div', { class: 'spmap-panel-body' });
  aside.replaceChildren(close, body);
  let returnTo = null;

  close.addEventListener('click', () => onClose());
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !aside.hidden && !e.defaultPrevented) onClose();
  });

  return {
    /** `focus` moves the keyboard into the panel; only when the visitor asked for it, not on page load. */
    show(nodes, { focus = false } = {}) {
      body.replaceChildren(...nodes);
      aside.hidden = false;
      if (focus) {
        if (!aside.contains(document.activeElement)) returnTo = document.activeElement;
        (body.querySelector('h2') ?? close).focus({ preventScroll: true });
      }
    },
    loading() {
      body.replaceChildren(el('p', { class: 'spmap-loading' }, t('js.loading')));
      aside.hidden = false;
    },
    hide() {
      const hadFocus = aside.contains(document.activeElement);
      aside.hidden = true;
      body.replaceChildren();
      if (hadFocus && returnTo?.isConnected) returnTo.focus({ preventScroll: true });
      returnTo = null;
    },
  };
}
