import { startLogBackground, type LogBackground } from '../log/background';
import { watchLogPolicy } from '../log/effective-log-policy';
import { saveGuidelinesConfirmation } from '../settings/guidelines-confirmation';
import { startPolicyRecords } from '../settings/policy-records';
import { startBadge } from './badge';

/** Background wiring: each feature registers its listeners here, synchronously at start-up. */
/** Returns a stop function (tests; the browser simply ends the worker). */
export function startBackground(): () => void {
  const life = new AbortController();
  let guidelinesVersion = '';
  let log: LogBackground | undefined = undefined;
  const showBadge = startBadge(life.signal);
  // policy-invalid as soon as the policy is read (no page needed), settings-changed on user changes.
  const recordPolicyState = startPolicyRecords(
    { recordPolicy: (event) => log?.recordPolicy(event) ?? Promise.resolve({ ok: false }) },
    life.signal,
  );
  // One policy subscription: a collector named by a newly read or changed policy gets what is
  // queued at once, and the guidelines version is kept for confirmations.
  const getPolicy = watchLogPolicy(
    life.signal,
    (policy) => {
      if (policy.logEndpoint) void log?.forwardNow();
    },
    (effective) => {
      guidelinesVersion = effective.policy.guidelinesVersion;
      // Each on its own: a failing badge must not keep the log from its policy (or vice versa).
      for (const consumer of [showBadge, recordPolicyState]) {
        try {
          consumer(effective);
        } catch {
          // Best effort; the next policy change tries again.
        }
      }
    },
  );
  log = startLogBackground({
    getPolicy,
    // The guidelines count as confirmed only once the confirmation is in the log.
    onRecorded: async (event) => {
      if (event.decision === 'guidelines-acknowledged') await saveGuidelinesConfirmation(guidelinesVersion, Date.now());
    },
  });
  return () => {
    life.abort();
    log?.stop();
  };
}
