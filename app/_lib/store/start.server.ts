import { feedbackRecorded } from '../feedback/settings';
import { applyRetention, retentionDays, store } from './database.server';

const dayMs = 86_400_000;

async function retain() {
  try {
    const removed = await applyRetention(await store(), retentionDays());
    if (removed > 0) console.log(`[feedback] retention: removed ${removed} rows older than ${retentionDays()} days`);
  } catch (error) {
    console.error('[feedback] database not available:', (error as Error).message);
  }
}

export async function startFeedbackStore() {
  if (!feedbackRecorded()) {
    if (process.env.FEEDBACK !== 'off') console.warn('[feedback] this build was made with FEEDBACK=off: nothing is recorded');
    return;
  }
  await retain();
  setInterval(retain, dayMs).unref();
}
