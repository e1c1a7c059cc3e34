// The page's side of offline use, in plain JS because it costs less here than in the wasm:
// registers the service worker (sw.js) and says, in both languages, when a new version is
// ready and when it has taken over. It never reloads the page: a new version waits for the next
// visit, so nothing interrupts an edit. The single file (file://) has no service worker.
(() => {
  const SEEN_VERSION_KEY = 'parscore.app-version';
  // The app empties <body> when it mounts: notices wait for it (Trunk's init script announces
  // it, and runs after this script, which index.html puts first).
  const started = new Promise((resolve) => addEventListener('TrunkApplicationStarted', resolve, { once: true }));

  // A dismissible line at the bottom of the screen, Vietnamese first.
  async function notify(vi, en) {
    await started;
    const notice = document.createElement('div');
    notice.className = 'update-notice';
    notice.setAttribute('role', 'status');
    const text = document.createElement('p');
    const english = document.createElement('span');
    english.lang = 'en';
    english.textContent = en;
    text.append(vi, ' · ', english);
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'button-quiet';
    close.textContent = 'Đóng · Close';
    close.addEventListener('click', () => notice.remove());
    notice.append(text, close);
    document.body.append(notice);
  }

  // The build writes its version into the page; a different one than last time is an update.
  function announceUpdate() {
    const version = document.querySelector('meta[name="parscore-version"]')?.content;
    if (!version) return;
    let seen;
    try {
      seen = localStorage.getItem(SEEN_VERSION_KEY);
      localStorage.setItem(SEEN_VERSION_KEY, version);
    } catch {
      // No storage: no way to tell an update from a first visit.
      return;
    }
    if (seen && seen !== version) {
      notify('parscore đã được cập nhật lên phiên bản mới.', 'parscore has been updated to a new version.');
    }
  }

  function announceWaiting() {
    notify(
      'Đã có phiên bản mới: phiên bản này được dùng khi bạn mở lại ứng dụng (sau khi đóng mọi thẻ parscore).',
      'A new version is ready: it is used the next time you open the app (after closing every parscore tab).',
    );
  }

  async function register() {
    if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
    let registration;
    try {
      registration = await navigator.serviceWorker.register('sw.js');
    } catch (error) {
      console.warn('parscore: no offline copy:', error);
      return;
    }
    // Only while an older version runs this page: on the first visit there is nothing to replace.
    const replacing = () => navigator.serviceWorker.controller !== null;
    if (registration.waiting && replacing()) announceWaiting();
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && replacing()) announceWaiting();
      });
    });
  }

  announceUpdate();
  addEventListener('load', register);
})();
