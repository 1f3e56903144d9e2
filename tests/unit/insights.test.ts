import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkInsightsAccess } from '../../app/_lib/insights/auth.server';
import { csvCell, insightsCsv } from '../../app/_lib/insights/csv';
import { parseRange } from '../../app/_lib/insights/range';
import { recordEvents } from '../../app/_lib/store/aggregates.server';
import type { Store } from '../../app/_lib/store/database.server';
import { insightsOf } from '../../app/_lib/store/insights.server';
import { freshDatabasesForThisFile } from './setup/databases';

const t0 = Date.UTC(2026, 10, 20, 9);
const walk = (id: string, steps: [string, string, string][], start: number) =>
  steps.map(([from_key, event, to_key], i) => ({ at: start + i * 1000, walk: id, from_key, event, to_key, surface: 'help' as const, school: 'a.cpoms.net', browser: 'chrome' }));

const databases = freshDatabasesForThisFile();

describe.each(['sqlite', 'postgres'] as const)('insights from %s', (kind) => {
  let store: Store;
  beforeAll(async () => {
    store = await databases.open(kind);
    await recordEvents(store.db, [
      ...walk('w1', [['start', 'choose.wrong-password', 'wrong-password.check-details'], ['wrong-password.check-details', 'answer.fixed', 'outcome.fixed']], t0),
      ...walk('w2', [['start', 'choose.not-receiving-email', 'not-receiving-email.check-folders'], ['not-receiving-email.check-folders', 'answer.not-found', 'not-receiving-email.allow-sender'], ['not-receiving-email.allow-sender', 'answer.not-arrived', 'contact-support.get-help']], t0 + 60_000),
      ...walk('w3', [['start', 'choose.not-receiving-email', 'not-receiving-email.check-folders']], t0 + 86_400_000),
      ...walk('old', [['start', 'choose.wrong-password', 'wrong-password.check-details']], t0 - 40 * 86_400_000),
    ]);
    await store.db.insertInto('feedback').values([
      { at: t0, step: 'outcome.fixed', outcome: 'solved', comment: null, surface: 'help', school: null, browser: 'chrome' },
      { at: t0, step: 'not-receiving-email.check-folders', outcome: 'not-solved', comment: '=cmd()', surface: 'embed', school: null, browser: 'firefox' },
    ]).execute();
  });
  afterAll(async () => {
    await store.close();
  });

  it('counts walks, answers, arrivals, views, exits and paths to support within the range only', async () => {
    const insights = await insightsOf(store, { from: t0 - 86_400_000, to: t0 + 2 * 86_400_000 });
    expect(insights).toMatchObject({ total: 2, walks: 3, yes: 1, no: 1, fixed: 1, escalated: 1 });
    expect(insights.solvedRate).toBeCloseTo(2 / 3);
    const step = (key: string) => insights.steps.find((s) => s.key === key)!;
    expect(step('start')).toMatchObject({ views: 3, exits: 0 });
    expect(step('not-receiving-email.check-folders')).toMatchObject({ views: 2, exits: 1, notSolved: 1, dropOff: 0.5 });
    expect(step('outcome.fixed')).toMatchObject({ views: 1, exits: 0, solved: 1 });
    expect(insights.escalationPaths).toEqual([
      { path: ['start', 'not-receiving-email.check-folders', 'not-receiving-email.allow-sender', 'contact-support.get-help'], count: 1 },
    ]);
    expect(insights.funnels.find((f) => f.scenario === 'not-receiving-email')).toMatchObject({ started: 2, escalated: 1, left: 1, solved: 0 });
    expect(insights.browsers).toEqual([{ name: 'chrome', walks: 3 }]);
    expect(insights.daily.map((d) => [d.day, d.walks])).toEqual([['2026-11-20', 2], ['2026-11-21', 1]]);
    expect(insights.comments).toEqual([expect.objectContaining({ comment: '=cmd()' })]);
    expect(insightsCsv(insights)).toContain(`"'=cmd()"`);
  });
});

describe('access', () => {
  const basic = (password: string) => new Headers({ authorization: `Basic ${Buffer.from(`staff:${password}`).toString('base64')}`, 'x-forwarded-for': '192.0.2.9' });
  it('is 404 without a token, 401 with a wrong one, and 429 after ten wrong tries', () => {
    expect(checkInsightsAccess(basic('x'), 'Basic', {})).toMatchObject({ ok: false, status: 404 });
    expect(checkInsightsAccess(basic('right'), 'Basic', { INSIGHTS_TOKEN: 'right' })).toEqual({ ok: true });
    for (let i = 0; i < 10; i++) expect(checkInsightsAccess(basic('wrong'), 'Basic', { INSIGHTS_TOKEN: 'right' })).toMatchObject({ status: 401 });
    expect(checkInsightsAccess(basic('right'), 'Basic', { INSIGHTS_TOKEN: 'right' })).toMatchObject({ status: 429 });
    expect(checkInsightsAccess(new Headers({ authorization: 'Bearer right' }), 'Bearer', { INSIGHTS_TOKEN: 'right' })).toEqual({ ok: true });
  });
});

describe('ranges and cells', () => {
  it('reads presets and from–to, refusing anything else', () => {
    expect(parseRange(new URLSearchParams('days=7'), 10 * 86_400_000)).toMatchObject({ ok: true, from: 3 * 86_400_000, days: 7 });
    expect(parseRange(new URLSearchParams('from=2026-01-01&to=2026-01-01'))).toMatchObject({ ok: true, from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 0, 2) });
    expect(parseRange(new URLSearchParams('days=8')).ok).toBe(false);
    expect(parseRange(new URLSearchParams('from=2026-02-01&to=2026-01-01')).ok).toBe(false);
    expect(parseRange(new URLSearchParams("from=1' or 1=1&to=2026-01-01")).ok).toBe(false);
  });
  it('defuses formula cells', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', 'plain', 'a,b'].map(csvCell)).toEqual([`"'=1+1"`, `"'+1"`, `"'-1"`, `"'@SUM(A1)"`, 'plain', '"a,b"']);
  });
});
