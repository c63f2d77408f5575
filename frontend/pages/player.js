// The episode page: "?t=312" and the "listen from" links start the player there. Without this script the links
// still open the page, and the player starts from the beginning.
const audio = document.querySelector('.stored-file audio');

function startAt(seconds, play) {
  if (!audio || !Number.isFinite(seconds) || seconds < 0) return;
  const seek = () => {
    audio.currentTime = seconds;
    if (play) audio.play().catch(() => { /* the browser may ask for a gesture first; the time is set anyway */ });
  };
  if (audio.readyState >= 1) seek();
  else {
    audio.preload = 'metadata';
    audio.addEventListener('loadedmetadata', seek, { once: true });
    audio.load();
  }
}

if (audio) {
  const t = Number(new URLSearchParams(location.search).get('t'));
  if (t > 0) startAt(t, false);
  for (const link of document.querySelectorAll('a.listen-from[data-start]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      history.replaceState(null, '', link.href);
      startAt(Number(link.dataset.start), true);
      audio.focus();
    });
  }
}
