import { bodyMaxBytes } from './settings';

export type Body = { ok: true; value: unknown; form: boolean } | { ok: false; status: 400 | 413 | 415; error: string };

async function readCapped(request: Request, max: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length'));
  if (declared > max) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
}

/**
 * The body as JSON or form fields, read no further than the limit. sendBeacon sends JSON as text/plain (a
 * "simple" request needs no preflight), so text/plain is read as JSON too.
 */
export async function readBody(request: Request): Promise<Body> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  const form = type === 'application/x-www-form-urlencoded';
  if (!form && type !== 'application/json' && type !== 'text/plain') {
    return { ok: false, status: 415, error: 'send JSON (application/json) or a form (application/x-www-form-urlencoded)' };
  }
  let text: string | null;
  try {
    text = await readCapped(request, bodyMaxBytes);
  } catch {
    return { ok: false, status: 400, error: 'the body is not valid UTF-8' };
  }
  if (text === null) return { ok: false, status: 413, error: `the body is larger than ${bodyMaxBytes} bytes` };
  if (form) {
    const fields = new URLSearchParams(text);
    const value: Record<string, string> = Object.create(null);
    for (const [key, field] of fields) {
      if (key in value) return { ok: false, status: 400, error: `field ${key} is given twice` };
      value[key] = field;
    }
    return { ok: true, value: { ...value }, form };
  }
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, status: 400, error: 'the body must be a JSON object' };
    return { ok: true, value, form };
  } catch {
    return { ok: false, status: 400, error: 'the body is not valid JSON' };
  }
}
