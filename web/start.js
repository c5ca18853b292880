// Starts Onward: loads onward.js, and if anything stops the app from starting, shows the
// page's plain fallback (web/index.html) with the crisis lines instead.
window.onwardFail = function (why) {
  document.getElementById('fallback-reason').textContent = why;
  document.getElementById('fallback').hidden = false;
  document.body.classList.add('failed');
  showOwnLines();
};
// The person's own crisis lines, if they kept any, replace the defaults above: read
// straight from IndexedDB, as the app is not running. Any trouble leaves the defaults.
function showOwnLines() {
  try {
    var req = indexedDB.open('onward');
    req.onupgradeneeded = function () { req.transaction.abort(); }; // never create it here
    req.onsuccess = function () {
      var db = req.result;
      if (!db.objectStoreNames.contains('records')) { db.close(); return; }
      var get = db.transaction('records', 'readonly').objectStore('records').get('crisis-lines');
      get.onsuccess = function () {
        db.close();
        try {
          var lines = JSON.parse(get.result).lines;
          if (!Array.isArray(lines) || !lines.length) return;
          var list = document.getElementById('fallback-lines');
          list.textContent = '';
          lines.forEach(function (l) {
            var item = document.createElement('li');
            item.appendChild(document.createTextNode(l.where + ': ' + l.name + ' '));
            var a = document.createElement('a');
            a.href = 'tel:' + dialString(String(l.number));
            a.textContent = l.number;
            item.appendChild(a);
            if (l.text_too) item.appendChild(document.createTextNode(' (call or text)'));
            list.appendChild(item);
          });
        } catch (e) { /* the defaults stay */ }
      };
    };
  } catch (e) { /* the defaults stay */ }
}
// As src/core/crisis_lines.cpp dials a number written the way people write it.
function dialString(n) {
  if (n.indexOf('+') >= 0 && n.indexOf('(0)') > n.indexOf('+')) n = n.replace('(0)', '');
  var out = '';
  for (var i = 0; i < n.length; ++i) {
    var c = n[i];
    if ((c >= '0' && c <= '9') || c === '*' || c === '#' || (c === '+' && out === '')) out += c;
  }
  return out === '+' ? '' : out;
}
var Module = {
  canvas: document.getElementById('canvas'),
  onAbort: function (what) { window.onwardFail('The app stopped while starting (' + what + ').'); },
};
if (typeof WebAssembly !== 'object') {
  window.onwardFail('This browser does not run WebAssembly, which Onward needs.');
} else {
  window.addEventListener('error', function (e) {
    if (!window.onwardReady) window.onwardFail('The app could not load (' + (e.message || 'unknown error') + ').');
  });
  var s = document.createElement('script');
  s.src = 'onward.js';
  s.onerror = function () { window.onwardFail('The app files could not be loaded.'); };
  document.body.appendChild(s);
}

// Offline and updates: the service worker (sw.js) keeps the app on this device. A new
// version installs quietly and waits; the app shows a calm card, and only when the person
// chooses to restart does the new version take over. Without a service worker (an old
// browser, a private window), Onward simply works online.
if ('serviceWorker' in navigator) {
  var announce = function () {
    if (!navigator.serviceWorker.controller) return; // the first install is not an update
    window.onwardUpdateReady = true;
    if (window.onwardReady && typeof _onward_on_update_ready === 'function') _onward_on_update_ready();
  };
  // Registered once the app is on screen, so installing it never slows the start.
  window.addEventListener('onward-ready', function () {
    navigator.serviceWorker.register('sw.js').then(function (reg) {
      var watch = function (worker) {
        if (!worker) return;
        if (worker.state === 'installed') announce();
        worker.addEventListener('statechange', function () { if (worker.state === 'installed') announce(); });
      };
      if (reg.waiting) announce();
      reg.addEventListener('updatefound', function () { watch(reg.installing); });
      // Coming back to the app is when a new version is looked for.
      document.addEventListener('visibilitychange', function () { if (!document.hidden) reg.update(); });
    }).catch(function () { /* offline use is a bonus: the app works without it */ });
  });
  window.onwardRestart = function () {
    navigator.serviceWorker.getRegistration().then(function (reg) {
      if (!reg || !reg.waiting) { location.reload(); return; }
      navigator.serviceWorker.addEventListener('controllerchange', function () { location.reload(); });
      reg.waiting.postMessage('restart-with-new-version');
    });
  };
}
