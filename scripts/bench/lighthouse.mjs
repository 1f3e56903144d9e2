import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Lighthouse's default (mobile) run of each URL: category scores out of 100, and the audits that lost points. */
export async function lighthouseScores(urls, chromePath) {
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const results = {};
    for (const url of urls) {
      const { lhr } = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: categories });
      const scores = Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id].score ?? 0) * 100)]));
      const weighted = new Set(categories.flatMap((id) => lhr.categories[id].auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id)));
      const failing = Object.values(lhr.audits)
        .filter((audit) => weighted.has(audit.id) && audit.score !== null && audit.score < 1)
        .map((audit) => ({ id: audit.id, score: audit.score, value: audit.displayValue ?? '' }));
      results[url] = { scores, failing, runWarnings: lhr.runWarnings };
    }
    return results;
  } finally {
    await chrome.kill();
  }
}
