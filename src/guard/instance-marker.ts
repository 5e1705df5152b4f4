/**
 * Which content script instance owns the page. After an extension update the old script
 * may linger until WXT notices its context is gone; the new one writes its id here, and an
 * instance that no longer finds its own id stops acting (checked on every intercepted
 * event), so there is never a double warning or double interception.
 */
export const INSTANCE_ATTRIBUTE = 'data-vertraulich-instance';

export interface InstanceMarker {
  readonly id: string;
  /** This instance still owns the page. */
  owns(): boolean;
  release(): void;
}

export function claimPage(doc: Document, id: string, onLost: () => void, signal: AbortSignal): InstanceMarker {
  const root = doc.documentElement;
  root.setAttribute(INSTANCE_ATTRIBUTE, id);
  const owns = () => root.getAttribute(INSTANCE_ATTRIBUTE) === id;
  // Notice a takeover promptly (not only on the next event), to remove our panels.
  const observer = new MutationObserver(() => {
    if (!owns()) {
      observer.disconnect();
      onLost();
    }
  });
  observer.observe(root, { attributes: true, attributeFilter: [INSTANCE_ATTRIBUTE] });
  const release = () => {
    observer.disconnect();
    if (owns()) root.removeAttribute(INSTANCE_ATTRIBUTE);
  };
  signal.addEventListener('abort', release, { once: true });
  return { id, owns, release };
}
