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
      _onward_on_resize(w, h, dpr);
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

    describe: function(err) {
      if (!err) return 'the browser gave no reason';
      return (err.name ? err.name + ': ' : '') + (err.message || String(err));
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
    Onward.watchPixelRatio();
    Onward.reportSize();

    // Text arrives through beforeinput so that typed letters, emoji keyboards, dictation
    // and Android's keyboards (which send no usable key events) all look the same to us.
    // The textarea itself is kept empty: ImGui owns the text.
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
      if (!Onward.composedEarly) Onward.sendText(e.data);
      Onward.composedEarly = false;
      field.value = '';
    });
    // A press anywhere on the app while a word is still being composed (phone keyboards
    // keep the current word open) would end editing before the browser hands the word
    // over. Take it as typed first, so the note never loses its last word.
    var takeComposition = function() {
      if (!Onward.composing) return;
      Onward.composing = false;
      Onward.composedEarly = true;
      Onward.sendText(field.value);
      field.value = '';
    };
    canvas.addEventListener('mousedown', takeComposition, true);
    canvas.addEventListener('touchstart', takeComposition, true);
    field.addEventListener('input', function() { if (!Onward.composing) field.value = ''; });
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
    window.addEventListener('beforeunload', function(e) {
      // The only moment words could be lost: say so, as the browser allows.
      // (Not when restarting into a new version: the drafts and saves are in by then.)
      if (!Onward.restarting && _onward_has_unsaved()) { e.preventDefault(); e.returnValue = ''; }
    });

    // Another tab of Onward saved a record: read it and show it here too.
    if (typeof BroadcastChannel === 'function') {
      Onward.channel = new BroadcastChannel('onward-records');
      Onward.channel.onmessage = function(e) {
        var key = e.data && e.data.key;
        if (typeof key !== 'string') return;
        Onward.openDatabase().then(function(db) {
          var req = db.transaction('records', 'readonly').objectStore('records').get(key);
          req.onsuccess = function() {
            // Nothing there any more: the other tab removed it (told here as empty text).
            var text = req.result === undefined ? '' : req.result;
            if (typeof text !== 'string') return;
            Onward.withUtf8(key, function(k) {
              Onward.withUtf8(text, function(t) { _onward_on_changed_record(k, t); });
            });
          };
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

  onward_js_fail: function(why) {
    if (window.onwardFail) window.onwardFail(UTF8ToString(why));
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
    } else if (document.activeElement === f) {
      Onward.canvas.focus({ preventScroll: true });
    }
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

  onward_js_idb_open: function() {
    Onward.firstRead.then(function(all) {
      _onward_on_load_begin(all.keys.length);
      for (var i = 0; i < all.keys.length; ++i) {
        // Onward writes JSON text; anything else (another program, a future version)
        // is passed on as text for the store to judge, never allowed to stop the load.
        var v = all.values[i], text;
        try { text = typeof v === 'string' ? v : String(JSON.stringify(v)); } catch (e) { text = String(v); }
        Onward.withUtf8(String(all.keys[i]), function(k) {
          Onward.withUtf8(text, function(t) { _onward_on_load_record(k, t); });
        });
      }
      _onward_on_load_end();
    }).catch(function(err) {
      Onward.withUtf8(Onward.describe(err), function(p) { _onward_on_open_failed(p); });
    });
  },

  // One record, one transaction, reported saved only once the browser says the
  // transaction is durably complete. Empty text removes the record.
  onward_js_idb_put: function(ticket, key, text) {
    var k = UTF8ToString(key), v = UTF8ToString(text);
    var answered = false;
    var answer = function(ok, why) {
      if (answered) return;
      answered = true;
      if (ok) _onward_on_write_done(ticket, 1, 0);
      else Onward.withUtf8(why, function(p) { _onward_on_write_done(ticket, 0, p); });
    };
    // A write the browser never finishes is reported, so the save is retried and the
    // status never says "Saving…" for ever.
    setTimeout(function() { answer(false, 'the browser did not finish the write within 15 seconds'); }, 15000);
    Onward.openDatabase().then(function(db) {
      var tx;
      try {
        tx = db.transaction('records', 'readwrite', { durability: 'strict' });
        if (v === '') tx.objectStore('records').delete(k);
        else tx.objectStore('records').put(v, k);
      } catch (e) { answer(false, Onward.describe(e)); return; }
      tx.oncomplete = function() {
        answer(true);
        if (Onward.channel) Onward.channel.postMessage({ key: k });
      };
      tx.onerror = function() { answer(false, Onward.describe(tx.error)); };
      tx.onabort = function() { answer(false, Onward.describe(tx.error || new Error('the write was cancelled'))); };
    }, function(err) { answer(false, Onward.describe(err)); });
  },
};

autoAddDeps(OnwardPlatform, '$Onward');
mergeInto(LibraryManager.library, OnwardPlatform);
