/*! CPOMS login help embed loader */
(() => {
  'use strict';
  const d = document, P = 'cpoms-help', MARK = 'data-' + P, TITLE = 'CPOMS login help';
  const warn = (m) => console.warn(`[${P}] ${m}`);
  const oneOf = (words) => (v) => words.split(' ').includes(v) && v;
  // As machines/school.ts: https, no user-info or port, host cpoms.net or *.cpoms.net.
  const school = (v, u = new URL(v), h = u.hostname) => u.protocol == 'https:' && !u.username && !u.password &&
    !u.port && /^([a-z0-9-]+\.)*cpoms\.net$/.test(h) && 'https://' + h + u.pathname.replace(/^\/$/, '');
  // CSSOM styles pass a strict style-src and leak nothing; all:initial keeps host rules off.
  const el = (tag, css, attrs) => {
    const e = d.createElement(tag);
    e.style.cssText = 'all:initial;display:block;' + css;
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    return e;
  };
  const button = (text, css, attrs) => {
    const b = el('button', 'min-width:44px;min-height:44px;padding:.6rem 1rem;background:#1d4ed8;color:#fff;' +
      'border:2px solid;border-radius:6px;cursor:pointer;font:600 1rem/1.25 system-ui,sans-serif;' + css, attrs);
    b.type = 'button';
    b.textContent = text;
    // No :focus inline. Yellow ring and black halo: visible on any background (the outline in forced colours too).
    b.onfocus = b.onblur = (e, f = e.type == 'focus') =>
      Object.assign(b.style, { outline: f ? '3px solid #fd0' : 'none', boxShadow: f ? '0 0 0 6px #000' : 'none' });
    return b;
  };
  const run = (s, id) => {
    const opt = (name, ok, v = s.getAttribute('data-' + name)) => {
      if (v === null) return;
      try { if (ok(v)) return ok(v); } catch (_) { /* invalid */ }
      warn(`data-${name}="${v}" ignored`);
    };
    const origin = new URL(s.src).origin, q = new URLSearchParams();
    const launcher = opt('mode', oneOf('inline launcher')) == 'launcher';
    const start = opt('start', oneOf('reset-password reset-for-someone-else not-receiving-email email-does-not-exist ' +
      'link-expired wrong-password clear-saved-password password-expiry contact-support'));
    const url = opt('school-url', school), sso = opt('sso', oneOf('yes no'));
    url && q.set('school', url);
    sso && q.set('sso', sso);
    const src = origin + '/embed' + (start ? '/start/' + start : '') + (url || sso ? '?' + q : '');
    let target = s.getAttribute('data-target'), frame, box, close;
    launcher && target !== null && warn('data-target ignored in launcher mode');
    // No sandbox: the wizard needs scripts and its own origin, which together would undo it anyway.
    const makeFrame = () => frame = el('iframe', 'width:100%;height:480px;border:0', {
      title: TITLE, loading: 'lazy', referrerpolicy: 'strict-origin-when-cross-origin', allow: 'clipboard-write', src,
    });
    addEventListener('message', (e) => {
      try {
        const w = frame && frame.contentWindow, m = e.data, type = m.type, h = m.height, path = m.path;
        if (!w || e.source !== w || e.origin !== origin) return;
        if (type == P + ':resize' && typeof h == 'number' && isFinite(h)) frame.style.height = Math.min(4e3, Math.max(200, h)) + 'px';
        // It bubbles, so a listener on document hears it once too.
        if (type == P + ':step' && typeof path == 'string' && path.length < 201 && path.startsWith('/embed')) {
          box.dispatchEvent(new CustomEvent(P + ':step', { detail: { path }, bubbles: true }));
        }
        if (type == P + ':close' && close) close();
      } catch (_) { /* never disturb the host page */ }
    });
    const mount = () => {
      try {
        if (!launcher) {
          if (target !== null) {
            try { target = d.querySelector(target); } catch (_) { target = null; }
            target || warn('data-target ignored: no element matches');
          }
          box = el('div', '');
          box.append(makeFrame());
          return target ? target.append(box) : s.after(box);
        }
        // Nothing moves, so prefers-reduced-motion holds. The iframe waits for the first open.
        const fixed = 'position:fixed;right:1rem;z-index:2147483647;';
        const open = button('Login help', fixed + 'bottom:1rem', { 'aria-expanded': false, 'aria-controls': id });
        const shut = button('Close', 'align-self:flex-end;margin:.5rem', { 'aria-label': 'Close login help' });
        const body = el('div', 'flex:1;min-height:0;overflow:auto');
        box = el('div', fixed + 'display:none;flex-direction:column;bottom:4.75rem;width:min(400px,calc(100vw - 2rem));' +
          'max-height:calc(100vh - 6rem);background:#fff;box-shadow:0 4px 24px #0008', { id, role: 'dialog', 'aria-label': TITLE });
        box.append(shut, body);
        const isOpen = () => box.style.display != 'none';
        const set = (o) => {
          box.style.display = o ? 'flex' : 'none';
          open.setAttribute('aria-expanded', o);
          (o ? shut : open).focus();
        };
        close = () => set(false);
        open.onclick = () => set(!isOpen(frame || body.append(makeFrame())));
        shut.onclick = close;
        d.addEventListener('keydown', (e) => isOpen() && e.key == 'Escape' && close());
        d.body.append(open, box);
      } catch (e) { warn(e); }
    };
    d.readyState == 'loading' ? d.addEventListener('DOMContentLoaded', mount) : mount();
  };
  try {
    const s = d.currentScript || [...d.querySelectorAll(`script[src*="embed.js"]:not([${MARK}])`)].pop();
    if (s && !s.hasAttribute(MARK)) {
      s.setAttribute(MARK, '');
      run(s, P + '-' + d.querySelectorAll(`[${MARK}]`).length);
    }
  } catch (e) { warn(e); }
})();
