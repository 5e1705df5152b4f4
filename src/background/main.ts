import { startLogBackground } from '../log/background';
import { watchLogPolicy } from '../log/effective-log-policy';

/** Background wiring: each feature registers its listeners here, synchronously at start-up. */
export function startBackground(): void {
  startLogBackground({ getPolicy: watchLogPolicy() });
}
