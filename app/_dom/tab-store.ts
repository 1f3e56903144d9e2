// What the wizard keeps for this tab only: sessionStorage, so a reload keeps it and closing the tab forgets it.
const prefix = 'login-help:';

/**
 * A browser that blocks third-party storage refuses sessionStorage to the widget's frame on a school's site. Each
 * widget step is a new page, so the frame's own window.name, which lasts as long as the frame, stands in.
 */
function frameStore(): Record<string, string> {
  try {
    const { loginHelp } = JSON.parse(window.name) as { loginHelp?: unknown };
    return typeof loginHelp === 'object' && loginHelp !== null ? (loginHelp as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function readTab(key: string): string | null {
  try {
    return sessionStorage.getItem(prefix + key);
  } catch {
    const value = frameStore()[key];
    return typeof value === 'string' ? value : null;
  }
}

export function writeTab(key: string, value: string | null) {
  try {
    if (value === null) sessionStorage.removeItem(prefix + key);
    else sessionStorage.setItem(prefix + key, value);
  } catch {
    const all = frameStore();
    if (value === null) delete all[key];
    else all[key] = value;
    window.name = JSON.stringify({ loginHelp: all });
  }
}
