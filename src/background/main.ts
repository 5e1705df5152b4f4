import { startLogBackground, type LogBackground } from '../log/background';
import { watchLogPolicy } from '../log/effective-log-policy';

/** Background wiring: each feature registers its listeners here, synchronously at start-up. */
export function startBackground(): void {
  let log: LogBackground | undefined = undefined;
  // A collector named by a newly read or changed policy gets what is queued at once.
  const getPolicy = watchLogPolicy(undefined, (policy) => {
    if (policy.logEndpoint) void log?.forwardNow();
  });
  log = startLogBackground({ getPolicy });
}
