// CPOMS login help: embed loader (DESIGN.md), minified and served as /embed.js by ./route.ts, which writes in the
// start page's scenarios from the machine. School addresses pass through: the page in the frame validates them.
(() => {
  const d = document, P = 'cpoms-help', A = 'setAttribute', S = 'style';
  const warn = m => console.warn(`[${P}] ${m}`);
  const oneOf = words => v => words.split(' ').includes(v) && v;
  // CSSOM: CSP-safe, leaks nothing; all:initial keeps host CSS out
  const el = (tag, css, attrs, ...kids) => {
    const e = d.createElement(tag);
    e[S].cssText = 'all:initial;display:block;font:1rem/1.5 sans-serif;color:#111;' + css;
    for (const k in attrs) e[A](k, attrs[k]);
    e.append(...kids);
    return e;
  };
  // all:initial also drops the browser's focus ring, so the loader's controls draw their own
  const ring = b => (b.onfocus = b.onblur = e => b[S].outline = e.type == 'focus' ? '3px solid #fd0' : 'none', b);
  const button = (text, css, attrs) => ring(el('button', 'min-height:44px;padding:0 1rem;background:#1d4ed8;color:#fff;' + css, attrs, text));
  const s = d.currentScript || [...d.querySelectorAll(`script[src*="embed.js"]:not([data-${P}])`)].pop();
  const run = () => { try {
    const opt = (name, ok, v = s.getAttribute('data-' + name)) => {
      if (v === null) return;
      try { if (ok(v)) return ok(v); } catch (_) { }
      warn(`data-${name}="${v}" ignored`);
    };
    const origin = new URL(s.src).origin, q = new URLSearchParams();
    const launcher = opt('mode', oneOf('inline launcher')) == 'launcher';
    const start = opt('start', oneOf('__SCENARIOS__'));
    const url = opt('school-url', v => v.length < 300 && v), sso = opt('sso', oneOf('yes no'));
    if (url) q.set('school', url);
    if (sso) q.set('sso', sso);
    if (opt('feedback', oneOf('off'))) q.set('feedback', 'off');
    const query = q + '' && '?' + q;
    let frame, box, set, ready, note;
    const fail = () => {
      if (ready || note) return;
      warn(`${origin} did not answer: down, filtered, or ${location.origin} not in its EMBED_ALLOWED_ORIGINS?`);
      const link = ring(el('a', 'display:inline;color:#1d4ed8;text-decoration:underline', {
        href: origin + (start ? '/help/' + start : '/') + query, target: '_blank', rel: 'noopener'
      }, 'Open the login help in a new tab'));
      note = el('p', 'padding:1rem;border:2px solid #1d4ed8;background:#fff', { role: 'alert' },
        'The login help could not load here. ', link);
      frame[S].display = 'none';
      frame.before(note);
    };
    // No sandbox: the app needs scripts and same-origin. The host page's referrer policy applies (by default, origin only).
    const makeFrame = () => {
      frame = el('iframe', 'width:100%;height:480px;min-height:0;flex:auto;border:0', {
        title: 'CPOMS login help', loading: 'lazy', allow: 'clipboard-write',
        src: origin + '/embed' + (start ? '/start/' + start : '') + query
      });
      // Timed from when it is on screen (it loads lazily): refused, unreachable or filtered frames never report.
      new IntersectionObserver(([e], o) => e.isIntersecting && (o.disconnect(), setTimeout(fail, 6e3))).observe(frame);
      return frame;
    };
    addEventListener('message', e => {
      const { type, height: h, path } = e.data || {};
      if (!frame || e.source !== frame.contentWindow || e.origin !== origin) return;
      if (type === P + ':resize' && h > 0) {
        // The first resize is the frame saying it is ready; a late one brings it back from the fallback.
        ready = 1;
        if (note) note = note.remove();
        frame[S].display = 'block';
        frame[S].height = Math.min(4e3, Math.max(200, h)) + 'px';
      }
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
    const id = P + '-' + (Math.random() * 1e9 | 0), fixed = 'position:fixed;z-index:2147483647;';
    const open = button('Login help', fixed + 'right:1rem;bottom:1rem', { 'aria-expanded': false, 'aria-controls': id });
    const shut = button('Close', '', { 'aria-label': 'Close login help' });
    const bar = el('div', 'display:flex;align-items:center;justify-content:space-between;padding:.5rem 1rem;border-bottom:1px solid #ccc', {},
      el('h2', 'font-weight:bold;font-size:1.125rem', {}, 'Login help'), shut);
    box = el('div', fixed + 'display:none;flex-direction:column;background:#fff;box-shadow:0 4px 24px #0008',
      { id, role: 'dialog', 'aria-label': 'CPOMS login help' }, bar);
    const phone = matchMedia('(max-width:480px)');
    // Fills a phone's screen; beside the button on anything wider (measured at each opening)
    const place = () => box[S].cssText += phone.matches ? ';inset:0;width:auto;max-height:none' :
      ';inset:auto 1rem 4.75rem auto;width:min(400px,calc(100vw - 2rem));max-height:calc(100vh - 6rem)';
    let isOpen;
    set = o => {
      isOpen = o;
      place();
      box[S].display = o ? 'flex' : 'none';
      open[A]('aria-expanded', o);
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
    s[A]('data-' + P, '');
    if (d.readyState == 'loading') d.addEventListener('DOMContentLoaded', run);
    else run();
  }
})();
