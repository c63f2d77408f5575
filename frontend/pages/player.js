// The episode page: "?t=312" and the "listen from" links start the player there and play. A link followed from
// another page (an observation's "Listen from 0:30") is a click, so browsers usually let the episode play on arrival;
// when one refuses (autoplay with sound needs a gesture on this page), the player is at the moment anyway and a
// "Play from 0:30" button says so and plays on one press. Without this script the links still open the page, and the
// player starts from the beginning.
const audio = document.querySelector('.stored-file audio');
const playFrom = document.querySelector('.stored-file button.play-from');

function clock(seconds) {
  const s = Math.floor(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

function offerPlay(seconds) {
  if (!playFrom) return;
  playFrom.textContent = playFrom.dataset.label.replace('{0}', clock(seconds));
  playFrom.hidden = false;
  playFrom.onclick = () => {
    playFrom.hidden = true;
    audio.currentTime = seconds;
    audio.play().catch(() => { playFrom.hidden = false; });
  };
}

function startAt(seconds) {
  if (!audio || !Number.isFinite(seconds) || seconds < 0) return;
  const seek = () => {
    audio.currentTime = seconds;
    audio.play().then(() => { if (playFrom) playFrom.hidden = true; }, () => offerPlay(seconds));
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
  if (t > 0) startAt(t);
  for (const link of document.querySelectorAll('a.listen-from[data-start]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      history.replaceState(null, '', link.href);
      startAt(Number(link.dataset.start));
      audio.focus();
    });
  }
}
