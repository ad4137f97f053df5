/** Asks for notification permission only when the person starts a timer, and never blocks the start on it. */
export function askToNotify(): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'default') return;
  void Notification.requestPermission().catch(() => undefined);
}

/** Shown by the service worker, so it also appears while the app is in the background. */
export async function notify(title: string, body: string): Promise<void> {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  const reg = await navigator.serviceWorker?.getRegistration();
  if (reg) await reg.showNotification(title, { body, tag: 'unknot-timer', icon: '/icons/icon-192.png' });
}
