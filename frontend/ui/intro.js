const SEEN = 'spmap.intro.seen';

// Storage can be refused (private windows, blocked cookies): then the introduction simply shows again next time.
function remembered() {
  try {
    return localStorage.getItem(SEEN) === '1';
  } catch {
    return false;
  }
}

function remember() {
  try {
    localStorage.setItem(SEEN, '1');
  } catch {
    // nothing to keep it in
  }
}

/**
 * The first-visit introduction (#intro, rendered by the server in the page's language): shown until dismissed,
 * then only when asked for through #intro-open ("About this map", a link to /about without scripts). It is a
 * region of the page, not a dialog: it traps no focus.
 */
export function createIntro(section, opener) {
  if (!section) {
    document.documentElement.classList.remove('spmap-intro-new');
    return;
  }
  const dismiss = section.querySelector('[data-dismiss]');
  const heading = section.querySelector('h2');
  function show(focus) {
    section.hidden = false;
    if (focus) heading?.focus({ preventScroll: false });
  }
  function hide() {
    const hadFocus = section.contains(document.activeElement);
    section.hidden = true;
    remember();
    if (hadFocus) opener?.focus();
  }
  dismiss?.addEventListener('click', hide);
  section.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      hide();
    }
  });
  opener?.addEventListener('click', (e) => {
    e.preventDefault();
    show(true);
  });
  if (!remembered()) show(false);
  // the page's head showed the introduction to a newcomer before this ran (see mapHead); from now on `hidden` decides
  document.documentElement.classList.remove('spmap-intro-new');
}
