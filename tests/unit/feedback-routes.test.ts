import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, type Handlers } from '../../app/_lib/feedback/handlers.server';
import { maskPersonalDetails } from '../../app/_lib/feedback/mask';
import { applyRetention, openStore, type Store } from '../../app/_lib/store/database.server';
import { migrationNames } from '../../app/_lib/store/migrations.server';
import { freshDatabasesForThisFile } from './setup/databases';

const origin = 'http://help.test';
const chromeUa = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

function post(path: string, body: string, type = 'application/json', headers: Record<string, string> = {}) {
  return new Request(`${origin}${path}`, { method: 'POST', body, headers: { 'content-type': type, 'user-agent': chromeUa, 'x-forwarded-for': '10.0.0.1', ...headers } });
}
const json = (value: unknown) => JSON.stringify(value);
const count = async (store: Store, table: 'feedback' | 'events') =>
  Number((await store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

const databases = freshDatabasesForThisFile();

describe.each(['sqlite', 'postgres'] as const)('answers stored in %s', (kind) => {
  let store: Store;
  let handlers: Handlers;
  beforeAll(async () => {
    store = await databases.open(kind);
  });
  afterAll(async () => {
    await store.close();
  });
  beforeEach(async () => {
    await store.db.deleteFrom('feedback').execute();
    await store.db.deleteFrom('events').execute();
    await store.db.deleteFrom('walks').execute();
    await store.db.deleteFrom('edge_days').execute();
    handlers = createHandlers({ store: async () => store, env: { RATE_LIMIT_PER_MINUTE: '1000' } });
  });

  it('stores a JSON answer only after it is committed, with the school host and browser family but no user agent', async () => {
    const response = await handlers.feedback(
      post('/api/feedback', json({ step: 'wrong-password/check-details', outcome: 'not-solved', comment: 'mail me at jo.bloggs@school.org or 01756 797766', school: 'https://myschool.cpoms.net/login' })),
    );
    expect(response.status).toBe(201);
    const rows = await store.db.selectFrom('feedback').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ step: 'wrong-password.check-details', outcome: 'not-solved', school: 'myschool.cpoms.net', browser: 'chrome', surface: 'help' });
    expect(rows[0].comment).toBe('mail me at [email] or [phone]');
    expect(JSON.stringify(rows)).not.toContain('Mozilla');
    expect(typeof Number(rows[0].at)).toBe('number');
  });

  it('answers the no-JavaScript form with a 303 back to the page and a thank-you', async () => {
    const response = await handlers.feedback(
      post('/api/feedback', 'step=outcome%2Ffixed&outcome=solved&comment=', 'application/x-www-form-urlencoded', {
        referer: `${origin}/help/outcome/fixed?school=https%3A%2F%2Fa.cpoms.net&sso=yes`,
      }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/help/outcome/fixed?school=https%3A%2F%2Fa.cpoms.net&sso=yes&feedback=thanks#feedback-thanks');
    expect(await store.db.selectFrom('feedback').select(['school', 'comment']).execute()).toEqual([{ school: 'a.cpoms.net', comment: null }]);
  });

  it.each([
    ['not JSON', post('/api/feedback', '{oops'), 400],
    ['a JSON array', post('/api/feedback', '[1]'), 400],
    ['an unsupported type', post('/api/feedback', '<x/>', 'application/xml'), 415],
    ['over 4 KB', post('/api/feedback', json({ step: 'outcome/fixed', outcome: 'solved', comment: 'x'.repeat(5000) })), 413],
    ['an unknown step', post('/api/feedback', json({ step: 'nowhere/at-all', outcome: 'solved' })), 422],
    ['a step in SQL', post('/api/feedback', json({ step: "x'; drop table feedback; --", outcome: 'solved' })), 422],
    ['another outcome', post('/api/feedback', json({ step: 'outcome/fixed', outcome: 'maybe' })), 400],
    ['a comment over 500 characters', post('/api/feedback', json({ step: 'outcome/fixed', outcome: 'not-solved', comment: 'y'.repeat(501) })), 400],
    ['an extra key', post('/api/feedback', json({ step: 'outcome/fixed', outcome: 'solved', admin: true })), 400],
    ['__proto__', post('/api/feedback', '{"step":"outcome/fixed","outcome":"solved","__proto__":{"admin":true}}'), 400],
    ['a repeated form field', post('/api/feedback', 'step=outcome%2Ffixed&outcome=solved&outcome=solved', 'application/x-www-form-urlencoded'), 400],
  ])('refuses %s with a JSON error and stores nothing', async (_name, request, status) => {
    const response = await handlers.feedback(request);
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ error: expect.any(String) });
    expect(await count(store, 'feedback')).toBe(0);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('stores an answer from a client that sends no user agent', async () => {
    const request = new Request(`${origin}/api/feedback`, { method: 'POST', body: json({ step: 'outcome/fixed', outcome: 'solved' }), headers: { 'content-type': 'application/json' } });
    expect((await handlers.feedback(request)).status).toBe(201);
    expect(await store.db.selectFrom('feedback').select('browser').execute()).toEqual([{ browser: 'other' }]);
  });

  it('stores SQL in a comment as plain text', async () => {
    const comment = "Robert'); DROP TABLE feedback;--";
    expect((await handlers.feedback(post('/api/feedback', json({ step: 'outcome/fixed', outcome: 'not-solved', comment })))).status).toBe(201);
    expect(await store.db.selectFrom('feedback').select('comment').execute()).toEqual([{ comment }]);
  });

  it('stores an edge of the machine and refuses one it would not take', async () => {
    const walk = crypto.randomUUID();
    const good = await handlers.events(post('/api/events', json({ walk, from: 'start', event: 'choose.wrong-password', to: 'wrong-password.check-details', surface: 'embed' }), 'text/plain'));
    expect(good.status).toBe(204);
    const bad = await handlers.events(post('/api/events', json({ walk, from: 'start', event: 'choose.wrong-password', to: 'outcome.fixed', surface: 'help' })));
    expect(bad.status).toBe(422);
    const rows = await store.db.selectFrom('events').selectAll().execute();
    expect(rows).toMatchObject([{ walk, from_key: 'start', to_key: 'wrong-password.check-details', surface: 'embed', browser: 'chrome' }]);
  });

  it('limits answers a minute from one address with a Retry-After', async () => {
    const limited = createHandlers({ store: async () => store, env: { RATE_LIMIT_PER_MINUTE: '2' } });
    const body = json({ step: 'outcome/fixed', outcome: 'solved' });
    expect((await limited.feedback(post('/api/feedback', body))).status).toBe(201);
    expect((await limited.feedback(post('/api/feedback', body))).status).toBe(201);
    const third = await limited.feedback(post('/api/feedback', body));
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.feedback(post('/api/feedback', body, 'application/json', { 'x-forwarded-for': '10.0.0.2' }))).status).toBe(201);
    expect(await count(store, 'feedback')).toBe(3);
  });

  it('records nothing with FEEDBACK=off', async () => {
    const off = createHandlers({ store: async () => store, env: { FEEDBACK: 'off' } });
    const response = await off.feedback(post('/api/feedback', json({ step: 'outcome/fixed', outcome: 'solved' })));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: expect.any(String) });
    expect(await count(store, 'feedback')).toBe(0);
  });

  it('deletes rows older than the retention period', async () => {
    const now = Date.now();
    await store.db.insertInto('feedback').values([
      { at: now - 401 * 86_400_000, step: 'outcome.fixed', outcome: 'solved', comment: null, surface: 'help', school: null, browser: null },
      { at: now - 399 * 86_400_000, step: 'outcome.fixed', outcome: 'solved', comment: null, surface: 'help', school: null, browser: null },
    ]).execute();
    expect(await applyRetention(store, 400, now)).toBe(1);
    expect(await count(store, 'feedback')).toBe(1);
  });
});

