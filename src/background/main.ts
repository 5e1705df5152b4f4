import { defaultLogPolicy, startLogBackground } from '../log/background';

/** Background wiring: each feature registers its listeners here, synchronously at start-up. */
export function startBackground(): void {
  startLogBackground({ getPolicy: defaultLogPolicy });
}
