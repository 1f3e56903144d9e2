import { createHandlers } from './handlers.server';

/** One set for the process, so answers and step events share one rate limit per address. */
export const handlers = createHandlers();
