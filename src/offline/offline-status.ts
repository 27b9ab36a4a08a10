/**
 * Registers the service worker (production builds only) and tells the reader, in the
 * page's notice line, when the site has become available offline and when a new version
 * is ready; "Reload to update" lets the waiting version take over and reloads the page.
 */
import { sitePath } from '../lib/site-path';

function notice(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-offline-notice]');
}

function say(text: string, state: 'offline-ready' | 'update-ready', onReload?: () => void): void {
  const line = notice();
  if (!line) return;
  line.hidden = false;
  line.dataset['state'] = state;
  const message = document.createElement('span');
  message.textContent = text;
  const parts: Node[] = [message];
  if (onReload) {
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.dataset['action'] = 'reload-update';
    reload.textContent = 'Reload to update';
    reload.addEventListener('click', onReload);
    parts.push(reload);
  }
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = 'Dismiss';
  dismiss.addEventListener('click', () => (line.hidden = true));
  line.replaceChildren(...parts, dismiss);
}

function offerUpdate(waiting: ServiceWorker): void {
  say('A new version of Awaitable is ready.', 'update-ready', () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'take-over' });
  });
}

function watchInstalling(worker: ServiceWorker, firstInstall: boolean): void {
  worker.addEventListener('statechange', () => {
    if (worker.state === 'installed' && !firstInstall) offerUpdate(worker);
    if (worker.state === 'activated' && firstInstall) say('Awaitable is now available offline in this browser.', 'offline-ready');
  });
}

/**
 * Installing downloads every page of the course (several MB): started as the page opens, it
 * competed with the page's own scripts, editor and compiler for the network and the CPU.
 * It starts once the page has loaded, a few seconds have passed and the browser is idle.
 */
const REGISTER_AFTER_LOAD_MS = 3000;
const IDLE_WAIT_LIMIT_MS = 3000;

/** Module scripts run before the load event, so it is always still to come here. */
function whenSettled(start: () => void): void {
  addEventListener(
    'load',
    () => setTimeout(() => ('requestIdleCallback' in window ? requestIdleCallback(start, { timeout: IDLE_WAIT_LIMIT_MS }) : start()), REGISTER_AFTER_LOAD_MS),
    { once: true },
  );
}

export function setUpOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  whenSettled(() => {
    navigator.serviceWorker
      .register(sitePath('sw.js'), { scope: import.meta.env.BASE_URL })
      .then((registration) => {
        const firstInstall = !navigator.serviceWorker.controller;
        if (registration.waiting && !firstInstall) offerUpdate(registration.waiting);
        if (registration.installing) watchInstalling(registration.installing, firstInstall);
        registration.addEventListener('updatefound', () => {
          if (registration.installing) watchInstalling(registration.installing, !navigator.serviceWorker.controller);
        });
        document.documentElement.dataset['offline'] = registration.active ? 'ready' : 'installing';
        void navigator.serviceWorker.ready.then(() => (document.documentElement.dataset['offline'] = 'ready'));
      })
      .catch(() => {
        // No offline copy (e.g. storage disabled): the site works online as before.
      });
  });
}
