/** The stored guidelines confirmation, read (and followed) by content scripts. */
import type { GuidelinesConfirmation } from '../policy/guidelines';
import { guidelinesConfirmationItem } from './items';

export function watchGuidelinesConfirmation(
  callback: (confirmation: GuidelinesConfirmation) => void,
  signal: AbortSignal,
): void {
  const deliver = (value: unknown) => {
    const v = (value ?? {}) as Partial<GuidelinesConfirmation>;
    callback({
      confirmedAt: typeof v.confirmedAt === 'number' ? v.confirmedAt : null,
      confirmedVersion: typeof v.confirmedVersion === 'string' ? v.confirmedVersion : null,
    });
  };
  guidelinesConfirmationItem.getValue().then(deliver, () => deliver(null));
  const unwatch = guidelinesConfirmationItem.watch(deliver);
  signal.addEventListener('abort', unwatch, { once: true });
}

/** Background only: called after the confirmation was logged. */
export async function saveGuidelinesConfirmation(version: string, now: number): Promise<void> {
  await guidelinesConfirmationItem.setValue({ confirmedAt: now, confirmedVersion: version });
}
