// CPOMS login help: embed loader (DESIGN.md)
(() => {
  const d = document, P = 'cpoms-help';
  const warn = m => console.warn(`[${P}] ${m}`);
  const oneOf = words => v => words.split(' ').includes(v) && v;
  const school = (v, u = new URL(v)) => u.protocol == 'https:' && !(u.username || u.password || u.port) &&
    ('.' + u.hostname).endsWith('.cpoms.net') && u.href;
  // CSSOM: CSP-safe, leaks nothing; all:initial keeps host CSS out
  const el = (tag, css, attrs, ...kids) => {
    const e = d.createElement(tag);
    e.style.cssText = 'all:initial;display:block;' + css;
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    e.append(...kids);
    return e;
  };
  const button = (text, css, attrs) => {
    const b = el('button', 'min-height:44px;padding:0 1rem;background:#1d4ed8;color:#fff;font:1rem sans-serif;' + css, attrs, text);
    b.onfocus = b.onblur = e => b.style.outline = e.type == 'focus' ? '3px solid #fd0' : 'none';
    return b;
  };
  const s = d.currentScript || [...d.querySelectorAll(`script[src*="embed.js"]:not([data-${P}])`)].pop();
  const run = () => { try {
    const opt = (name, ok, v = s.getAttribute('data-' + name)) => {
      if (v === null) return;
      try { if (ok(v)) return ok(v); } catch (_) { }
      warn(`data-${name}="${v}" ignored`);
    };
    const origin = new URL(s.src).origin, q = new URLSearchParams();
    const launcher = opt('mode', oneOf('inline launcher')) == 'launcher';
    const start = opt('start', oneOf('reset-password reset-for-someone-else not-receiving-email email-does-not-exist ' +
      'link-expired wrong-password clear-saved-password password-expiry contact-support'));
    const url = opt('school-url', school), sso = opt('sso', oneOf('yes no'));
    if (url) q.set('school', url);
    if (sso) q.set('sso', sso);
    if (opt('feedback', oneOf('off'))) q.set('feedback', 'off');
    let frame, box, set;
    // No sandbox: needs scripts, same-origin
    const makeFrame = () => frame = el('iframe', 'width:100%;height:480px;min-height:0;border:0', {
      title: 'CPOMS login help', loading: 'lazy', referrerpolicy: 'strict-origin-when-cross-origin', allow: 'clipboard-write',
      src: origin + '/embed' + (start ? '/start/' + start : '') + (q + '' && '?' + q)
    });
    addEventListener('message', e => {
      const { type, height: h, path } = e.data || {};
      if (!frame || e.source !== frame.contentWindow || e.origin !== origin) return;
      if (type === P + ':resize' && Number.isFinite(h)) frame.style.height = Math.min(4e3, Math.max(200, h)) + 'px';
      // Bubbles to document, so listeners on either get it once
      if (type === P + ':step' && typeof path == 'string' && path.length < 201 && path.startsWith('/embed')) {
        box.dispatchEvent(new CustomEvent(type, { detail: { path }, bubbles: true }));
      }
      if (type === P + ':close' && set) set(false);
    });
    if (!launcher) {
      const target = opt('target', v => d.querySelector(v));
      box = el('div', '', {}, makeFrame());
      return target ? target.append(box) : d.body.contains(s) ? s.after(box) : d.body.append(box);
    }
    const id = P + '-' + (Math.random() * 1e9 | 0), fixed = 'position:fixed;right:1rem;z-index:2147483647;';
    const open = button('Login help', fixed + 'bottom:1rem', { 'aria-expanded': false, 'aria-controls': id });
    const shut = button('Close', 'align-self:flex-end;margin:.5rem', { 'aria-label': 'Close login help' });
    box = el('div', fixed + 'display:none;flex-direction:column;bottom:4.75rem;width:min(400px,calc(100vw - 2rem));' +
      'max-height:calc(100vh - 6rem);background:#fff;box-shadow:0 4px 24px #0008', { id, role: 'dialog', 'aria-label': 'CPOMS login help' }, shut);
    let isOpen;
    set = o => {
      isOpen = o;
      box.style.display = o ? 'flex' : 'none';
      open.setAttribute('aria-expanded', o);
      (o ? shut : open).focus();
    };
    open.onclick = () => {
      if (!frame) box.append(makeFrame());
      set(!isOpen);
    };
    shut.onclick = () => set(false);
    d.addEventListener('keydown', e => isOpen && e.key == 'Escape' && set(false));
    d.body.append(open, box);
  } catch (e) { warn(e); } };
  if (s) {
    s.setAttribute('data-' + P, '');
    if (d.readyState == 'loading') d.addEventListener('DOMContentLoaded', run);
    else run();
  }
})();
