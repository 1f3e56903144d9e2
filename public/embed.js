/*! CPOMS login help loader: <script src="https://HOST/embed.js" async data-school-url="https://x.cpoms.net"
data-sso="yes|no" data-mode="inline|launcher" data-start="<scenario>" data-target="<selector>"></script> */
(() => {
  'use strict';
  const d = document, P = 'cpoms-help', MARK = 'data-' + P, TITLE = 'CPOMS login help';
  const warn = (m) => console.warn(`[${P}] ${m}`);
  const oneOf = (words) => (v) => words.split(' ').includes(v) && v;
  // As the server's parseSchoolUrl (machines/school.ts), which checks again.
  const school = (v, u = new URL(v), h = u.hostname) => v.length < 301 && /^https:\/\/[^\s\\]+$/i.test(v) &&
    !u.username && !u.password && !u.port && /^([a-z0-9-]+\.)*cpoms\.net$/.test(h) && 'https://' + h + u.pathname.replace(/^\/$/, '');
  // Styles via the CSSOM (fine under a strict style-src, nothing leaks out); all:initial keeps host rules off.
  const el = (tag, css, attrs = {}) => {
    const e = d.createElement(tag);
    e.style.cssText = 'all:initial;display:block;' + css;
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    return e;
  };

  try {
    const s = d.currentScript || [...d.querySelectorAll(`script[src*="embed.js"]:not([${MARK}])`)].pop();
    if (!s || s.hasAttribute(MARK)) return;
    s.setAttribute(MARK, '');
    const attr = (name) => s.getAttribute('data-' + name);
    // An invalid option is ignored, with one warning naming it.
    const opt = (name, check, v = attr(name)) => {
      if (v === null) return;
      try { if (check(v)) return check(v); } catch (_) { /* invalid */ }
      warn(`data-${name}=${JSON.stringify(v)} ignored`);
    };
    const origin = new URL(s.src).origin;
    const launcher = opt('mode', oneOf('inline launcher')) == 'launcher';
    const start = opt('start', oneOf('reset-password reset-for-someone-else not-receiving-email email-does-not-exist ' +
      'link-expired wrong-password clear-saved-password password-expiry contact-support'));
    const q = new URLSearchParams();
    const url = opt('school-url', school);
    const sso = opt('sso', oneOf('yes no'));
    url && q.set('school', url);
    sso && q.set('sso', sso);
    const src = origin + '/embed' + (start ? '/start/' + start : '') + (url || sso ? '?' + q : '');
    let target = attr('target');
    if (launcher && target !== null) warn('data-target ignored in launcher mode');

    let frame, box, close;
    // No sandbox: the wizard needs scripts and its own origin, which together would undo it anyway.
    const makeFrame = () => (frame = el('iframe', 'width:100%;height:480px;border:0', {
      title: TITLE, loading: 'lazy', referrerpolicy: 'strict-origin-when-cross-origin', allow: 'clipboard-write', src,
    }));

    addEventListener('message', (e) => {
      try {
        const w = frame && frame.contentWindow, m = e.data;
        if (!w || e.source !== w || e.origin !== origin || !m) return;
        const { type, height: h, path } = m;
        if (type == P + ':resize' && typeof h == 'number' && isFinite(h)) frame.style.height = Math.min(4e3, Math.max(200, h)) + 'px';
        // Once, on the widget's element: it bubbles, so a listener on document hears it once too.
        if (type == P + ':step' && typeof path == 'string' && path.length < 201 && path.startsWith('/embed')) {
          box.dispatchEvent(new CustomEvent(P + ':step', { detail: { path }, bubbles: true }));
        }
        if (type == P + ':close' && close) close();
      } catch (_) { /* never disturb the host page */ }
    });

    const inline = () => {
      if (target !== null) {
        try { target = d.querySelector(target); } catch (_) { target = null; }
        target || warn('data-target ignored: no element matches');
      }
      box = el('div', '', { [MARK + '-widget']: 'inline' });
      box.append(makeFrame());
      target ? target.append(box) : d.body.contains(s) ? s.after(box) : d.body.append(box);
    };

    // Nothing animates, so prefers-reduced-motion holds as it stands.
    const button = (text, css, attrs) => {
      const b = el('button', 'min-width:44px;min-height:44px;padding:.6rem 1rem;background:#1d4ed8;color:#fff;' +
        'border:2px solid #fff;border-radius:6px;cursor:pointer;font:600 1rem/1.25 system-ui,sans-serif;' + css, attrs);
      const shadow = b.style.boxShadow;
      b.type = 'button';
      b.textContent = text;
      // No :focus in inline styles; yellow on black shows on any background.
      b.onfocus = () => { b.style.outline = '3px solid #fd0'; b.style.boxShadow = '0 0 0 6px #0b0c0c'; };
      b.onblur = () => { b.style.outline = 'none'; b.style.boxShadow = shadow; };
      return b;
    };
    const launch = () => {
      const id = P + '-' + Math.random().toString(36).slice(2);
      const fixed = 'position:fixed;right:1rem;z-index:2147483647;';
      const open = button('Login help', fixed + 'bottom:1rem;box-shadow:0 2px 8px #0006',
        { 'aria-expanded': false, 'aria-controls': id, [MARK + '-widget']: 'launcher' });
      const shut = button('Close', '', { 'aria-label': 'Close login help' });
      const bar = el('div', 'display:flex;justify-content:flex-end;padding:.5rem;border-bottom:1px solid #b1b4b6');
      const body = el('div', 'flex:1;min-height:0;overflow:auto');
      box = el('div', fixed + 'display:none;flex-direction:column;bottom:4.75rem;width:min(400px,calc(100vw - 2rem));' +
        'max-height:calc(100vh - 6rem);background:#fff;border-radius:8px;box-shadow:0 8px 32px #0006;overflow:hidden',
        { id, role: 'dialog', 'aria-label': TITLE });
      bar.append(shut);
      box.append(bar, body);
      const isOpen = () => box.style.display != 'none';
      const set = (o) => {
        box.style.display = o ? 'flex' : 'none';
        open.setAttribute('aria-expanded', o);
        (o ? shut : open).focus();
      };
      close = () => set(false);
      open.onclick = () => {
        if (!frame) body.append(makeFrame()); // on first open, not before
        set(!isOpen());
      };
      shut.onclick = close;
      d.addEventListener('keydown', (e) => isOpen() && e.key == 'Escape' && close());
      d.body.append(open, box);
    };

    const mount = () => {
      try { (launcher ? launch : inline)(); } catch (e) { warn(e); }
    };
    d.readyState == 'loading' ? d.addEventListener('DOMContentLoaded', mount) : mount();
  } catch (e) {
    warn(e);
  }
})();
