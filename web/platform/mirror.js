// The accessibility mirror: the page's accessible content, built from the widget registry
// (web/ui/widgets.h) that the app sends after a frame whenever it changed. Included in
// ladder.js with --pre-js; platform_web.cpp calls Module.ladderMirrorUpdate(text).
//
// What it makes (docs/ACCESSIBILITY.md): after the canvas, a root element holding one real DOM
// element per record, keyed by the widget's id, nested as the app's groups nest (header, nav,
// main, tab lists, radio groups, tables and rows, alerts), in drawing order, which is reading
// order. Widgets are native elements where HTML has one (<button>, <input type=radio|checkbox|
// text|range>, <textarea>, <h1>..<h6>, <p>), placed exactly over what the canvas draws. The root
// is invisible (a filter, not display:none or visibility:hidden, which would hide it from
// screen readers too) and lets the pointer through to the canvas.
//
// Input: DOM focus lives on these elements, so the browser owns Tab and Shift+Tab (focus
// leaves the app after the last widget; nothing traps it). Focus moving here moves ImGui's
// keyboard focus to the same widget (ladder_focus), and ImGui moving its focus (arrow keys, a
// click on the canvas, a new screen) moves the DOM focus after the update. A click on an
// element (a screen reader's default action, Enter or Space on a button) presses the widget
// through ladder_activate, the same code as a click on the canvas. A text field's element is
// also where typing, paste and IME composition arrive: they go to ImGui, which edits, and the
// element then shows ImGui's text and selection. A finger's tap on a text field focuses the
// field's element inside the tap itself (ladderMirrorPress), which is what opens a phone's
// keyboard. Every DOM change is counted in `stats`.
(function () {
  'use strict';
  var RECORD = '\u001e';
  var FIELD = '\u001f';
  // Fields of a record (widgets.cpp, registry_serialise); structure records stop at LAYER.
  var ID = 0, ROLE = 1, LABEL = 2, STATE = 3, DESCRIPTION = 4, X = 6, Y = 7, W = 8, H = 9, LEVEL = 10, A = 11, B = 12,
      FOCUSED = 13;
  var LEAF_STYLE = 'position:absolute;left:0;top:0;margin:0;padding:0;border:0;box-sizing:border-box;overflow:hidden;' +
                   'font-size:16px;line-height:1;white-space:nowrap;background:none;color:transparent;resize:none';
  // Keys the browser must not act on while a widget that ImGui drives has focus: they would
  // scroll the page or edit a field behind ImGui's back. Tab is never one: the browser moves focus.
  var OWN_KEYS = ['Enter', 'Backspace', 'Delete', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End',
                  'PageUp', 'PageDown', 'Escape', ' '];
  var ARROWS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'];

  var mirror = null;

  function withString(text, fn) {
    var size = lengthBytesUTF8(text) + 1;
    var ptr = _malloc(size);
    stringToUTF8(text, ptr, size);
    fn(ptr);
    _free(ptr);
  }

  function kindOf(role, state, level) {
    switch (role) {
      case 'button': case 'link': return 'button';
      case 'tab': case 'checkbox': case 'radio': case 'img': case 'textbox': case 'textarea': case 'slider': case 'text':
      case 'cell': case 'columnheader':
        return role;
      case 'heading': return level >= 1 && level <= 6 ? 'h' + level : 'text';
      case 'group': return 'group-' + state;
      default: return '';
    }
  }

  var GROUP_TAGS = {banner: 'header', navigation: 'nav', main: 'main', region: 'section'};
  var GROUP_ROLES = {tablist: 'tablist', radiogroup: 'radiogroup', table: 'table', row: 'row', list: 'list',
                     listitem: 'listitem', alert: 'alert'};

  function create(kind, id) {
    var el;
    if (kind.indexOf('group-') === 0) {
      var group = kind.slice(6);
      el = document.createElement(GROUP_TAGS[group] || 'div');
      if (GROUP_ROLES[group]) el.setAttribute('role', GROUP_ROLES[group]);
    } else {
      switch (kind) {
        case 'checkbox': case 'radio': case 'slider': case 'textbox':
          el = document.createElement('input');
          el.type = kind === 'slider' ? 'range' : kind === 'textbox' ? 'text' : kind;
          if (kind === 'textbox') el.autocomplete = 'off';
          break;
        case 'textarea':
          el = document.createElement('textarea');
          break;
        case 'button': case 'tab':
          el = document.createElement('button');
          el.type = 'button';
          if (kind === 'tab') el.setAttribute('role', 'tab');
          break;
        case 'text':
          el = document.createElement('p');
          break;
        case 'img': case 'cell': case 'columnheader':
          el = document.createElement('div');
          el.setAttribute('role', kind);
          break;
        default:
          el = document.createElement(kind);  // h1..h6
      }
      el.style.cssText = LEAF_STYLE;
      if (kind === 'textbox' || kind === 'textarea') el.spellcheck = false;
    }
    el.setAttribute('data-ladder-id', id);
    el.ladderKind = kind;
    mirror.stats.creates++;
    mirror.stats.writes++;
    return el;
  }

  // Writes a value only when it differs from the last one written (kept on the node).
  function set(node, key, value, write) {
    if (node[key] === value) return;
    node[key] = value;
    write(value);
    mirror.stats.writes++;
  }

  function attribute(el, name) {
    return function (value) {
      if (value === null || value === false || value === '') el.removeAttribute(name);
      else el.setAttribute(name, value === true ? 'true' : value);
    };
  }

  function describe(node, text) {
    set(node, 'description', text, function (value) {
      if (!value) {
        node.el.removeAttribute('aria-describedby');
        return;
      }
      if (!node.descriptionEl) {
        node.descriptionEl = document.createElement('span');
        node.descriptionEl.id = 'ladder-description-' + (++mirror.descriptions);
        mirror.descriptionHost.appendChild(node.descriptionEl);
      }
      node.descriptionEl.textContent = value;
      node.el.setAttribute('aria-describedby', node.descriptionEl.id);
    });
  }

  function isText(el) {
    return !!el && (el.ladderKind === 'textbox' || el.ladderKind === 'textarea');
  }

  // Moves DOM focus for the app (not the user): the focusin that follows is not sent back.
  function focusQuietly(el) {
    mirror.programmatic = true;
    try {
      el.focus({preventScroll: true});
    } finally {
      mirror.programmatic = false;
    }
  }

  function updateLeaf(node, f, state, radioGroup) {
    var el = node.el, kind = node.kind;
    var label = f[LABEL];
    if (kind === 'button' || kind === 'tab' || kind === 'text' || kind === 'cell' || kind === 'columnheader' ||
        kind[0] === 'h') {
      set(node, 'label', label, function (v) { el.textContent = v; });
    } else {
      set(node, 'label', label, attribute(el, 'aria-label'));
    }
    describe(node, f[DESCRIPTION] || '');
    var words = kind === 'textbox' || kind === 'textarea' || kind === 'slider' ? [] : state.split(' ');
    var has = function (word) { return words.indexOf(word) >= 0; };
    if (kind === 'checkbox' || kind === 'radio') set(node, 'checked', has('checked'), function (v) { el.checked = v; });
    if (kind === 'radio') set(node, 'name', radioGroup, function (v) { el.name = v; });
    if (kind === 'tab') set(node, 'selected', has('selected'), function (v) { el.setAttribute('aria-selected', v ? 'true' : 'false'); });
    if (kind === 'button' || kind === 'tab' || kind === 'checkbox' || kind === 'radio') {
      set(node, 'disabled', has('disabled'), attribute(el, 'aria-disabled'));
      set(node, 'current', has('current') ? 'step' : '', attribute(el, 'aria-current'));
      set(node, 'expanded', has('expanded') ? 'true' : has('collapsed') ? 'false' : '', attribute(el, 'aria-expanded'));
    }
    if (kind === 'slider') {
      set(node, 'min', f[A], function (v) { el.min = v; });
      set(node, 'max', f[B], function (v) { el.max = v; });
      set(node, 'value', state, function (v) { el.value = v; });
    }
    if (kind === 'textbox' || kind === 'textarea') {
      // The element shows ImGui's text; while being edited, its selection too (not during an
      // IME composition, which the browser is drawing into the element).
      if (!mirror.composing) set(node, 'value', state, function (v) { el.value = v; });
      node.editing = f[FOCUSED] === '2';
      var selection = node.editing ? f[A] + ',' + f[B] : '';
      if (selection && !mirror.composing && document.activeElement === el &&
          (node.selection !== selection || el.selectionStart !== Number(f[A]) || el.selectionEnd !== Number(f[B]))) {
        node.selection = selection;
        el.setSelectionRange(Number(f[A]), Number(f[B]));
        mirror.stats.writes++;
      }
    }
    // Placed by a transform, not left and top: the browser does not count a transform's move
    // as a layout shift, and the first frames' layout settling is not one a person sees (the
    // elements are transparent).
    set(node, 'at', f[X] + ',' + f[Y], function () { el.style.transform = 'translate(' + f[X] + 'px,' + f[Y] + 'px)'; });
    set(node, 'w', f[W], function (v) { el.style.width = v + 'px'; });
    set(node, 'h', f[H], function (v) { el.style.height = v + 'px'; });
  }

  function update(text) {
    var stats = mirror.stats;
    stats.updates++;
    stats.bytes = text.length;
    var hadFocus = mirror.root.contains(document.activeElement);
    // Where each container's next child should be: elements already in place are skipped,
    // others moved (or inserted, when new) there.
    var stack = [{el: mirror.root, expected: mirror.root.firstChild, radioGroup: ''}];
    var seen = new Map();
    var focusTarget = null, focusId = '';
    var records = text.split(RECORD);
    for (var i = 0; i < records.length; ++i) {
      if (!records[i]) continue;
      var f = records[i].split(FIELD);
      var role = f[ROLE];
      if (role === 'end') {
        if (stack.length > 1) stack.pop();
        continue;
      }
      var kind = kindOf(role, f[STATE], Number(f[LEVEL]));
      if (!kind) continue;
      // A repeated id (the same text twice in one window) gets an element of its own.
      var n = (seen.get(f[ID]) || 0) + 1;
      seen.set(f[ID], n);
      var key = n === 1 ? f[ID] : f[ID] + FIELD + n;
      var node = mirror.nodes.get(key);
      if (node && node.kind !== kind) {
        node.el.remove();
        mirror.nodes.delete(key);
        stats.removes++;
        stats.writes++;
        node = undefined;
      }
      if (!node) {
        node = {kind: kind, el: create(kind, f[ID])};
        mirror.nodes.set(key, node);
      }
      node.used = true;
      var el = node.el;
      var parent = stack[stack.length - 1];
      if (el === parent.expected) {
        parent.expected = el.nextSibling;
      } else {
        var isNew = !el.parentNode;
        parent.el.insertBefore(el, parent.expected);
        if (!isNew) {
          stats.moves++;
          stats.writes++;
        }
      }
      if (role === 'group') {
        set(node, 'label', f[LABEL], attribute(el, 'aria-label'));
        stack.push({el: el, expected: el.firstChild, radioGroup: f[STATE] === 'radiogroup' ? 'ladder-' + f[ID] : parent.radioGroup});
        continue;
      }
      updateLeaf(node, f, f[STATE], parent.radioGroup);
      if (f[FOCUSED] !== '0' && f[FOCUSED] !== undefined) {
        focusTarget = el;
        focusId = key;
      }
    }
    mirror.nodes.forEach(function (node, key) {
      if (node.used) {
        node.used = false;
        return;
      }
      node.el.remove();
      if (node.descriptionEl) node.descriptionEl.remove();
      mirror.nodes.delete(key);
      stats.removes++;
      stats.writes++;
    });
    // ImGui's keyboard focus, in the DOM, when ImGui moved it (arrow keys, a click on the
    // canvas, a new screen), and only while the focus is the app's already (a page around an
    // embed keeps its focus). A move the user made in the DOM that ImGui has not caught up
    // with yet is left alone. When the focused element went away with its screen, focus stays
    // in the app: on the new focus, or the root.
    var moved = focusId !== mirror.lastFocusId;
    mirror.lastFocusId = focusId;
    // The user's move is done once ImGui reports it; ImGui moving its focus anywhere else
    // since (a new screen, its own keys) is a newer decision, which the DOM follows.
    // ImGui catching up with an earlier move of the user's (two fields focused one after the
    // other between frames) is not a decision of its own: the latest move still waits.
    var pending = mirror.pendingFocus;
    var own = moved && focusId && mirror.userMoves.indexOf(focusId) < 0;
    if (pending && (pending.key === focusId || own || ++pending.updates > 4)) mirror.pendingFocus = pending = null;
    if (!pending) mirror.userMoves = [];
    var active = document.activeElement;
    var inApp = mirror.root.contains(active);
    if (hadFocus && !inApp) {
      focusQuietly(focusTarget || mirror.root);
    } else if (inApp && !pending && focusTarget && active !== focusTarget) {
      focusQuietly(focusTarget);
    } else if (inApp && !pending && !focusTarget && active !== mirror.root) {
      // ImGui let go of its focus (Escape, the mouse wheel) while the DOM focus is still on a
      // widget: ImGui takes it back, without scrolling to it.
      var id = active.getAttribute('data-ladder-id');
      if (id && nodeOf(active)) {
        mirror.pendingFocus = {key: id, updates: 0};
        withString(id, function (ptr) { _ladder_focus(ptr, 0); });
      }
    }
  }

  function elementOf(target) {
    return target && target.closest ? target.closest('[data-ladder-id]') : null;
  }

  function nodeOf(el) {
    return el ? mirror.nodes.get(el.getAttribute('data-ladder-id')) : undefined;
  }

  // Text for a field that ImGui is editing goes to ImGui, which edits, and the next update shows
  // the outcome in the element.
  function sendText(text) {
    if (text) withString(text, _ladder_on_text);
  }

  // A field ImGui is not editing (the focus has only just arrived, or a script or assistive
  // technology set its value): the element is edited as any field is, and its new value is
  // the field's text.
  function sendValue(el, node) {
    node.value = el.value;
    var value = el.value;
    withString(el.getAttribute('data-ladder-id'), function (id) {
      withString(value, function (text) { _ladder_set_text(id, text); });
    });
  }

  function sendKeyPress(name) {
    var key = Module['ladderKeyCode'](name);
    _ladder_on_key(key, 1, 0);
    _ladder_on_key(key, 0, 0);
  }

  // Which keys ImGui gets, and which the browser keeps, for the focused element's kind.
  function route(el, e) {
    var kind = el === mirror.root || !el ? '' : el.ladderKind;
    var key = e.key;
    if (key === 'Tab') return {forward: false, prevent: false};
    var arrow = ARROWS.indexOf(key) >= 0;
    var activation = key === 'Enter' || key === ' ';
    switch (kind) {
      case 'button': case 'tab':
        // Enter and Space click the element (and so the widget); arrows move ImGui's focus.
        return {forward: !activation, prevent: arrow};
      case 'checkbox':
        return {forward: key !== ' ', prevent: arrow || key === 'Enter'};
      case 'radio':
        // The browser moves through a radio group with the arrows and chooses as it goes.
        return {forward: !arrow && key !== ' ', prevent: key === 'Enter'};
      case 'slider':
        return {forward: !arrow, prevent: false};
      case 'textbox': case 'textarea':
        if (!(nodeOf(el) || {}).editing) return {forward: false, prevent: false};  // the browser edits
        // Escape would undo every edit since the field was entered; Enter in a one-line field
        // would stop the editing while the field keeps the focus.
        if (key === 'Escape' || (key === 'Enter' && kind === 'textbox')) return {forward: false, prevent: false};
        // Characters arrive as text (beforeinput), not as keys: ImGui takes a key's press and
        // release one frame at a time, and text typed faster than frames must not wait on them.
        var modified = e.ctrlKey || e.metaKey || e.altKey;
        var shortcut = modified && ['a', 'z', 'y'].indexOf(key.toLowerCase()) >= 0;
        var editing = OWN_KEYS.indexOf(key) >= 0 && key !== ' ';
        return {forward: editing || modified, prevent: editing || shortcut};
      default:
        return {forward: true, prevent: OWN_KEYS.indexOf(key) >= 0};
    }
  }

  function install() {
    var root = document.createElement('div');
    root.id = 'ladder-mirror';
    // Takes the focus when the canvas is clicked outside any widget, so keys still reach the app.
    root.tabIndex = -1;
    root.style.cssText = 'position:fixed;left:0;top:0;width:100vw;height:100vh;overflow:clip;pointer-events:none;' +
                         'filter:opacity(0%);outline:none';
    var descriptionHost = document.createElement('div');
    descriptionHost.hidden = true;
    root.appendChild(descriptionHost);
    var canvas = Module['canvas'];
    canvas.insertAdjacentElement('afterend', root);
    // The canvas is a picture of the mirror: never a stop for Tab.
    canvas.removeAttribute('tabindex');
    mirror = {root: root, descriptionHost: descriptionHost, nodes: new Map(), descriptions: 0, programmatic: false,
              composing: false, forwarded: new Set(), pendingFocus: null, userMoves: [], lastFocusId: '',
              stats: {updates: 0, writes: 0, creates: 0, removes: 0, moves: 0, bytes: 0}};
    Module['ladderMirror'] = mirror;

    // A pointer press on the canvas puts the focus in the app (the root); the frame then moves
    // it to the widget pressed, if any. A finger's press is known only when it lifts or holds
    // (platform_web.cpp), which calls Module.ladderMirrorPress then.
    canvas.addEventListener('pointerdown', function (e) {
      if (e.pointerType !== 'touch') pressAt(e.clientX, e.clientY, false);
    });

    root.addEventListener('click', function (e) {
      var el = elementOf(e.target);
      if (!el || el.ladderKind === 'textbox' || el.ladderKind === 'textarea' || el.ladderKind === 'slider') return;
      // A checkbox or radio shows the app's state, not the browser's: the app decides, and the
      // next update writes the outcome.
      if (el.type === 'checkbox' || el.type === 'radio') e.preventDefault();
      withString(el.getAttribute('data-ladder-id'), _ladder_activate);
    });

    root.addEventListener('focusin', function (e) {
      if (!root.contains(e.relatedTarget)) _ladder_on_focus(1);
      if (mirror.programmatic) return;
      var el = elementOf(e.target);
      if (!el || el === root) return;
      var id = el.getAttribute('data-ladder-id');
      mirror.pendingFocus = {key: id, updates: 0};
      mirror.userMoves.push(id);
      // Until the next update says which field ImGui edits, none is: text put into this field
      // meanwhile (a script's or assistive technology's fill) is its new value, not keys for
      // a field ImGui was editing before the focus moved.
      mirror.nodes.forEach(function (node) { node.editing = false; });
      withString(id, function (ptr) { _ladder_focus(ptr, 1); });
    });
    root.addEventListener('focusout', function (e) {
      if (!e.relatedTarget || !root.contains(e.relatedTarget)) {
        // Focus may be moving to another element of ours (a screen change): look once it is over.
        Module['ladderTrack'](new Promise(function (done) {
          setTimeout(function () {
            if (!root.contains(document.activeElement)) _ladder_on_focus(0);
            done();
          }, 0);
        }));
      }
    });

    var onKey = function (down) {
      return function (e) {
        if (e.isComposing || e.keyCode === 229) return;
        var el = elementOf(e.target) || (e.target === root ? root : null);
        if (!el) return;
        var code = Module['ladderKeyCode'](e.key);
        if (down) {
          var r = route(el, e);
          if (r.prevent) e.preventDefault();
          if (!r.forward || !code) return;
          mirror.forwarded.add(e.key);
        } else {
          // A key goes up in ImGui only if it went down there.
          if (!mirror.forwarded.has(e.key)) return;
          mirror.forwarded.delete(e.key);
        }
        _ladder_on_key(code, down ? 1 : 0, Module['ladderModifiers'](e));
      };
    };
    root.addEventListener('keydown', onKey(true));
    root.addEventListener('keyup', onKey(false));

    // Text: typed characters go to ImGui instead of into the element; the next update shows
    // ImGui's result. Paste and cut are the browser's (nothing is prevented): the pasted text
    // goes to ImGui, and the element is put back to ImGui's text until ImGui has taken it.
    root.addEventListener('beforeinput', function (e) {
      if (!isText(e.target) || e.isComposing || !(nodeOf(e.target) || {}).editing) return;
      switch (e.inputType) {
        case 'insertText': case 'insertReplacementText':
          e.preventDefault();
          sendText(e.data || (e.dataTransfer ? e.dataTransfer.getData('text/plain') : ''));
          break;
        case 'insertLineBreak': case 'insertParagraph':
          e.preventDefault();
          if (e.target.ladderKind === 'textarea') sendKeyPress('Enter');
          break;
        case 'deleteContentBackward':
          e.preventDefault();
          sendKeyPress('Backspace');
          break;
        case 'deleteContentForward':
          e.preventDefault();
          sendKeyPress('Delete');
          break;
      }
    });
    root.addEventListener('paste', function (e) {
      if (isText(e.target) && (nodeOf(e.target) || {}).editing) sendText(e.clipboardData ? e.clipboardData.getData('text/plain') : '');
    });
    root.addEventListener('input', function (e) {
      var el = e.target;
      var node = nodeOf(elementOf(el));
      if (!node) return;
      if (el.ladderKind === 'slider') {
        var id = el.getAttribute('data-ladder-id');
        withString(id, function (ptr) { _ladder_set_value(ptr, Number(el.value)); });
        return;
      }
      if (!isText(el) || e.isComposing || el.value === node.value) return;
      if (!node.editing) {
        sendValue(el, node);
        return;
      }
      // Pasted or cut by the browser while ImGui edits: ImGui has the change (paste) or makes
      // it (cut); until the next update, the element shows the text as it was.
      el.value = node.value;
      node.selection = '';
    });
    // A selection made in the element (a script's select(), a screen reader's commands) is
    // ImGui's selection too; the ones the mirror set itself are not sent back.
    root.addEventListener('select', function (e) {
      var el = e.target, node = nodeOf(el);
      if (!isText(el) || !node || !node.editing) return;
      var selection = el.selectionStart + ',' + el.selectionEnd;
      if (selection === node.selection) return;
      node.selection = selection;
      var id = el.getAttribute('data-ladder-id');
      withString(id, function (ptr) { _ladder_set_selection(ptr, el.selectionStart, el.selectionEnd); });
    });
    root.addEventListener('compositionstart', function () { mirror.composing = true; });
    root.addEventListener('compositionend', function (e) {
      mirror.composing = false;
      var node = nodeOf(elementOf(e.target));
      if (!node || !isText(e.target)) return;
      if (!node.editing) {
        sendValue(e.target, node);
        return;
      }
      sendText(e.data);
      e.target.value = node.value;
      node.selection = '';
    });
  }

  // A press on the canvas at (x, y), client pixels. `tap` is a finger's tap, called inside the
  // pointerup, a user gesture: a tap on a text field focuses the field's element there and
  // then, as a phone opens its keyboard only for a focus made inside the gesture. The focus is
  // the user's (pending) but not sent to ImGui: the tap itself reaches the field a frame later
  // and starts the editing where the finger was, and until then the update leaves the focus here.
  function pressAt(x, y, tap) {
    var active = document.activeElement;
    var inside = function (el) {
      var r = el.getBoundingClientRect();
      return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    };
    if (tap) {
      var field = null;
      mirror.nodes.forEach(function (node, key) {
        if (!field && isText(node.el) && inside(node.el)) field = {el: node.el, key: key};
      });
      if (field) {
        if (active !== field.el) {
          mirror.pendingFocus = {key: field.key, updates: 0};
          focusQuietly(field.el);
        }
        return;
      }
    }
    if (active === mirror.root) return;
    // A press inside the field being edited moves the caret there: the field keeps the focus.
    if (isText(active) && inside(active)) return;
    focusQuietly(mirror.root);
  }

  Module['ladderMirrorPress'] = function (x, y, tap) {
    if (mirror) pressAt(x, y, tap);
  };

  Module['ladderMirrorUpdate'] = function (text) {
    if (!mirror) install();
    update(text);
  };
})();