describe.each(['sqlite', 'postgres'] as const)('when %s cannot be reached', (kind) => {
  it('answers 503 and never reports the answer saved', async () => {
    const settings = kind === 'sqlite' ? { file: '/etc/hostname/not-a-folder/x.db' } : { databaseUrl: 'postgres://postgres@127.0.0.1:1/none' };
    const handlers = createHandlers({ store: () => openStore(settings) });
    const response = await handlers.feedback(post('/api/feedback', json({ step: 'outcome/fixed', outcome: 'solved' })));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: expect.stringContaining('nothing was recorded') });
  });
});

describe('masking', () => {
  it('masks emails and phone numbers, not short numbers', () => {
    expect(maskPersonalDetails('call +44 (0)1756 797766 or write to a.b@c.co.uk; step 3 of 4')).toBe('call [phone] or write to [email]; step 3 of 4');
  });
});

describe('migrations', () => {
  it('run once: again on SQLite, and when two Postgres openers race', async () => {
    const [sqlite, postgres] = databases.all();
    const again = [await sqlite.open(), await sqlite.open()];
    const racing = await Promise.all([postgres.open(), postgres.open()]);
    for (const store of [again[1], racing[0]]) {
      expect(await store.db.selectFrom('schema_migrations' as never).select('name' as never).execute()).toHaveLength(migrationNames.length);
    }
    await Promise.all([...again, ...racing].map((s) => s.close()));
  });
});
