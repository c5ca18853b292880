// The browser half of src/platform/screen_reader.cpp, linked with --js-library. The canvas
// is one labelled application region; inside it, as its fallback content (which browsers
// put in the accessibility tree but never draw), a list of real DOM controls mirrors what
// the last frame drew, and the canvas points at the focused one with
// aria-activedescendant. Two live regions beside the canvas say what changed. Nodes are
// reused, and an attribute is touched only when it changes, so a screen reader hears
// only real changes.

var OnwardScreenReader = {
  $Reader: {
    list: null,   // the mirrored controls, inside the canvas
    polite: null, // a new screen's title, a save done
    urgent: null, // an alert: "Not saved yet", a notice
    nodes: [],

    start: function() {
      if (Reader.list) return;
      Reader.list = document.createElement('div');
      Reader.list.id = 'screen-controls';
      Reader.list.setAttribute('role', 'group');
      document.getElementById('canvas').appendChild(Reader.list);
      Reader.polite = Reader.region('polite');
      Reader.urgent = Reader.region('assertive');
    },

    // A live region that is read but not seen. Each message is its own paragraph and only
    // additions are read, so two messages in one frame are both heard, and the same words
    // said again ("Saved" after the next save) are heard again.
    region: function(how) {
      var el = document.createElement('div');
      el.id = 'screen-reader-' + how;
      el.setAttribute('aria-live', how);
      el.setAttribute('aria-atomic', 'false');
      el.setAttribute('aria-relevant', 'additions');
      // The page's Content-Security-Policy forbids inline style attributes; the CSSOM is allowed.
      var s = el.style;
      s.position = 'fixed'; s.left = '0'; s.top = '0'; s.width = '1px'; s.height = '1px';
      s.overflow = 'hidden'; s.clipPath = 'inset(50%)'; s.whiteSpace = 'nowrap';
      document.body.appendChild(el);
      return el;
    },

    // Words as they should sound: the rows' " · " separators as pauses, no tick sign.
    spoken: function(text) {
      return text.replace(/ \u00B7 /g, ', ').replace(/\s*\u2713/g, '');
    },

    attr: function(el, name, value) {
      if (value === null || value === undefined) { if (el.hasAttribute(name)) el.removeAttribute(name); }
      else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
    },
    text: function(el, words) { if (el.textContent !== words) el.textContent = words; },

    roles: {
      button: 'button', toggle: 'button', row: 'button', 'text-field': 'textbox', heading: 'heading',
      status: 'status', alert: 'alert', progress: 'progressbar',
    },

    // One drawn widget [role, label, value, selected, focused] as a DOM control whose
    // accessible name is the label and whose value or state is its ARIA.
    fill: function(el, item) {
      var role = item[0], label = Reader.spoken(item[1]), value = Reader.spoken(item[2]);
      var named = role === 'button' || role === 'toggle' || role === 'row' || role === 'text-field' || role === 'progress';
      var name = role === 'row' && value ? label + ', ' + value : label;
      Reader.attr(el, 'role', Reader.roles[role] || null);
      Reader.attr(el, 'aria-label', named ? name : null);
      Reader.attr(el, 'aria-pressed', role === 'toggle' ? String(item[3]) : null);
      Reader.attr(el, 'aria-level', role === 'heading' ? '2' : null);
      // Said by the live regions when they change; here they are only there to be read.
      Reader.attr(el, 'aria-live', role === 'status' || role === 'alert' ? 'off' : null);
      Reader.attr(el, 'aria-valuetext', role === 'progress' ? value : null);
      // A big choice's line under its title, a button's longer words.
      Reader.attr(el, 'aria-description', role === 'button' && value && value !== label ? value : null);
      var words = '';
      if (role === 'text-field') words = value; // a textbox's value is its text
      else if (!named) words = !value || value === label ? label : label + ': ' + value;
      Reader.text(el, words);
    },
  },

  onward_js_reader_show__deps: ['$Reader'],
  onward_js_reader_show: function(mirrorJson) {
    Reader.start();
    var mirror = JSON.parse(UTF8ToString(mirrorJson)), items = mirror.items, focused = null;
    Reader.attr(Reader.list, 'aria-label', mirror.title);
    for (var i = 0; i < items.length; ++i) {
      var el = Reader.nodes[i];
      if (!el) {
        el = Reader.nodes[i] = document.createElement('div');
        el.id = 'screen-control-' + i;
        Reader.list.appendChild(el);
      }
      Reader.fill(el, items[i]);
      if (items[i][4]) focused = el.id;
    }
    while (Reader.nodes.length > items.length) Reader.nodes.pop().remove();
    Reader.attr(document.getElementById('canvas'), 'aria-activedescendant', focused);
  },

  onward_js_reader_say__deps: ['$Reader'],
  onward_js_reader_say: function(words, urgent) {
    Reader.start();
    var region = urgent ? Reader.urgent : Reader.polite;
    var p = document.createElement('p');
    p.textContent = Reader.spoken(UTF8ToString(words));
    region.appendChild(p);
    // The last few stay, for a screen reader's review of what was said; older ones go.
    while (region.childNodes.length > 3) region.firstChild.remove();
  },
};

autoAddDeps(OnwardScreenReader, '$Reader');
mergeInto(LibraryManager.library, OnwardScreenReader);
