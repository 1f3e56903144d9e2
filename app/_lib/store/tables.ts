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

/** One walk, kept up to date with each of its events: where and how it began, where it ended. */
export type WalksTable = {
  walk: string;
  first_at: number;
  /** first_at / 86 400 000: whole days of walks are grouped in index order. */
  first_day: number;
  last_at: number;
  /** The `from_key` of its first event: the step it landed on. */
  first_key: string;
  /** The `to_key` of its last event. */
  last_key: string;
  /** 1 once any of its events reached outcome.fixed / contact-support.get-help. */
  fixed: number;
  escalated: number;
  /** Of its first event. */
  surface: 'help' | 'embed';
  school: string | null;
  browser: string | null;
};

/** How many times each edge was taken on each UTC day (`day` = at / 86 400 000). */
export type EdgeDaysTable = {
  day: number;
  from_key: string;
  event: string;
  to_key: string;
  total: number;
};

export type Tables = { feedback: FeedbackTable; events: EventsTable; walks: WalksTable; edge_days: EdgeDaysTable };
export type Dialect = 'sqlite' | 'postgres';
