/**
 * Whether answers are recorded. Pages are rendered at build, so what they show (the form, the footer's words)
 * follows FEEDBACK at build (inlined by next.config as FEEDBACK_AT_BUILD); the routes also read it at start.
 * Off at either time means off: the server never records more than the pages say it does.
 */
export function feedbackShown(): boolean {
  return process.env.FEEDBACK_AT_BUILD !== 'off';
}

export function feedbackRecorded(env: Env = process.env): boolean {
  return feedbackShown() && env.FEEDBACK !== 'off';
}

export const commentMaxLength = 500;
export const bodyMaxBytes = 4096;
export type Env = Record<string, string | undefined>;
