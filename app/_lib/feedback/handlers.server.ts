import { pathOf } from '../../../machines/paths';
import { recordEvent } from '../store/aggregates.server';
import { store as defaultStore, type Store } from '../store/database.server';
import { browserFamilyOf, refererOf, schoolHostOf } from './context.server';
import { eventInput, feedbackInput, messageOf, statusOf } from './input';
import { maskPersonalDetails } from './mask';
import { clientAddress, perMinuteFromEnv, RateLimiter } from './rate-limit.server';
import { readBody } from './body.server';
import { feedbackRecorded, type Env } from './settings';

export type Handlers = { feedback: (request: Request) => Promise<Response>; events: (request: Request) => Promise<Response> };

export function jsonError(status: number, error: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error }, { status, headers: { 'cache-control': 'no-store', ...headers } });
}

export function methodNotAllowed(): Response {
  return jsonError(405, 'use POST', { allow: 'POST' });
}

const unavailable = () => jsonError(503, 'the answer could not be saved just now; nothing was recorded, please try again later');

type Options = { store?: () => Promise<Store>; env?: Env };

/** The write endpoints, with their store and settings passed in so tests drive them against real databases. */
export function createHandlers({ store = defaultStore, env = process.env }: Options = {}): Handlers {
  const limiter = new RateLimiter(perMinuteFromEnv(env));

  async function admit(request: Request) {
    if (!feedbackRecorded(env)) return { refused: jsonError(404, 'feedback is turned off on this server') };
    const wait = limiter.take(clientAddress(request.headers, env));
    if (wait !== null) return { refused: jsonError(429, 'too many answers from this address; try again in a minute', { 'retry-after': String(wait) }) };
    const body = await readBody(request);
    if (!body.ok) return { refused: jsonError(body.status, body.error) };
    return { body };
  }

  async function feedback(request: Request): Promise<Response> {
    const { refused, body } = await admit(request);
    if (refused) return refused;
    const parsed = feedbackInput.safeParse(body.value);
    if (!parsed.success) return jsonError(statusOf(parsed.error), messageOf(parsed.error));
    const input = parsed.data;
    const referer = refererOf(request);
    const surface = input.surface ?? (referer?.pathname.startsWith('/embed') ? 'embed' : 'help');
    const comment = input.comment?.trim() ? maskPersonalDetails(input.comment.trim()) : null;
    try {
      const { db } = await store();
      await db
        .insertInto('feedback')
        .values({
          at: Date.now(),
          step: input.step,
          outcome: input.outcome,
          comment,
          surface,
          school: schoolHostOf(input.school ?? referer?.searchParams.get('school')),
          browser: browserFamilyOf(request.headers),
        })
        .execute();
    } catch (error) {
      console.error('[feedback] not saved:', (error as Error).message);
      return unavailable();
    }
    if (!body.form) return Response.json({ saved: true }, { status: 201, headers: { 'cache-control': 'no-store' } });
    // Back to the page the form was on, keeping the school's context; the fragment shows the thank-you without script.
    const back = new URLSearchParams();
    for (const name of ['school', 'sso']) {
      const value = referer?.searchParams.get(name);
      if (value) back.set(name, value);
    }
    back.set('feedback', 'thanks');
    return new Response(null, { status: 303, headers: { location: `${pathOf(input.step, surface)}?${back}#feedback-thanks`, 'cache-control': 'no-store' } });
  }

  async function events(request: Request): Promise<Response> {
    const { refused, body } = await admit(request);
    if (refused) return refused;
    const parsed = eventInput.safeParse(body.value);
    if (!parsed.success) return jsonError(statusOf(parsed.error), messageOf(parsed.error));
    const input = parsed.data;
    try {
      const { db } = await store();
      // The event and its aggregates commit together, and only then is it acknowledged.
      await db.transaction().execute((trx) =>
        recordEvent(trx, {
          at: Date.now(),
          walk: input.walk,
          from_key: input.from,
          event: input.event,
          to_key: input.to,
          surface: input.surface,
          school: schoolHostOf(input.school),
          browser: browserFamilyOf(request.headers),
        }),
      );
    } catch (error) {
      console.error('[feedback] event not saved:', (error as Error).message);
      return unavailable();
    }
    return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
  }

  return { feedback, events };
}
