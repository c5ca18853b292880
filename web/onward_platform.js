// The browser half of src/platform, linked with --js-library. Everything Onward needs
// from the page that html5.h does not offer lives here: the canvas size and pixel ratio,
// the hidden textarea that brings up phone keyboards and receives typed, composed and
// pasted text, the system clipboard, timers, and IndexedDB. C++ calls the onward_js_*
// functions; this file answers through the exported onward_on_* functions.

var OnwardPlatform = {
  // Runs as soon as onward.js is evaluated: opening and reading the journal overlaps
  // with downloading and compiling the .wasm and creating the WebGL context.
  $Onward__postset: 'Onward.startEarly();',
  $Onward: {
    canvas: null,
    field: null,          // the hidden textarea
    composing: false,
    composedEarly: false, // a composition was taken as typed before the browser ended it
    // The edited field as the textarea shows it (its label, its words around the caret, the
    // caret in UTF-16 units), and the newest from C++, shown once no composition is open.
    shown: { label: 'Text entry', text: '', start: 0, end: 0 },
    wanted: { label: 'Text entry', text: '', start: 0, end: 0 },
    copyText: null,       // what the last ImGui copy produced, for the next copy/cut event
    copyAt: 0,
    clipboardText: '',
    db: null,
    dbName: 'onward',
    opening: null,        // a Promise while the database is being opened
    firstRead: null,      // a Promise of every stored record, started at load
    channel: null,        // tells other Onward tabs which record this one just wrote
    timer: 0,

    startEarly: function() {
      // Some browsers leave IndexedDB unanswered (a stuck Safari, a locked profile): say
      // so rather than showing "Opening…" for ever. A reload tries again.
      Onward.firstRead = Promise.race([
        Onward.openDatabase().then(Onward.readAll),
        new Promise(function(_, reject) {
          setTimeout(function() { reject(new Error('the browser did not open the journal within 10 seconds')); }, 10000);
        }),
      ]);
      Onward.firstRead.catch(function() {}); // reported when the app asks for it
    },

    readAll: function(db) {
      return new Promise(function(resolve, reject) {
        var tx = db.transaction('records', 'readonly');
        var store = tx.objectStore('records');
        var keys = null, values = null;
        store.getAllKeys().onsuccess = function(e) { keys = e.target.result; };
        store.getAll().onsuccess = function(e) { values = e.target.result; };
        tx.oncomplete = function() { resolve({ keys: keys, values: values }); };
        tx.onerror = tx.onabort = function() { reject(tx.error); };
      });
    },

    // Passes a JS string to C++ as a heap-allocated UTF-8 copy freed after the call.
    withUtf8: function(text, fn) {
      var size = lengthBytesUTF8(text) + 1;
      var ptr = _malloc(size);
      stringToUTF8(text, ptr, size);
      try { return fn(ptr); } finally { _free(ptr); }
    },

    reportSize: function() {
      var c = Onward.canvas;
      var dpr = window.devicePixelRatio || 1;
      var w = c.clientWidth, h = c.clientHeight;
      var pw = Math.max(1, Math.round(w * dpr)), ph = Math.max(1, Math.round(h * dpr));
      if (c.width !== pw) c.width = pw;
      if (c.height !== ph) c.height = ph;
      var inset = Onward.safeArea();
      _onward_on_resize(w, h, dpr, inset.top, inset.right, inset.bottom, inset.left);
    },

    // What a phone's notch, rounded corners and home indicator take from each edge, as CSS
    // knows it (the page asks for viewport-fit=cover): read from an invisible element
    // padded by env(safe-area-inset-*), again at every resize and turn of the phone.
    safeArea: function() {
      if (!Onward.safeAreaProbe) {
        var probe = document.createElement('div');
        probe.id = 'safe-area-probe';
        probe.setAttribute('aria-hidden', 'true');
        probe.style.cssText = 'position: fixed; left: 0; top: 0; width: 0; height: 0; visibility: hidden; ' +
          'pointer-events: none; padding: env(safe-area-inset-top) env(safe-area-inset-right) ' +
          'env(safe-area-inset-bottom) env(safe-area-inset-left)';
        document.body.appendChild(probe);
        Onward.safeAreaProbe = probe;
      }
      var css = getComputedStyle(Onward.safeAreaProbe);
      return { top: parseFloat(css.paddingTop) || 0, right: parseFloat(css.paddingRight) || 0,
               bottom: parseFloat(css.paddingBottom) || 0, left: parseFloat(css.paddingLeft) || 0 };
    },

    watchPixelRatio: function() {
      // A media query that matches only the current ratio fires once the ratio changes
      // (browser zoom, or the window moving to another screen).
      var mq = matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
      mq.addEventListener('change', function() { Onward.reportSize(); Onward.watchPixelRatio(); }, { once: true });
    },

    sendText: function(text) {
      if (text) Onward.withUtf8(text, function(p) { _onward_on_text(p); });
    },

    showField: function() {
      var f = Onward.field, w = Onward.wanted;
      Onward.shown = w;
      if (f.getAttribute('aria-label') !== w.label) f.setAttribute('aria-label', w.label);
      if (f.value !== w.text) f.value = w.text;
      if (f.selectionStart !== w.start || f.selectionEnd !== w.end) f.setSelectionRange(w.start, w.end);
    },

    // What the keyboard changed in the textarea since Onward showed it (a composed word, a
    // word a phone keyboard corrected or re-composed), sent to ImGui as edits at its caret:
    // deletions around the caret, then the new text. ImGui owns the text; the textarea is
    // set back to what it showed, and follows once ImGui has applied the edits.
    takeFieldChange: function() {
      var was = Onward.shown, now = Onward.field.value;
      if (now === was.text) return;
      var a = Array.from(was.text), b = Array.from(now);
      var points = function(units) { return Array.from(was.text.slice(0, units)).length; };
      var selStart = points(was.start), selEnd = points(was.end);
      // The change is looked for at the caret first: typing "a" into "a|a" added the
      // middle "a", not the last.
      var p = 0;
      while (p < selStart && p < b.length && a[p] === b[p]) ++p;
      var s = 0;
      while (s < a.length - selEnd && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) ++s;
      var from = p, to = a.length - s, inserted = b.slice(p, b.length - s).join('');
      if (from === selStart && to === selEnd) {
        if (from < to && !inserted) _onward_on_edit_key(2); // the selection deleted
      } else {
        // A keyboard re-composes or corrects a word only at a collapsed caret.
        for (var i = from; i < selEnd; ++i) _onward_on_edit_key(2);
        for (var j = selEnd; j < to; ++j) _onward_on_edit_key(3);
      }
      Onward.sendText(inserted);
    },

    describe: function(err) {
      if (!err) return 'the browser gave no reason';
      return (err.name ? err.name + ': ' : '') + (err.message || String(err));
    },

    // The passphrase lock (see onward_js_set_passphrase): its record holds the salt, the
    // PBKDF2 iterations and a check value sealed with the key; never the key itself.
    lockKey: 'onward-lock',
    iterations: 600000,
    key: null,     // the AES-GCM key while unlocked (non-extractable), null without a passphrase
    locked: null,  // the lock record while the journal waits for its passphrase
    // Kept readable without the passphrase: what the lock screen and the plain fallback
    // page need in a crisis.
    openKeys: { 'safety-plan': 1, 'crisis-lines': 1 },
    writes: null, // a Promise: every write and job, one after another, in order
    batch: null,

    lockOf: function(all) {
      var i = all.keys.indexOf(Onward.lockKey);
      return i < 0 ? null : all.values[i];
    },
    readable: function(all) {
      var out = { keys: [], values: [] };
      all.keys.forEach(function(k, i) {
        if (typeof all.values[i] === 'string') { out.keys.push(k); out.values.push(all.values[i]); }
      });
      return out;
    },
    sendRecords: function(all, kind, ticket) {
      _onward_on_load_begin(all.keys.length);
      for (var i = 0; i < all.keys.length; ++i) {
        if (all.keys[i] === Onward.lockKey) continue;
        // Onward writes JSON text; anything else (another program, a future version)
        // is passed on as text for the store to judge, never allowed to stop the load.
        var v = all.values[i], text;
        try { text = typeof v === 'string' ? v : String(JSON.stringify(v)); } catch (e) { text = String(v); }
        Onward.withUtf8(String(all.keys[i]), function(k) {
          Onward.withUtf8(text, function(t) { _onward_on_load_record(k, t); });
        });
      }
      _onward_on_load_end(kind, ticket);
    },
    jobDone: function(ticket, why) {
      Onward.withUtf8(why, function(p) { _onward_on_job_done(ticket, p); });
    },
    // Runs `job` (returning a Promise) once every earlier write and job has finished, so
    // a record is never sealed under an old key or written out of order.
    afterWrites: function(job) {
      var run = (Onward.writes || Promise.resolve()).then(job);
      Onward.writes = run.catch(function() {});
      return run;
    },
    write: function(db, fill) {
      return new Promise(function(resolve, reject) {
        var tx = db.transaction('records', 'readwrite', { durability: 'strict' });
        fill(tx.objectStore('records'));
        tx.oncomplete = function() { resolve(); };
        tx.onerror = function() { reject(tx.error); };
        tx.onabort = function() { reject(tx.error || new Error('the write was cancelled')); };
      });
    },
    announce: function(keys) {
      if (Onward.channel) Onward.channel.postMessage({ keys: keys });
    },
    deriveKey: function(phrase, salt, iterations) {
      var raw = new TextEncoder().encode(phrase);
      return crypto.subtle.importKey('raw', raw, 'PBKDF2', false, ['deriveKey']).then(function(base) {
        return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: salt, iterations: iterations },
                                       base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
      });
    },
    // A record sealed under its own key name, so sealed values cannot be swapped between
    // records unnoticed; a fresh 96-bit IV every time.
    encrypt: function(key, text, name) {
      var iv = crypto.getRandomValues(new Uint8Array(12));
      return crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv, additionalData: new TextEncoder().encode(name) },
                                   key, new TextEncoder().encode(text))
        .then(function(data) { return { iv: iv, data: data }; });
    },
    decrypt: function(key, sealed, name) {
      return crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: new TextEncoder().encode(name) },
                                   key, sealed.data)
        .then(function(plain) { return new TextDecoder().decode(plain); });
    },
    base64: function(bytes) {
      var b = new Uint8Array(bytes), s = '';
      for (var i = 0; i < b.length; i += 32768) s += String.fromCharCode.apply(null, b.subarray(i, i + 32768));
      return btoa(s);
    },
    fromBase64: function(text) {
      var s = atob(text), b = new Uint8Array(s.length);
      for (var i = 0; i < s.length; ++i) b[i] = s.charCodeAt(i);
      return b;
    },
    answerCrypto: function(ticket, parts, why) {
      var joined = parts.join('\n'); // base64 has no newlines; an opened backup is one part
      Onward.withUtf8(joined, function(p) {
        Onward.withUtf8(why, function(w) { _onward_on_crypto_done(ticket, parts.length, p, w); });
      });
    },
    isSealed: function(v) { return v && typeof v === 'object' && v.iv && v.data; },
    // [key, text] pairs as they should be stored under `key` (null: as plain text).
    sealWith: function(key, pairs) {
      return Promise.all(pairs.map(function(r) {
        if (!key || r[1] === '' || Onward.openKeys[r[0]]) return r;
        return Onward.encrypt(key, r[1], r[0]).then(function(sealed) { return [r[0], sealed]; });
      }));
    },
    encryptAll: function(pairs) {
      // While locked only what stays readable may be written: anything else waits (the
      // app retries it) until the passphrase is given, so it is never stored unsealed.
      if (Onward.locked && pairs.some(function(r) { return r[1] !== '' && !Onward.openKeys[r[0]]; }))
        return Promise.reject(new Error('the journal is locked; it is saved once you unlock it'));
      return Onward.sealWith(Onward.key, pairs);
    },
    decryptAll: function(all) {
      return Promise.all(all.keys.map(function(k, i) {
        var v = all.values[i];
        if (k === Onward.lockKey || !Onward.isSealed(v)) return v;
        if (!Onward.key) throw new Error('the journal is locked');
        return Onward.decrypt(Onward.key, v, k);
      })).then(function(values) {
        var out = { keys: [], values: [] };
        all.keys.forEach(function(k, i) { if (k !== Onward.lockKey) { out.keys.push(k); out.values.push(values[i]); } });
        return out;
      });
    },

    openDatabase: function() {
      if (Onward.db) return Promise.resolve(Onward.db);
      if (Onward.opening) return Onward.opening;
      Onward.opening = new Promise(function(resolve, reject) {
        if (!window.indexedDB) { reject(new Error('this browser offers no IndexedDB (private mode?)')); return; }
        var req;
        try { req = indexedDB.open(Onward.dbName, 1); } catch (e) { reject(e); return; }
        req.onupgradeneeded = function() {
          // One store, one record per entry, keyed by the record's own id.
          req.result.createObjectStore('records');
        };
        req.onsuccess = function() {
          var db = req.result;
          // A newer Onward in another tab wants to upgrade: step aside rather than block it.
          db.onversionchange = function() { db.close(); Onward.db = null; };
          db.onclose = function() { Onward.db = null; };
          Onward.db = db;
          resolve(db);
        };
        req.onerror = function() { reject(req.error); };
      });
      Onward.opening.then(function() { Onward.opening = null; }, function() { Onward.opening = null; });
      return Onward.opening;
    },
  },

  onward_js_init__deps: ['$Onward', 'malloc', 'free'],
  onward_js_init: function() {
    var canvas = document.getElementById('canvas');
    var field = document.getElementById('text-field');
    Onward.canvas = canvas;
    Onward.field = field;

    new ResizeObserver(Onward.reportSize).observe(canvas);
    window.addEventListener('resize', Onward.reportSize);
    window.addEventListener('orientationchange', Onward.reportSize);
    Onward.watchPixelRatio();
    Onward.reportSize();

    // Text arrives through beforeinput so that typed letters, emoji keyboards, dictation
    // and Android's keyboards (which send no usable key events) all look the same to us.
    // The textarea holds the edited field's words for screen readers (onward_js_show_field),
    // but ImGui owns the text: what the keyboard does to the textarea is sent as edits.
    field.addEventListener('beforeinput', function(e) {
      if (Onward.composing || e.isComposing) return;
      switch (e.inputType) {
        case 'insertText': case 'insertReplacementText':
          Onward.sendText(e.data || (e.dataTransfer && e.dataTransfer.getData('text/plain')) || ''); break;
        case 'insertLineBreak': case 'insertParagraph': _onward_on_edit_key(1); break;
        case 'deleteContentBackward': _onward_on_edit_key(2); break;
        case 'deleteContentForward': _onward_on_edit_key(3); break;
        case 'insertFromPaste': case 'insertFromDrop': return; // handled by the paste event
        default: break;
      }
      e.preventDefault();
    });
    field.addEventListener('compositionstart', function() { Onward.composing = true; Onward.composedEarly = false; });
    field.addEventListener('compositionend', function(e) {
      Onward.composing = false;
      if (!Onward.composedEarly) Onward.takeFieldChange();
      Onward.composedEarly = false;
      Onward.showField();
    });
    // A press anywhere on the app while a word is still being composed (phone keyboards
    // keep the current word open) would end editing before the browser hands the word
    // over. Take it as typed first, so the note never loses its last word.
    var takeComposition = function() {
      if (!Onward.composing) return;
      Onward.composing = false;
      Onward.composedEarly = true;
      Onward.takeFieldChange();
      Onward.showField();
    };
    canvas.addEventListener('mousedown', takeComposition, true);
    canvas.addEventListener('touchstart', takeComposition, true);
    // A change no beforeinput could stop (some phone keyboards' corrections).
    field.addEventListener('input', function() {
      if (Onward.composing) return;
      Onward.takeFieldChange();
      Onward.showField();
    });
    field.addEventListener('paste', function(e) {
      var text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
      e.preventDefault();
      // ImGui pastes it itself (asking onward_js_get_clipboard), so single-line fields
      // drop newlines and an active selection is replaced, exactly as with its own paste.
      Onward.clipboardText = text.replace(/\r\n?/g, '\n');
      Onward.withUtf8(Onward.clipboardText, function(p) { _onward_on_paste(p); });
    });
    var giveCopy = function(e) {
      // Only a copy ImGui made during this very key press belongs to this event.
      if (Onward.copyText === null || performance.now() - Onward.copyAt > 1000) return;
      e.clipboardData.setData('text/plain', Onward.copyText);
      Onward.copyText = null;
      e.preventDefault();
    };
    document.addEventListener('copy', giveCopy);
    document.addEventListener('cut', giveCopy);

    document.addEventListener('visibilitychange', function() { _onward_on_visibility(document.hidden ? 0 : 1); });
    // The system's "reduce motion" setting, now and whenever it changes.
    var motion = matchMedia('(prefers-reduced-motion: reduce)');
    _onward_on_reduced_motion(motion.matches ? 1 : 0);
    motion.addEventListener('change', function() { _onward_on_reduced_motion(motion.matches ? 1 : 0); });
    // The system's dark and contrast preferences (the app follows them until the person
    // chooses a theme), now and whenever they change.
    var dark = matchMedia('(prefers-color-scheme: dark)');
    var more = matchMedia('(prefers-contrast: more)');
    var forced = matchMedia('(forced-colors: active)');
    var look = function() { _onward_on_device_look(dark.matches ? 1 : 0, more.matches || forced.matches ? 1 : 0); };
    look();
    [dark, more, forced].forEach(function(q) { q.addEventListener('change', look); });
    window.addEventListener('beforeunload', function(e) {
      // The only moment words could be lost: say so, as the browser allows.
      // (Not when restarting into a new version: the drafts and saves are in by then.)
      if (!Onward.restarting && _onward_has_unsaved()) { e.preventDefault(); e.returnValue = ''; }
    });

    // Another tab of Onward saved a record: read it and show it here too.
    if (typeof BroadcastChannel === 'function') {
      Onward.channel = new BroadcastChannel('onward-records');
      Onward.channel.onmessage = function(e) {
        var keys = e.data && e.data.keys;
        if (!Array.isArray(keys)) return;
        // The passphrase was turned on, changed or off, or everything deleted, in another
        // tab: this one starts again to follow (the page asks first if words are unsaved).
        if (keys.indexOf(Onward.lockKey) >= 0) { location.reload(); return; }
        Onward.openDatabase().then(function(db) {
          return Promise.all(keys.map(function(key) {
            return new Promise(function(resolve) {
              var req = db.transaction('records', 'readonly').objectStore('records').get(key);
              req.onsuccess = function() { resolve(req.result); };
              req.onerror = function() { resolve(undefined); };
            }).then(function(v) {
              // Nothing there any more: the other tab removed it (told here as empty text).
              if (v === undefined) return '';
              if (Onward.isSealed(v)) return Onward.key ? Onward.decrypt(Onward.key, v, key) : null;
              return typeof v === 'string' ? v : null;
            }).then(function(text) {
              if (text === null) return;
              Onward.withUtf8(key, function(k) {
                Onward.withUtf8(text, function(t) { _onward_on_changed_record(k, t); });
              });
            });
          }));
        }).catch(function() {}); // this tab shows it after its next reload instead
      };
    }

    // The test hook: what the last frame drew, by label (see tests/e2e/harness.mjs).
    window.onwardTest = {
      widgets: function() { return JSON.parse(UTF8ToString(_onward_test_widgets())); },
      frameCount: function() { return _onward_test_frame_count(); },
      idle: function() { return _onward_test_idle() === 1; },
      unsaved: function() { return _onward_has_unsaved() === 1; },
      lastFrameMs: function() { return _onward_test_last_frame_ms(); },
      lastDrawMs: function() { return _onward_test_last_draw_ms(); },
      insightsMs: function() { return _onward_test_insights_ms(); },
      heapBytes: function() { return { used: _onward_test_heap_used(), size: HEAPU8.length }; },
      // Single-record writes acknowledged from now on: {key, text, ms from being asked to
      // the transaction being complete}. Kept only once a test or the benchmark asks, so
      // a person's words are never gathered here.
      watchWrites: function() { Onward.watched = Onward.watched || []; },
      takeWrites: function() { var w = Onward.watched || []; Onward.watched = []; return w; },
    };
  },

  onward_js_ready: function() {
    // Keyboard users start on the app, not on the page around it.
    if (document.activeElement === document.body) Onward.canvas.focus({ preventScroll: true });
    document.body.classList.add('ready');
    window.onwardReadyMs = performance.now(); // since navigation started: the startup benchmark reads it
    window.onwardReady = true;
    window.dispatchEvent(new Event('onward-ready'));
    if (window.onwardUpdateReady) _onward_on_update_ready(); // announced while the app was starting
  },

  onward_js_restart: function() {
    Onward.restarting = true;
    if (window.onwardRestart) window.onwardRestart(); else location.reload();
  },

  // The notice survives the reload in this tab's sessionStorage, and only until read.
  onward_js_start_afresh: function(notice) {
    try { sessionStorage.setItem('onward-notice', UTF8ToString(notice)); } catch (e) { /* no notice then */ }
    Onward.restarting = true;
    location.reload();
  },
  onward_js_take_start_notice: function(out, size) {
    var text = '';
    try { text = sessionStorage.getItem('onward-notice') || ''; sessionStorage.removeItem('onward-notice'); } catch (e) {}
    stringToUTF8(text, out, size);
  },

  // The app's theme reaches the page around the canvas: seen while resizing, in the
  // browser's bars, and in its own scrollbars and controls.
  onward_js_page_colour: function(css, dark) {
    var colour = UTF8ToString(css);
    document.body.style.background = colour;
    var theme = document.querySelector('meta[name="theme-color"]');
    if (theme) theme.setAttribute('content', colour);
    var scheme = document.querySelector('meta[name="color-scheme"]');
    if (scheme) scheme.setAttribute('content', dark ? 'dark' : 'light');
    document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
  },

  // The look outside the journal (see remember_look in src/platform/browser.h).
  onward_js_remember_look: function(theme, percent) {
    try {
      localStorage.setItem('onward-look', JSON.stringify({ theme: UTF8ToString(theme), text_percent: percent }));
    } catch (e) { /* the journal's own settings still hold it */ }
  },
  onward_js_remembered_look: function(out, size) {
    try {
      var look = JSON.parse(localStorage.getItem('onward-look'));
      if (!look || typeof look.theme !== 'string' || typeof look.text_percent !== 'number') return 0;
      stringToUTF8(look.theme, out, size);
      return look.text_percent | 0;
    } catch (e) { return 0; }
  },

  onward_js_fail: function(why) {
    if (window.onwardFail) window.onwardFail(UTF8ToString(why));
  },

  // The person's languages, most wanted first, one a line: the app picks its words by them.
  onward_js_languages: function(out, size) {
    var tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
    stringToUTF8(Array.prototype.join.call(tags, '\n'), out, size);
  },

  // How this browser's locale writes dates, times and numbers, one a line (read by
  // core/locale.h): "dm" or "md" (day or month first), "24" or "12" (the clock), the sign
  // between thousands (empty for none), the decimal sign.
  onward_js_locale: function(out, size) {
    var order = 'dm', clock = '24', group = ',', decimal = '.';
    try {
      var dateParts = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long' })
        .formatToParts(new Date(2026, 2, 3)).map(function(p) { return p.type; });
      if (dateParts.indexOf('month') < dateParts.indexOf('day')) order = 'md';
      var hours = new Intl.DateTimeFormat(undefined, { hour: 'numeric' }).resolvedOptions();
      if (hours.hourCycle ? hours.hourCycle === 'h11' || hours.hourCycle === 'h12' : hours.hour12) clock = '12';
      var signs = {};
      new Intl.NumberFormat().formatToParts(1234567.5).forEach(function(p) { signs[p.type] = p.value; });
      group = signs.group || '';
      decimal = signs.decimal || '.';
    } catch (e) { /* an old browser: the defaults */ }
    stringToUTF8([order, clock, group, decimal].join('\n'), out, size);
  },

  onward_js_is_apple: function() {

    return /Mac|iPhone|iPad|iPod/.test(navigator.platform || navigator.userAgent) ? 1 : 0;
  },

  onward_js_open_link: function(url) {
    // A real link, clicked: phones hand tel: and sms: to their dialer and messages apps;
    // a web page opens in a new tab, told nothing about where it was opened from.
    var a = document.createElement('a');
    a.href = UTF8ToString(url);
    a.rel = 'noopener noreferrer';
    if (/^https:/.test(a.href)) a.target = '_blank';
    document.body.appendChild(a);
    a.click();
    a.remove();
  },

  // A file made on the device, handed to the browser's own download: nothing is sent.
  onward_js_download: function(name, mime, text) {
    var blob = new Blob([UTF8ToString(text)], { type: UTF8ToString(mime) });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = UTF8ToString(name);
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function() { URL.revokeObjectURL(a.href); }, 60000);
  },

  // A page made on the device (the summary), opened in a new tab for reading, printing
  // or saving as PDF. It lives at a blob: address of this origin, under this page's
  // Content-Security-Policy; its stylesheet is the site's own file.
  onward_js_open_document: function(html) {
    var url = URL.createObjectURL(new Blob([UTF8ToString(html)], { type: 'text/html;charset=utf-8' }));
    var opened = window.open(url, '_blank');
    setTimeout(function() { URL.revokeObjectURL(url); }, 600000);
    return opened ? 1 : 0;
  },
  onward_js_site_url__deps: ['$Onward', 'malloc', 'free'],
  onward_js_site_url: function(file, out, size) {
    stringToUTF8(new URL(UTF8ToString(file), document.baseURI).href, out, size);
  },

  // Storage health: whether the browser promised to keep the journal (persistent
  // storage), and how much is used of what it allows. `ask`: request persistence first.
  onward_js_storage_health: function(ask) {
    var s = navigator.storage;
    if (!s || !s.estimate) return _onward_on_storage_health(-1, -1, -1);
    var persisted = ask && s.persist ? s.persist() : s.persisted ? s.persisted() : Promise.resolve(false);
    Promise.all([persisted.catch(function() { return false; }), s.estimate().catch(function() { return {}; })])
      .then(function(r) {
        var e = r[1] || {};
        _onward_on_storage_health(r[0] ? 1 : 0, typeof e.usage === 'number' ? e.usage : -1,
                                  typeof e.quota === 'number' ? e.quota : -1);
      });
  },
  // Safari (not Chrome or another browser on iOS pretending) outside an installed app:
  // the one whose site data may be erased after 7 days without a visit.
  onward_js_safari_tab: function() {
    var ua = navigator.userAgent;
    var safari = /Safari\//.test(ua) && !/Chrome|Chromium|CriOS|FxiOS|EdgiOS|Android/.test(ua);
    var installed = navigator.standalone === true || matchMedia('(display-mode: standalone)').matches;
    return safari && !installed ? 1 : 0;
  },

  // A backup sealed with a passphrase: a fresh salt and IV, the key derived as for the
  // journal. Answers the three parts in base64; the store layer writes the envelope.
  onward_js_seal__deps: ['$Onward', 'malloc', 'free'],
  onward_js_seal: function(ticket, text, passphrase) {
    var plain = UTF8ToString(text), phrase = UTF8ToString(passphrase);
    var salt = crypto.getRandomValues(new Uint8Array(16));
    Onward.deriveKey(phrase, salt, Onward.iterations).then(function(key) {
      return Onward.encrypt(key, plain, 'onward-backup');
    }).then(function(sealed) {
      Onward.answerCrypto(ticket, [Onward.base64(salt), Onward.base64(sealed.iv), Onward.base64(sealed.data)], '');
    }, function(err) { Onward.answerCrypto(ticket, [], Onward.describe(err)); });
  },
  onward_js_unseal__deps: ['$Onward', 'malloc', 'free'],
  onward_js_unseal: function(ticket, salt, iv, data, iterations, passphrase) {
    var phrase = UTF8ToString(passphrase);
    var parts = [salt, iv, data].map(function(p) { return Onward.fromBase64(UTF8ToString(p)); });
    Onward.deriveKey(phrase, parts[0], iterations).then(function(key) {
      return Onward.decrypt(key, { iv: parts[1], data: parts[2] }, 'onward-backup');
    }).then(function(plain) { Onward.answerCrypto(ticket, [plain], ''); },
            function() { Onward.answerCrypto(ticket, [], 'That passphrase does not open this backup.'); });
  },

  // A hidden file input, clicked on the person's tap: the browser's own picker. The bytes
  // are handed over as they are (a wrong encoding is the reader's to name).
  onward_js_choose_file__deps: ['$Onward', 'malloc', 'free'],
  onward_js_choose_file: function(accept, maxBytes) {
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = UTF8ToString(accept);
    input.style.display = 'none';
    var answer = function(name, bytes, error) {
      Onward.withUtf8(name, function(n) {
        var size = bytes ? bytes.length : 0, p = _malloc(size + 1);
        if (bytes) HEAPU8.set(bytes, p);
        try {
          if (error) Onward.withUtf8(error, function(e) { _onward_on_file_chosen(n, 0, 0, e); });
          else _onward_on_file_chosen(n, p, size, 0);
        } finally { _free(p); }
      });
    };
    input.addEventListener('change', function() {
      var file = input.files && input.files[0];
      input.remove();
      if (!file) return;
      if (file.size > maxBytes)
        return answer(file.name, null, 'the file is ' + (file.size / 1048576).toFixed(1) + ' MB, too big to read');
      file.arrayBuffer().then(function(buf) { answer(file.name, new Uint8Array(buf), ''); },
                              function(err) { answer(file.name, null, Onward.describe(err)); });
    });
    document.body.appendChild(input);
    input.click();
  },

  onward_js_utc_offset_minutes: function(unixMs) { return -new Date(unixMs).getTimezoneOffset(); },

  onward_js_random32: function() {
    var a = new Uint32Array(1);
    crypto.getRandomValues(a);
    return a[0];
  },

  onward_js_wake_after: function(ms) {
    clearTimeout(Onward.timer);
    Onward.timer = setTimeout(function() { _onward_on_timer(); }, Math.max(0, ms));
  },

  // Focus the hidden textarea while ImGui edits text, placed where the caret is so the
  // phone keyboard and IME candidates appear next to it; give focus back to the canvas after.
  onward_js_set_text_field: function(active, x, y, h) {
    var f = Onward.field;
    if (active) {
      f.style.left = x + 'px';
      f.style.top = y + 'px';
      f.style.height = h + 'px';
      if (document.activeElement !== f) f.focus({ preventScroll: true });
    } else {
      // No words stay in the page once editing ends.
      Onward.wanted = { label: 'Text entry', text: '', start: 0, end: 0 };
      if (!Onward.composing) Onward.showField();
      if (document.activeElement === f) Onward.canvas.focus({ preventScroll: true });
    }
  },

  // The edited field's label, its words around the caret (a passphrase's never: only its
  // length, in the label) and the caret, so a screen reader reads what is there and what is
  // typed. Shown at once unless a composition is open in the textarea.
  onward_js_show_field: function(label, text, start, end) {
    Onward.wanted = { label: UTF8ToString(label), text: UTF8ToString(text), start: start, end: end };
    if (!Onward.composing) Onward.showField();
  },

  onward_js_set_cursor: function(css) { Onward.canvas.style.cursor = UTF8ToString(css); },

  onward_js_set_clipboard: function(text) {
    var t = UTF8ToString(text);
    Onward.copyText = t;   // taken by the copy/cut event that follows the key press
    Onward.copyAt = performance.now();
    Onward.clipboardText = t;
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(t).catch(function() {});
  },

  onward_js_get_clipboard__deps: ['$Onward', 'malloc'],
  onward_js_get_clipboard: function() {
    // ImGui keeps the pointer until the next call; one static buffer is enough.
    var t = Onward.clipboardText, size = lengthBytesUTF8(t) + 1;
    if (Onward.clipBuf) _free(Onward.clipBuf);
    Onward.clipBuf = _malloc(size);
    stringToUTF8(t, Onward.clipBuf, size);
    return Onward.clipBuf;
  },

  // Sends records to C++ in one go: `kind` 0 loaded, 1 locked (only what is kept
  // readable), 2 the answer to read_all `ticket`.
  onward_js_idb_open: function() {
    Onward.firstRead.then(function(all) {
      if (!Onward.lockOf(all)) return Onward.sendRecords(all, 0, 0);
      Onward.locked = Onward.lockOf(all);
      Onward.sendRecords(Onward.readable(all), 1, 0);
    }).catch(function(err) {
      Onward.withUtf8(Onward.describe(err), function(p) { _onward_on_open_failed(p); });
    });
  },

  // Derives the key, proves it on the lock's check value, then reads and decrypts every
  // record. A wrong passphrase changes nothing and reveals nothing.
  onward_js_unlock: function(passphrase) {
    var lock = Onward.locked, phrase = UTF8ToString(passphrase);
    var refuse = function(why) { Onward.withUtf8(why, function(p) { _onward_on_unlock_failed(p); }); };
    if (!lock) return refuse('the journal is not locked');
    Onward.deriveKey(phrase, lock.salt, lock.iterations).then(function(key) {
      return Onward.decrypt(key, lock.check, Onward.lockKey).then(function() { return key; },
        function() { throw new Error('wrong'); });
    }).then(function(key) {
      Onward.key = key;
      Onward.locked = null;
      return Onward.openDatabase().then(Onward.readAll).then(Onward.decryptAll).then(function(all) {
        Onward.sendRecords(all, 0, 0);
      });
    }).catch(function(err) {
      refuse(err && err.message === 'wrong' ? 'That passphrase does not open this journal.'
                                           : 'The journal could not be opened (' + Onward.describe(err) + ').');
    });
  },

  onward_js_read_all: function(ticket) {
    Onward.afterWrites(function() {
      return Onward.openDatabase().then(Onward.readAll).then(Onward.decryptAll);
    }).then(function(all) { Onward.sendRecords(all, 2, ticket); },
            function(err) { Onward.jobDone(ticket, Onward.describe(err)); });
  },

  // Jobs that write many records: collected one by one, then written in one transaction.
  onward_js_batch_add: function(key, text) {
    (Onward.batch = Onward.batch || []).push([UTF8ToString(key), UTF8ToString(text)]);
  },
  onward_js_put_all: function(ticket) {
    var batch = Onward.batch || [];
    Onward.batch = null;
    Onward.afterWrites(function() {
      return Onward.encryptAll(batch).then(function(sealed) {
        return Onward.openDatabase().then(function(db) {
          return Onward.write(db, function(store) {
            sealed.forEach(function(r) { if (r[1] === '') store.delete(r[0]); else store.put(r[1], r[0]); });
          });
        });
      });
    }).then(function() {
      Onward.jobDone(ticket, '');
      Onward.announce(batch.map(function(r) { return r[0]; }));
    }, function(err) { Onward.jobDone(ticket, Onward.describe(err)); });
  },

  // Turning the passphrase on, changing it or (empty) turning it off: every record is
  // read, re-sealed under the new key (or opened), and written back with the new lock in
  // one transaction, so there is no moment where some records are lost or unreadable.
  onward_js_set_passphrase: function(ticket, passphrase) {
    var phrase = UTF8ToString(passphrase);
    Onward.afterWrites(function() {
      var salt = crypto.getRandomValues(new Uint8Array(16));
      var keyMade = phrase ? Onward.deriveKey(phrase, salt, Onward.iterations) : Promise.resolve(null);
      return Promise.all([keyMade, Onward.openDatabase().then(Onward.readAll).then(Onward.decryptAll)])
        .then(function(got) {
          var key = got[0], all = got[1];
          var pairs = all.keys.map(function(k, i) { return [k, all.values[i]]; });
          var sealing = Onward.sealWith(key, pairs);
          var lock = key ? Onward.encrypt(key, 'onward', Onward.lockKey).then(function(check) {
            return { kind: 'lock', v: 1, salt: salt, iterations: Onward.iterations, check: check };
          }) : Promise.resolve(null);
          return Promise.all([sealing, lock]).then(function(done) {
            return Onward.openDatabase().then(function(db) {
              return Onward.write(db, function(store) {
                done[0].forEach(function(r) { store.put(r[1], r[0]); });
                if (done[1]) store.put(done[1], Onward.lockKey); else store.delete(Onward.lockKey);
              });
            }).then(function() { Onward.key = key; Onward.announce([Onward.lockKey]); });
          });
        });
    }).then(function() { Onward.jobDone(ticket, ''); },
            function(err) { Onward.jobDone(ticket, Onward.describe(err)); });
  },

  // Every record, the database itself and anything else this site stored about the
  // person; then the database is opened afresh to prove it holds nothing. The app's own
  // files (the service worker's cache) stay: they hold nothing the person wrote.
  onward_js_delete_everything: function(ticket) {
    Onward.afterWrites(function() {
      if (Onward.db) { Onward.db.close(); Onward.db = null; }
      return new Promise(function(resolve, reject) {
        var req = indexedDB.deleteDatabase(Onward.dbName);
        req.onsuccess = function() { resolve(); };
        req.onerror = function() { reject(req.error); };
        req.onblocked = function() { /* other tabs close on versionchange; success follows */ };
      }).then(function() {
        try { localStorage.clear(); sessionStorage.clear(); } catch (e) { /* none kept */ }
        Onward.key = null;
        return Onward.openDatabase().then(Onward.readAll);
      }).then(function(all) {
        if (all.keys.length) throw new Error(all.keys.length + ' records are still there');
      });
    }).then(function() { Onward.jobDone(ticket, ''); Onward.announce([Onward.lockKey]); },
            function(err) { Onward.jobDone(ticket, Onward.describe(err)); });
  },

  // One record, one transaction, reported saved only once the browser says the
  // transaction is durably complete. Empty text removes the record.
  onward_js_idb_put: function(ticket, key, text) {
    var k = UTF8ToString(key), v = UTF8ToString(text);
    var asked = performance.now(), answered = false;
    var answer = function(ok, why) {
      if (answered) return;
      answered = true;
      if (ok) _onward_on_write_done(ticket, 1, 0);
      else Onward.withUtf8(why, function(p) { _onward_on_write_done(ticket, 0, p); });
    };
    // A write the browser never finishes is reported, so the save is retried and the
    // status never says "Saving…" for ever.
    setTimeout(function() { answer(false, 'the browser did not finish the write within 15 seconds'); }, 15000);
    Onward.afterWrites(function() {
      return Onward.encryptAll([[k, v]]).then(function(sealed) {
        return Onward.openDatabase().then(function(db) {
          return Onward.write(db, function(store) {
            if (v === '') store.delete(k); else store.put(sealed[0][1], k);
          });
        });
      });
    }).then(function() {
      answer(true);
      Onward.announce([k]);
      if (Onward.watched) Onward.watched.push({ key: k, text: v, ms: performance.now() - asked });
    }, function(err) { answer(false, Onward.describe(err)); });
  },
};

autoAddDeps(OnwardPlatform, '$Onward');
mergeInto(LibraryManager.library, OnwardPlatform);
