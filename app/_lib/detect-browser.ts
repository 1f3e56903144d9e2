import type { BrowserId } from '../../content/schema';

// A few patterns, not a parsing library: the widget's whole script must stay small, and six answers are all we need.
const families: [RegExp, string, BrowserId | null][] = [
  [/(?:MSIE |Trident\/.*rv:)([\d.]+)/, 'Internet Explorer', 'internet-explorer'],
  [/\bEdg(?:e|A|iOS)?\/([\d.]+)/, 'Microsoft Edge', 'edge'],
  [/\b(?:Firefox|FxiOS)\/([\d.]+)/, 'Firefox', 'firefox'],
  [/\b(?:OPR|Opera)\/([\d.]+)/, 'Opera', null],
  [/\bSamsungBrowser\/([\d.]+)/, 'Samsung Internet', null],
  [/\b(?:Chrome|HeadlessChrome|CriOS|Chromium)\/([\d.]+)/, 'Chrome', 'chrome'],
  [/\bVersion\/([\d.]+)(?: Mobile\/\S+)? Safari\//, 'Safari', 'safari-mac'],
];

const systems: [RegExp, string][] = [
  [/Windows/, 'Windows'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/CrOS/, 'Chrome OS'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Android/, 'Android'],
  [/Linux/, 'Linux'],
];

function familyOf(userAgent: string) {
  for (const [pattern, name, id] of families) {
    const match = pattern.exec(userAgent);
    if (match) return { name, id, version: match[1] };
  }
  return null;
}

/** Which saved-password instructions fit this reader. iPads report a Mac user agent, so touch points tell them apart. */
export function detectBrowser(userAgent: string, maxTouchPoints = 0): BrowserId | null {
  const family = familyOf(userAgent);
  if (family?.id !== 'safari-mac') return family?.id ?? null;
  return /iPhone|iPad|iPod/.test(userAgent) || maxTouchPoints > 1 ? 'safari-ios' : 'safari-mac';
}

/** "Chrome (142.0.0.0) on Windows", for the support summary; null when nothing is recognised. */
export function describeBrowser(userAgent: string): string | null {
  const family = familyOf(userAgent);
  const system = systems.find(([pattern]) => pattern.test(userAgent))?.[1];
  const words = [family?.name, family && `(${family.version})`, system && `on ${system}`].filter(Boolean).join(' ');
  return words || null;
}
