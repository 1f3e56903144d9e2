/**
 * At server start (never during `next build`): open and migrate the database, apply retention, and again daily.
 * A database that cannot be reached is reported here and retried by the first answer, which gets a 503 meanwhile.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startFeedbackStore } = await import('./app/_lib/store/start.server');
  await startFeedbackStore();
}
