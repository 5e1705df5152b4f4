import { startLogBackground, type LogBackground } from '../log/background';
import { watchLogPolicy } from '../log/effective-log-policy';
import { watchEffectivePolicy } from '../settings/index';
import { saveGuidelinesConfirmation } from '../settings/guidelines-confirmation';

/** Background wiring: each feature registers its listeners here, synchronously at start-up. */
export function startBackground(): void {
  const life = new AbortController();
  let guidelinesVersion = '';
  watchEffectivePolicy((effective) => (guidelinesVersion = effective.policy.guidelinesVersion), life.signal);

  let log: LogBackground | undefined = undefined;
  // A collector named by a newly read or changed policy gets what is queued at once.
  const getPolicy = watchLogPolicy(life.signal, (policy) => {
    if (policy.logEndpoint) void log?.forwardNow();
  });
  log = startLogBackground({
    getPolicy,
    // The guidelines count as confirmed only once the confirmation is in the log.
    onRecorded: async (event) => {
      if (event.decision === 'guidelines-acknowledged') await saveGuidelinesConfirmation(guidelinesVersion, Date.now());
    },
  });
}
