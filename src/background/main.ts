import { startLogBackground, type LogBackground } from '../log/background';
import { watchLogPolicy } from '../log/effective-log-policy';
import { saveGuidelinesConfirmation } from '../settings/guidelines-confirmation';

/** Background wiring: each feature registers its listeners here, synchronously at start-up. */
export function startBackground(): void {
  const life = new AbortController();
  let guidelinesVersion = '';
  let log: LogBackground | undefined = undefined;
  // One policy subscription: a collector named by a newly read or changed policy gets what is
  // queued at once, and the guidelines version is kept for confirmations.
  const getPolicy = watchLogPolicy(
    life.signal,
    (policy) => {
      if (policy.logEndpoint) void log?.forwardNow();
    },
    (effective) => (guidelinesVersion = effective.policy.guidelinesVersion),
  );
  log = startLogBackground({
    getPolicy,
    // The guidelines count as confirmed only once the confirmation is in the log.
    onRecorded: async (event) => {
      if (event.decision === 'guidelines-acknowledged') await saveGuidelinesConfirmation(guidelinesVersion, Date.now());
    },
  });
}
