// Kandidaat's DOM mirror of the canvas app (issue 13). The app (frontend/semantics.cpp) hands over its semantics
// tree — role, name, state and rectangle of each visible widget — whenever it changed; this script keeps a matching
// tree of ARIA nodes positioned over the canvas, touching only the nodes that changed. The nodes are invisible
// (transparent text, no pointer events), except:
// - the login's e-mail and password fields are real <input>s (password managers fill them, the browser offers to
//   save the password); their values flow into the app;
// - read-only texts marked copyable (names, e-mail addresses, message bodies) take the mouse: they can be selected,
//   copied, and right-clicked for the browser's menu. Mouse and wheel events on them are passed on to the canvas.
// Focus goes both ways: focusing a node moves the app's focus there, the app's keyboard focus moves the DOM focus;
// a click on a node (a screen reader's activation) activates the widget. Toasts are read out by a live region.
window.KandidaatA11y = (function () {
  'use strict';
  const root = document.getElementById('a11y-root');
  // The mirror's nodes (all but the login's real inputs and the live region) are under one layer (index.html).
  const nodesRoot = document.getElementById('a11y-nodes');
  const live = document.getElementById('a11y-live');
  const sink = document.getElementById('text-sink');
  const canvas = document.getElementById('canvas');
  const nodes = new Map();  // id -> {el, n}: the DOM node and the record it shows
  let focusId = 0;
  let typingId = 0;
  let syncingFocus = false;  // a focus move made by this script, not to be reported back
  let enabled = !/[?&]mirror=off\b/.test(location.search);
  let form = null;
  let pendingFocus = null;  // an element to focus once the update has placed it in the page

  function call(name, types, args) {
    if (window.Module && Module.calledRun) Module.ccall(name, null, types, args);
  }

  const STATE = { checked: 1, selected: 2, disabled: 4, expanded: 8, invalid: 16, mixed: 32, copyable: 64,
                  hasExpanded: 128, modal: 256, hasSelected: 512, nameNotShown: 1024,
                  inScroller: 2048, hasScroller: 4096 };
  const CONTROLS = new Set(['button', 'link', 'checkbox', 'radio', 'textbox', 'combobox', 'option', 'tab']);

  // The login form: real inputs a password manager recognises.
  function loginForm() {
    if (form) return form;
    form = document.createElement('form');
    form.className = 'a11y-form';
    form.setAttribute('autocomplete', 'on');
    form.addEventListener('submit', (e) => { e.preventDefault(); submit(); });
    root.appendChild(form);
    return form;
  }
  function submit() {
    for (const input of form ? form.querySelectorAll('input') : [])
      call('kandidaat_semantics_native', ['string', 'string'], [input.dataset.kind, input.value]);
    call('kandidaat_semantics_submit', [], []);
  }

  function nativeInput(n) {
    const input = document.createElement('input');
    const password = n.k === 'password';
    input.type = password ? 'password' : 'email';
    input.name = password ? 'password' : 'username';
    input.id = 'login-' + input.name;
    input.autocomplete = password ? 'current-password' : 'username';
    input.dataset.kind = n.k;
    input.className = 'native';
    input.spellcheck = false;
    input.addEventListener('input', () => call('kandidaat_semantics_native', ['string', 'string'], [n.k, input.value]));
    loginForm().appendChild(input);
    // The login page opens with the caret in the e-mail field, as the app's own field had it, holding what was
    // typed while the app loaded (the text sink's queue, index.html).
    if (!password && (document.activeElement === sink || document.activeElement === document.body)) {
      const typed = window.kandidaatText;
      if (typed && typed.queue && !typed.composing) {
        input.value = typed.queue;
        typed.queue = '';
        call('kandidaat_semantics_native', ['string', 'string'], [n.k, input.value]);
      }
      pendingFocus = input;
    }
    return input;
  }

  function create(n) {
    if (n.r === 'live') return live;
    if (n.k) return nativeInput(n);
    const el = document.createElement('div');
    if (CONTROLS.has(n.r)) {
      el.tabIndex = -1;
      el.addEventListener('click', () => call('kandidaat_semantics_activate', ['number'], [el.a11yId]));
    }
    return el;
  }

  // Writes a node's role, name, state and place onto its element (x and y come in the parent's coordinates).
  // `was` is the record the element shows now (a node that moved, or a gone row's text lent to a new row): when
  // only its place, size or words differ, only those are written. Returns whether everything was written.
  function apply(el, n, was) {
    if (was && !n.k && !was.k && n.r !== 'live' && n.r !== 'columnheader' && was.r === n.r && was.s === n.s &&
        was.l === n.l && was.e === n.e && was.rc === n.rc && was.ri === n.ri) {
      if (was.x !== n.x) el.style.left = n.x + 'px';
      if (was.y !== n.y) el.style.top = n.y + 'px';
      if (was.w !== n.w) el.style.width = n.w + 'px';
      if (was.h !== n.h) { el.style.height = n.h + 'px'; setClass(el, n); }
      if (was.n !== n.n || was.v !== n.v) setWords(el, n);
      return false;
    }
    el.style.left = n.x + 'px';
    el.style.top = n.y + 'px';
    el.style.width = n.w + 'px';
    el.style.height = n.h + 'px';
    if (n.k) {
      el.setAttribute('aria-label', n.n || '');
      el.disabled = !!(n.s & STATE.disabled);
      if (document.activeElement !== el && el !== pendingFocus) {
        if (n.k === 'username' && el.value !== (n.v || '')) el.value = n.v || '';
        if (n.k === 'password' && !n.v && el.value) el.value = '';
      }
      return;
    }
    if (n.r === 'live') return;
    const set = (name, value) => setAttr(el, name, value);
    set('role', n.r === 'text' ? null : n.r);
    const s = n.s;
    setWords(el, n);
    if (n.r === 'columnheader' && n.n && !el.querySelector('.a11y-colname')) {
      const name = document.createElement('span');
      name.className = 'a11y-colname';
      name.textContent = n.n;
      el.prepend(name);
      set('aria-label', null);
    }
    set('aria-level', n.r === 'heading' ? (n.l || 2) : null);
    set('aria-checked', n.r === 'checkbox' ? ((s & STATE.mixed) ? 'mixed' : String(!!(s & STATE.checked)))
                        : n.r === 'radio' ? String(!!(s & STATE.checked)) : null);
    set('aria-selected', (s & STATE.hasSelected) && n.r !== 'radio' ? String(!!(s & STATE.selected)) : null);
    set('aria-expanded', (s & STATE.hasExpanded) ? String(!!(s & STATE.expanded)) : null);
    set('aria-haspopup', n.r === 'combobox' ? 'listbox' : null);
    set('aria-disabled', (s & STATE.disabled) ? 'true' : null);
    set('aria-invalid', (s & STATE.invalid) ? 'true' : null);
    set('aria-errormessage', (s & STATE.invalid) && n.e ? 'a11y-' + n.e : null);
    set('aria-describedby', (s & STATE.invalid) && n.e ? 'a11y-' + n.e : null);
    set('aria-modal', n.r === 'dialog' && (s & STATE.modal) ? 'true' : null);
    set('aria-rowcount', n.rc || null);
    set('aria-rowindex', n.ri || null);
    setClass(el, n);
    return true;
  }
  function setAttr(el, name, value) {
    if (value === null || value === undefined) el.removeAttribute(name);
    else if (el.getAttribute(name) !== String(value)) el.setAttribute(name, String(value));
  }
  // Name: from the text content where the role allows it (so Ctrl+F finds it); fields and lists by aria-label.
  // A name the widget does not show itself (a label beside it, an icon's) is no text of the page: Ctrl+F must find
  // the words where they are drawn, once.
  function setWords(el, n) {
    const labelled = n.r === 'textbox' || n.r === 'combobox' || n.r === 'grid' || n.r === 'dialog' ||
                     n.r === 'listbox' || n.r === 'tablist' || n.r === 'columnheader' || !!(n.s & STATE.nameNotShown);
    const text = n.r === 'combobox' ? (n.v || '') : (labelled && n.r !== 'columnheader' ? '' : (n.n || ''));
    const isContainer = n.r === 'grid' || n.r === 'row' || n.r === 'gridcell' || n.r === 'columnheader' ||
                        n.r === 'dialog' || n.r === 'listbox' || n.r === 'tablist';
    if (!isContainer && el.firstChild?.nodeType !== 3) el.textContent = text;
    else if (!isContainer && el.firstChild.data !== text) el.firstChild.data = text;
    setAttr(el, 'aria-label', labelled && n.n ? n.n : null);
  }
  function setClass(el, n) {
    let c = (n.s & STATE.copyable) ? 'copy' : '';
    if (n.h > 26 && (n.r === 'text' || n.r === 'heading') && n.l !== 1) c += ' wrap';
    if (n.r === 'heading') c += n.l === 1 ? ' h1' : ' h2';
    c = c.trim();
    if (el.className !== c) el.className = c;
  }

  // A line of text's DOM letters are stretched to the width the canvas draws them at (the two fonts' metrics
  // differ by a few per cent), so a selection or a find match covers exactly the drawn text. The DOM width of a
  // text is the sum of its letters' advances (the mirror sets no kerning and no ligatures, as ImGui draws), each
  // letter measured once per font with a 2D canvas context: a flush reads nothing of the page's layout, the browser
  // lays the mirror out once, in its own rendering step.
  const FITTED = new Set(['text', 'heading', 'link']);
  const FONTS = { text: '16px "DejaVu Sans", sans-serif', h1: 'bold 24px "DejaVu Sans", sans-serif',
                  h2: 'bold 16px "DejaVu Sans", sans-serif' };
  const measurer = document.createElement('canvas').getContext('2d');
  const advances = new Map();  // font -> Map(letter -> advance in CSS pixels)
  function textWidth(font, text) {
    let table = advances.get(font);
    if (!table) advances.set(font, table = new Map());
    let w = 0;
    for (const ch of text) {
      let a = table.get(ch);
      if (a === undefined) {
        if (measurer.font !== font) measurer.font = font;
        a = measurer.measureText(ch).width;
        table.set(ch, a);
      }
      w += a;
    }
    return Math.max(1, w);
  }
  function fit(el, n) {
    const font = n.r === 'heading' ? (n.l === 1 ? FONTS.h1 : FONTS.h2) : FONTS.text;
    const natural = textWidth(font, n.n || '');
    el.style.width = natural + 'px';
    el.style.transform = `scaleX(${n.w / natural})`;  // (transform-origin 0 0: index.html)
  }

  // A grid whose body scrolls (a long list) holds its body rows in a clip element (below the header rows, the
  // grid's width) around a content element moved by the scroll: the rows are placed in content coordinates and
  // stay where they are while the list scrolls; only the content element's offset changes.
  function body(gridEl) {
    let clip = gridEl.a11yClip;
    if (!clip) {
      clip = gridEl.a11yClip = document.createElement('div');
      const content = clip.a11yContent = document.createElement('div');
      content.style.overflow = 'visible';
      content.style.left = content.style.top = '0px';
      clip.style.left = '0px';
      clip.appendChild(content);
      gridEl.appendChild(clip);
    }
    return clip.a11yContent;
  }
  function setBody(el, n, was) {
    if (!(n.s & STATE.hasScroller)) {
      if (el.a11yClip) { el.a11yClip.remove(); el.a11yClip = null; }
      return;
    }
    const fresh = !el.a11yClip || !was || !(was.s & STATE.hasScroller);
    const content = body(el), clip = el.a11yClip;
    if (fresh || was.st !== n.st) clip.style.top = n.st + 'px';
    if (fresh || was.sh !== n.sh) clip.style.height = n.sh + 'px';
    if (fresh || was.w !== n.w) clip.style.width = n.w + 'px';
    if (fresh || was.so !== n.so) content.style.transform = `translateY(${-n.so}px)`;
  }

  // The app hands over a tree whenever it changed (at most every 100 ms while it changes frame after frame; while
  // the wheel turns a list, once a second and when the list rests), inside its frame: that is when update() reads
  // it. A node it sent before and that is unchanged comes as its id alone.
  // The DOM is written (flush) right after the app's frame has returned, in a microtask of the same animation
  // frame: the app's frame never waits for the DOM, and the browser lays the mirror out in that frame's own
  // rendering step. (An animation-frame callback would run before the next app frame, which then paid for the
  // layout: the app reads the canvas's size at each frame's start.)
  let updates = 0;        // trees received: a frame where nothing changed sends none
  let latest = null;      // the last tree not yet written to the DOM: {lang, focus, typing, order: [id]}
  const changed = new Map();  // id -> the node's record, changed since the last flush
  let flushScheduled = false;
  const work = { seen: new Set(), lastChild: new Map(), spare: new Map(), gone: new Set(), dirty: new Set() };
  const cost = { flushes: 0, ms: 0 };  // the DOM writes' time, for the benchmark (bench/app_bench.mjs)
  const received = { records: 0, kept: 0 };  // nodes received whole, and as an id alone (unchanged)
  function update(json) {
    if (!enabled) return;
    ++updates;
    const tree = JSON.parse(json);
    const order = new Array(tree.nodes.length);
    for (let k = 0; k < tree.nodes.length; ++k) {
      const n = tree.nodes[k];
      if (typeof n === 'number') { order[k] = n; ++received.kept; continue; }
      order[k] = n.i;
      ++received.records;
      changed.set(n.i, n);
    }
    latest = { lang: tree.lang, focus: tree.focus, typing: tree.typing, order };
    if (!flushScheduled) {
      flushScheduled = true;
      queueMicrotask(flush);
    }
  }

  function flush() {
    flushScheduled = false;
    if (!latest || !enabled) return;
    const t0 = performance.now();
    const tree = latest;
    latest = null;
    if (tree.lang && document.documentElement.lang !== tree.lang) document.documentElement.lang = tree.lang;
    // (The flush's working sets live across flushes, emptied each time: a flush makes little garbage.)
    const { seen, lastChild, spare, gone, dirty } = work;
    seen.clear(); lastChild.clear(); gone.clear(); dirty.clear();
    for (const pool of spare.values()) pool.length = 0;
    for (const id of tree.order) seen.add(id);
    const lists = [], combos = [];  // list boxes and combo boxes (aria-controls)
    // The nodes gone from the tree (rows scrolled out) lend their elements to the nodes that came (rows scrolled
    // in): a gone row's element becomes a new row's, and its cells and texts, still inside it, become the new
    // row's cells and texts where roles match. The page then changes a few texts and attributes, not its shape.
    const active = document.activeElement;
    for (const [id, rec] of nodes) {
      if (seen.has(id)) continue;
      nodes.delete(id);
      dirty.add(rec.n.p || 0);
      if (rec.el === live || rec.n.k) { if (rec.el !== live) rec.el.remove(); continue; }
      gone.add(rec.el);
      if (active === rec.el || rec.n.r === 'columnheader') continue;
      if (!rec.n.p || seen.has(rec.n.p)) {
        if (!spare.has(rec.n.r)) spare.set(rec.n.r, []);
        spare.get(rec.n.r).push(rec);
      }
    }
    for (const [id, n] of changed) if (!nodes.has(id) || nodes.get(id).n.p !== n.p) dirty.add(n.p);
    for (const id of tree.order) {
      const fresh = changed.get(id);
      let rec = nodes.get(id);
      const n = fresh || rec?.n;
      if (!n) continue;  // (never: an id alone is a node this page holds)
      if (n.r === 'listbox') lists.push(n);
      else if (n.r === 'combobox') combos.push(n);
      if (rec && fresh && (!!n.k) !== (rec.el.tagName === 'INPUT')) {
        if (rec.el !== live) rec.el.remove();
        rec = null;
      }
      // The order of a parent's children is checked only where a child came, went or changed parent.
      const placing = !rec || dirty.has(n.p) || (fresh && rec.n.p !== n.p);
      let parentEl = null, before = null;
      if (placing) {
        const parentRec = n.p ? nodes.get(n.p) : null;
        parentEl = parentRec ? ((n.s & STATE.inScroller) ? body(parentRec.el) : parentRec.el) : nodesRoot;
        before = lastChild.has(parentEl) ? lastChild.get(parentEl).nextSibling : parentEl.firstChild;
      }
      if (!rec) {
        let el = null;
        if (!n.k && n.r !== 'live' && n.r !== 'columnheader') {
          if (before && gone.has(before) && before.a11yRole === n.r && before !== active) {
            el = before;  // a gone node's element right where this one goes (inside a reused row)
          } else {
            while (before && gone.has(before)) before = before.nextSibling;
            const pool = spare.get(n.r);
            while (pool && pool.length && !el) {
              const candidate = pool.pop().el;
              if (gone.has(candidate)) el = candidate;
            }
          }
        }
        if (el) {
          gone.delete(el);
          if (CONTROLS.has(n.r) && el.tabIndex !== -1) el.tabIndex = -1;
        } else {
          el = create(n);
        }
        if (el !== live && !n.k) {
          // The id (a target of aria-errormessage, aria-controls) for nodes outside a scrolled list's body: the
          // body's rows come and go by the dozen, and none is referred to.
          const parentRec = n.p ? nodes.get(n.p) : null;
          el.a11yInBody = !!(n.s & STATE.inScroller) || !!parentRec?.el.a11yInBody;
          if (!el.a11yInBody) el.id = 'a11y-' + id;
          else if (el.id) el.removeAttribute('id');
          el.a11yRole = n.r;
        }
        el.a11yId = id;
        rec = { el, n: null };
        nodes.set(id, rec);
      }
      if (fresh || !rec.n) {
        const el = rec.el, was = el.a11yN;
        const all = apply(el, n, was);
        if (all || !was || was.n !== n.n || was.w !== n.w || was.h !== n.h) {
          if (FITTED.has(n.r) && !el.classList.contains('wrap')) fit(el, n);
          else if (el.style.transform) el.style.transform = '';
        }
        if (n.r === 'grid' || el.a11yClip) setBody(el, n, was);
        el.a11yN = n;
        rec.n = n;
      }
      if (rec.el === live || n.k || !placing) continue;
      // Keep the drawing order: each element right after the sibling placed before it (gone elements, which
      // leave at the end, do not count: a kept row stays where it is).
      if (before !== rec.el) while (before && gone.has(before)) before = before.nextSibling;
      if (rec.el.parentNode !== parentEl || (before !== rec.el)) parentEl.insertBefore(rec.el, before);
      lastChild.set(parentEl, rec.el);
    }
    changed.clear();
    // What no new node took leaves the page (the top of each such subtree; its children go with it).
    for (const el of gone) if (!gone.has(el.parentNode)) el.remove();
    gone.clear();
    for (const pool of spare.values()) pool.length = 0;
    if (form && !form.firstChild) { form.remove(); form = null; }
    // An open combo box controls the list box it opened (ARIA 1.2).
    let list = null;
    if (lists.length) list = lists[0];
    for (const n of combos) {
      const el = nodes.get(n.i).el;
      const controls = list && (n.s & STATE.expanded) ? 'a11y-' + list.i : null;
      if (el.getAttribute('aria-controls') !== controls) {
        if (controls) el.setAttribute('aria-controls', controls);
        else el.removeAttribute('aria-controls');
      }
    }
    syncFocus(tree.focus, tree.typing);
    if (pendingFocus) {
      if (pendingFocus.isConnected) pendingFocus.focus({ preventScroll: true });
      pendingFocus = null;
    }
    cost.flushes++;
    cost.ms += performance.now() - t0;
  }

  // The app's keyboard focus moves the DOM focus: to the node of the focused control, to the login's real input,
  // or, while a text field is typed in, to the page's text sink (it carries the field's name for screen readers).
  function syncFocus(focus, typing) {
    const was = { focus: focusId, typing: typingId };
    focusId = focus;
    typingId = typing;
    const typed = typing ? nodes.get(typing)?.n : null;
    if (sink) {
      const label = typed && !typed.k ? (typed.n || '') : 'Kandidaat';
      if (sink.getAttribute('aria-label') !== label) sink.setAttribute('aria-label', label);
    }
    let target = null;
    if (typed) target = typed.k ? nodes.get(typing)?.el : sink;
    else if (focus && (focus !== was.focus || typing !== was.typing)) target = nodes.get(focus)?.el;
    else if (!focus && was.focus && root.contains(document.activeElement)) target = sink;  // the mouse took over
    if (!target || document.activeElement === target) return;
    for (const rec of nodes.values()) if (rec.el.tabIndex === 0 && rec.el !== target && !rec.n?.k) rec.el.tabIndex = -1;
    if (target !== sink && !target.matches('input')) target.tabIndex = 0;
    syncingFocus = true;
    target.focus({ preventScroll: true });
    syncingFocus = false;
  }

  function idOf(el) {
    return (el.a11yId && nodes.get(el.a11yId)?.el === el) ? el.a11yId : 0;
  }

  // A node focused by a screen reader, a script or the user: the app's focus follows.
  root.addEventListener('focusin', (e) => {
    if (syncingFocus) return;
    const id = idOf(e.target);
    if (id && id !== focusId) call('kandidaat_semantics_focus', ['number'], [id]);
  });

  // Keys typed in the real inputs are theirs: the app must not also see them (its own fields would type too).
  // Tab goes to the app, which moves its focus and with it the DOM focus.
  for (const type of ['keydown', 'keypress', 'keyup']) {
    window.addEventListener(type, (e) => {
      if (!(e.target instanceof HTMLInputElement) || !e.target.classList.contains('native') || e.key === 'Tab') return;
      e.stopImmediatePropagation();  // (this listener runs before the app's: both listen on the window, capturing)
      if (type === 'keydown' && e.key === 'Enter') { e.preventDefault(); submit(); }
    }, true);
  }

  // Texts that take the mouse (for selecting) pass its events on to the canvas, so the app still sees the
  // pointer, clicks and the wheel there; the browser does the selecting and the right-click menu.
  function forward(e) {
    if (!(e.target instanceof Element) || !e.target.classList.contains('copy')) return;
    const init = { bubbles: true, cancelable: true, clientX: e.clientX, clientY: e.clientY, screenX: e.screenX,
                   screenY: e.screenY, button: e.button, buttons: e.buttons, ctrlKey: e.ctrlKey, shiftKey: e.shiftKey,
                   altKey: e.altKey, metaKey: e.metaKey };
    if (e.type === 'wheel') {
      e.preventDefault();
      canvas.dispatchEvent(new WheelEvent('wheel', { ...init, deltaX: e.deltaX, deltaY: e.deltaY, deltaMode: e.deltaMode }));
      return;
    }
    if (e.type === 'mousedown' && e.button === 0) {
      // The selection is the page's: the text sink gives up the focus so Ctrl+C copies it.
      if (document.activeElement === sink) sink.blur();
    }
    if (e.button === 2) return;  // right-click: the browser's menu, not the app's
    canvas.dispatchEvent(new MouseEvent(e.type, init));
  }
  for (const type of ['mousedown', 'mouseup', 'mousemove']) root.addEventListener(type, forward);
  root.addEventListener('wheel', forward, { passive: false });
  // A press on the canvas ends a text selection made in the mirror.
  canvas.addEventListener('mousedown', (e) => {
    if (e.isTrusted && window.getSelection && !window.getSelection().isCollapsed) window.getSelection().removeAllRanges();
  });

  function setEnabled(on) {
    enabled = on;
    call('kandidaat_semantics_enable', ['number'], [on ? 1 : 0]);
    if (!on) {
      for (const rec of nodes.values()) if (rec.el !== live) rec.el.remove();
      nodes.clear();
      changed.clear();
      latest = null;
    }
  }

  return {
    update: update,
    // The runtime is up: the mirror starts (or, with ?mirror=off in the address, stays off: the benchmark's
    // "without" run).
    start: function () { setEnabled(enabled); },
    setEnabled: setEnabled,
    updates: () => updates,
    received: () => ({ ...received }),
    // The DOM writes since the last call: how many flushes and their time in ms (bench/app_bench.mjs).
    takeCost: () => { const c = { ...cost }; cost.flushes = 0; cost.ms = 0; return c; },
  };
})();
