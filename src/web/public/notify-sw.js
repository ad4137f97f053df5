// Imported into the generated service worker: a tap on the "session done" notification opens the app, in the
// worker's own language (its scope: / for English, /es/ for Spanish).
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      for (const w of windows) if ('focus' in w) return w.focus();
      return self.clients.openWindow(`${self.registration.scope}#/today`);
    }),
  );
});
