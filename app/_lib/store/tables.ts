import type { Generated } from 'kysely';

/** One Yes/No answer. No address, no user agent, no cookie: see /privacy. */
export type FeedbackTable = {
  id: Generated<number>;
  /** Epoch milliseconds. */
  at: number;
  /** `scenario.step`, a state of the machine. */
  step: string;
  outcome: 'solved' | 'not-solved';
  /** Emails and phone numbers masked before it is stored. */
  comment: string | null;
  surface: 'help' | 'embed';
  school: string | null;
  browser: string | null;
};

/** One answer to a step's question, sent by the beacon: an edge of the machine. */
export type EventsTable = {
  at: number;
  walk: string;
  from_key: string;
  event: string;
  to_key: string;
  surface: 'help' | 'embed';
  school: string | null;
  browser: string | null;
};

export type Tables = { feedback: FeedbackTable; events: EventsTable };
export type Dialect = 'sqlite' | 'postgres';
