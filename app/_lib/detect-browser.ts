import Bowser from 'bowser';
import type { BrowserId } from '../../content/schema';

/** Which saved-password instructions fit this reader. iPads report a Mac user agent, so touch points tell them apart. */
export function detectBrowser(userAgent: string, maxTouchPoints = 0): BrowserId | null {
  const parsed = Bowser.getParser(userAgent);
  const os = parsed.getOSName(true);
  switch (parsed.getBrowserName(true)) {
    case 'internet explorer':
      return 'internet-explorer';
    case 'microsoft edge':
      return 'edge';
    case 'firefox':
      return 'firefox';
    case 'chrome':
    case 'chromium':
      return 'chrome';
    case 'safari':
      return os === 'ios' || os === 'ipados' || (os === 'macos' && maxTouchPoints > 1) ? 'safari-ios' : 'safari-mac';
    default:
      return null;
  }
}
