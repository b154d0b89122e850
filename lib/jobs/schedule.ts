import { sweepFollowUps } from '@/lib/at-risk/follow-up-sweep';
import { sweepAtRisk } from '@/lib/at-risk/sweep';
import { startAtRiskWake } from '@/lib/at-risk/wake';
import { autoResolve } from '@/lib/complaints/jobs/auto-resolve';
import { crisisRadar } from '@/lib/complaints/jobs/crisis-radar';
import { sweepSla } from '@/lib/complaints/jobs/sla-sweep';
import { getEnv } from '@/lib/env';
import { logger } from '@/lib/logging/logger';
import { queueDigests } from '@/lib/mail/digest';
import { runMailWorker } from '@/lib/mail/outbox';
import { onMailWake } from '@/lib/mail/wake';
import { purgeBlocked } from '@/lib/privacy/blocked';
import { runDueErasures } from '@/lib/privacy/erase';
import { runDataExports } from '@/lib/privacy/export';
import { onPrivacyWake } from '@/lib/privacy/wake';
import { sweepPrivacyOverdue } from '@/lib/privacy/overdue-sweep';
import { retentionJob } from '@/lib/privacy/retention';
import { onRosterWake, runRosterImports } from '@/lib/roster/run';
import { runWebhookWorker } from '@/lib/webhooks/queue';
import { onWebhookWake } from '@/lib/webhooks/wake';
import { recordRun, registerJob } from './status';

const JOBS: Record<string, () => Promise<unknown>> = { slaSweep: () => sweepSla(), autoResolve: () => autoResolve(), digests: () => queueDigests(), crisisRadar: () => crisisRadar(), atRisk: () => sweepAtRisk(), followUps: () => sweepFollowUps(), privacyOverdue: () => sweepPrivacyOverdue(), retention: () => retentionJob() };
// Their own loop, woken when a member asks for their data (and when a short erasure grace ends).
const PRIVACY_JOBS: Record<string, () => Promise<unknown>> = { dataExports: () => runDataExports(), erasures: () => runDueErasures(), blockedPurge: () => purgeBlocked() };

/** Runs `job` every `everyMs`, never twice at once; a failed run is logged and retried on the next tick. */
function every(everyMs: number, name: string, job: () => Promise<unknown>) {
  let running = false;
  let again = false;
  const tick = async () => {
    // A wake-up during a run is not lost: the run goes round once more.
    if (running) {
      again = true;
      return;
    }
    running = true;
    do {
      again = false;
      try {
        await job();
      } catch (e) {
        logger.error({ job: name, err: e instanceof Error ? e.message : String(e) }, 'job failed');
      }
    } while (again);
    running = false;
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  void tick();
  return { tick, stop: () => clearInterval(timer) };
}

/**
 * The periodic jobs of this process. Each claims its rows in the database, so running them in every
 * process is safe. The mailer has its own quicker loop, and is woken right after a commit that queued mail.
 */
export function startJobs(everyMs = 60_000, mailEveryMs = getEnv().MAIL_INTERVAL_MS): () => void {
  for (const name of Object.keys(JOBS)) registerJob(name, everyMs);
  registerJob('mail', mailEveryMs);
  for (const name of Object.keys(PRIVACY_JOBS)) registerJob(name, everyMs);
  registerJob('rosterImports', everyMs);
  const webhooksEveryMs = getEnv().WEBHOOKS_INTERVAL_MS;
  registerJob('webhooks', webhooksEveryMs);
  const periodic = every(everyMs, 'periodic', async () => {
    for (const [name, job] of Object.entries(JOBS)) {
      try {
        await recordRun(name, job);
      } catch (e) {
        logger.error({ job: name, err: e instanceof Error ? e.message : String(e) }, 'job failed');
      }
    }
    mail.tick();
  });
  const mail = every(mailEveryMs, 'mail', () => recordRun('mail', () => runMailWorker()));
  const privacy = every(everyMs, 'privacy', async () => {
    for (const [name, job] of Object.entries(PRIVACY_JOBS)) await recordRun(name, job).catch((e: unknown) => logger.error({ job: name, err: e instanceof Error ? e.message : String(e) }, 'job failed'));
  });
  onPrivacyWake(() => void privacy.tick());
  onMailWake(() => void mail.tick());
  // A committed roster import starts at once; the periodic run picks up one a crash left half done.
  const roster = every(everyMs, 'rosterImports', () => recordRun('rosterImports', () => runRosterImports()));
  onRosterWake(() => void roster.tick());
  // Deliveries have a loop of their own too, woken after a commit that queued one (lib/verb.ts).
  const webhooks = every(webhooksEveryMs, 'webhooks', () => recordRun('webhooks', () => runWebhookWorker()));
  onWebhookWake(() => void webhooks.tick());
  const stopAtRiskWake = startAtRiskWake();
  return () => {
    onMailWake(undefined);
    onPrivacyWake(undefined);
    privacy.stop();
    onRosterWake(undefined);
    roster.stop();
    onWebhookWake(undefined);
    webhooks.stop();
    stopAtRiskWake();
    periodic.stop();
    mail.stop();
  };
}
