/**
 * The guard on one page: watches composers, scans drafts while the user types (after a
 * pause, in idle time), shows the inline warning and highlights, and stops sends that need
 * an acknowledgement. Site-agnostic: everything site-specific comes from the adapter.
 * Everything it starts ends with `signal` (WXT's ctx.signal, aborted also when a newer instance
 * of the content script takes over the page).
 */
import type { Assessment, Finding, ScanOptions } from '../detect/types';
import { resolveLanguage, type Language } from '../i18n/languages';
import type { Decision, GuardEvent, MessageMap, Reason } from '../messaging/protocol';
import { DEFAULT_POLICY } from '../policy/defaults';
import { scanOptionsFor } from '../policy/scan-options';
import type { Policy } from '../policy/types';
import type { Composer, MissingAnchor, SiteAdapter, Surface } from '../sites/types';
import { openAckDialog, type ConfirmResult, type OpenDialog } from '../ui/ack-dialog';
import { channelAdvice } from '../ui/channel-advice';
import { labelCounts, listedFindings, panelFindings } from '../ui/finding-list';
import { fixFor } from '../ui/fix-actions';
import { gt } from '../ui/guard-strings';
import { createHighlighter } from '../ui/highlights';
import { createWarningPanel, wantsCompact, type WarningPanel } from '../ui/warning-panel';
import { createBypass } from './bypass';
import { createFallback } from './fallback-composers';
import { extractDraft, rangeFor, type Draft } from './draft-text';
import { guardEvent, randomId } from './guard-event';
import type { PolicySource } from './policy-source';
import { createScanScheduler, type ScanScheduler, type SchedulerClock } from './scan-scheduler';
import { decide, type SendDecision } from './send-decision';
import type { ListenerRelay } from './early-listeners';
import { installSendInterceptor, type SendVia } from './send-interceptor';
import { watchComposers } from './watch-composers';

export type RecordResponse = MessageMap['content→background:record']['response'];

export type WarmUpStep = () => void | ReadonlyArray<WarmUpStep>;

export interface GuardOptions {
  adapter: SiteAdapter;
  scan(text: string, options: ScanOptions): Assessment;
  policy: PolicySource;
  /** Sends a content-free event to the background; resolves once it is durable. */
  record(event: GuardEvent): Promise<RecordResponse>;
  signal: AbortSignal;
  doc?: Document;
  win?: Window;
  /** The relay of window listeners registered at document_start (see early-listeners.ts). */
  listenOn?: ListenerRelay;
  /** Only real user events count as confirmation (tests inject their own notion). */
  isTrusted?: (event: Event) => boolean;
  now?: () => number;
  newId?: () => string;
  clock?: SchedulerClock;
  browserLanguage?: string;
  /** Pause after typing before a scan (ms). */
  scanDelay?: number;
  /**
   * Steps that load the detector's lexicons ahead of the first scan, one idle task each. A step
   * may return further steps (known only once the detector is loaded); they run next.
   */
  warmUp?: ReadonlyArray<WarmUpStep>;
  /** How often the document is re-searched for composers at most (ms). */
  discoveryThrottle?: number;
}

export interface Guard {
  readonly policy: Policy;
  /** Guarding now: not stopped (nor replaced by a newer instance), and the policy has the site on. */
  readonly active: boolean;
  /** The site adapter missed a composer or send control: a generic guard runs (popup: „Schutz eingeschränkt“). */
  readonly limited: boolean;
  /** Composers currently watched (for tests and the status report). */
  readonly editors: ReadonlySet<HTMLElement>;
  readonly dialog: OpenDialog | null;
  /** Run pending scans now (tests; a send decision always scans afresh anyway). */
  flush(): void;
}

type ScanResult = { assessment: Assessment | null };

interface Watched {
  composer: Composer;
  observer: MutationObserver;
  scheduler: ScanScheduler;
  text: string | null;
  result: ScanResult;
  panel: WarningPanel | null;
  falseAlarmReported: boolean;
  /** The user closed the notice; it stays closed while the findings stay the same. */
  noticeClosed: boolean;
  /** The findings the panel lists, in its order (its buttons refer to them by index). */
  listed: Finding[];
}

export function startGuard(options: GuardOptions): Guard {
  // The site's adapter plus generic composers for editables it misses (a site redesign).
  const fallback = createFallback(options.adapter);
  const { adapter } = fallback;
  const doc = options.doc ?? document;
  const win = options.win ?? window;
  const isTrusted = options.isTrusted ?? ((event: Event) => event.isTrusted);
  const now = options.now ?? Date.now;
  const newId = options.newId ?? randomId;

  const life = new AbortController();
  const signal = life.signal;
  if (options.signal.aborted) life.abort();
  options.signal.addEventListener('abort', () => life.abort(), { once: true, signal });
  // One guard per page: WXT's ContentScriptContext aborts `signal` when a newer instance of
  // this content script starts (its stopOldScripts event, dispatched in the isolated world's
  // terms) or the extension context is gone. Nothing in the page's DOM decides whether we run.

  let policy: Policy = { ...DEFAULT_POLICY };
  let scanOptions: ScanOptions = scanOptionsFor(policy);
  let dialog: OpenDialog | null = null;
  const watched = new Map<HTMLElement, Watched>();
  const bypass = createBypass();
  const highlighter = createHighlighter(doc, win);

  // Closed synchronously when its host leaves the page (the result promise settles later).
  const dialogOpen = () => dialog !== null && dialog.host.isConnected;
  const enabled = () => !signal.aborted && policy.sites?.[adapter.id] !== false;
  const language = (): Language => resolveLanguage(policy.language ?? 'auto', options.browserLanguage);

  const safeScan = (text: string, surface: Composer['surface']): ScanResult => {
    try {
      const assessment = options.scan(text, { ...scanOptions, surface });
      if (!assessment || !Array.isArray(assessment.findings)) return { assessment: null };
      return { assessment };
    } catch {
      // Never log the error: its message could quote the draft.
      return { assessment: null };
    }
  };

  // --- the site changed: fail safe and say so ---

  const reported = new Set<string>();
  let limited = false;
  /** Once per site, surface and anchor and page: a content-free record, forwarded like the others. */
  const degraded = (surface: Surface, missing: MissingAnchor) => {
    const key = `${adapter.id}:${surface}:${missing}`;
    if (signal.aborted || reported.has(key)) return;
    reported.add(key);
    limited = true;
    const event = guardEvent({
      decision: 'adapter-degraded',
      site: adapter.id,
      surface,
      assessment: null,
      missing,
      now,
      newId,
    });
    void options.record(event).catch(() => undefined);
  };
  /** A confirmed draft in a generic composer: the user's own next send of the same text passes once. */
  let pass: { editor: HTMLElement; text: string } | null = null;

  const record = async (decision: Decision, composer: Composer, result: ScanResult, reason?: Reason) => {
    const event = guardEvent({
      decision,
      site: adapter.id,
      surface: composer.surface,
      assessment: result.assessment,
      consentConfirmed: reason === 'consent',
      ...(reason ? { reason } : {}),
      now,
      newId,
    });
    try {
      const answer = await options.record(event);
      return answer && answer.ok === true;
    } catch {
      return false;
    }
  };

  // --- inline warning and highlights ---

  const decisionFor = (composer: Composer, result: ScanResult): SendDecision =>
    decide(result.assessment, policy, {
      surface: composer.surface,
      publicAudience: composer.surface === 'post' && safeCall(() => adapter.isPublicAudience?.(composer, doc)) === true,
    });

  const hide = (entry: Watched) => {
    entry.panel?.remove();
    highlighter.clear(entry.composer.editor);
  };

  const render = (entry: Watched, draft: Draft) => {
    const decision = enabled() && draft.text.trim() ? decisionFor(entry.composer, entry.result) : null;
    const mode = decision?.panelMode ?? null;
    if (!mode || (mode === 'notice' && entry.noticeClosed)) return hide(entry);
    const findings = entry.result.assessment?.findings ?? [];
    let highlighted = false;
    if (mode === 'warn' && highlighter.supported) {
      const ranges = findings
        .map((finding) => rangeFor(draft, finding.start, finding.end, doc))
        .filter((range): range is AbstractRange => range !== null);
      highlighter.set(entry.composer.editor, ranges);
      highlighted = ranges.length > 0;
    } else highlighter.clear(entry.composer.editor);
    entry.panel ??= createWarningPanel(doc, {
      onFalseAlarm: (event) => reportFalseAlarm(entry, event),
      onSelect: (index, event) => selectFinding(entry, index, event),
      onFix: (index, event) => void applyFix(entry, index, event),
      onClose: (event) => closeNotice(entry, event),
    });
    place(entry);
    const lang = language();
    entry.listed = listedFindings(findings);
    entry.panel.update({
      mode,
      items: labelCounts(findings, lang),
      findings: panelFindings(entry.listed, lang, draft.text),
      advice: channelAdvice(policy, lang),
      language: lang,
      falseAlarmReported: entry.falseAlarmReported,
      highlighted,
      compact: wantsCompact(win),
      consent: decision?.askConsent === true,
    });
  };

  const place = (entry: Watched) => {
    const host = entry.panel?.host;
    if (!host) return;
    let anchor: HTMLElement = entry.composer.editor;
    try {
      const candidate = adapter.anchorFor(entry.composer);
      // Never inside the editor: Lexical would revert it, and it must not become draft text.
      const editor = entry.composer.editor;
      if (candidate && (candidate === editor || !editor.contains(candidate))) anchor = candidate;
    } catch {
      // fall back to the editor itself (the panel goes before it, outside it)
    }
    if (!anchor.parentNode) return;
    if (host.isConnected && host.nextElementSibling === anchor) return;
    anchor.before(host);
  };

  const closeNotice = (entry: Watched, event: Event) => {
    if (!isTrusted(event)) return;
    entry.noticeClosed = true;
    hide(entry);
  };

  /** The span of a listed finding in the current draft, as a live Range; null when the draft moved on. */
  const findingRange = (entry: Watched, start: number, end: number): Range | null => {
    const draft = extractDraft(entry.composer.editor);
    if (draft.text !== entry.text) return null;
    const found = rangeFor(draft, start, end, doc);
    if (!found) return null;
    const range = doc.createRange();
    range.setStart(found.startContainer, found.startOffset);
    range.setEnd(found.endContainer, found.endOffset);
    return range;
  };

  const select = (range: Range) => {
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  };

  /** Selecting is not modifying: the span is selected in the draft, the editor's DOM untouched. */
  const selectFinding = (entry: Watched, index: number, event: Event) => {
    if (!isTrusted(event)) return;
    const finding = entry.listed[index];
    const range = finding && findingRange(entry, finding.start, finding.end);
    if (range) safeCall(() => select(range));
  };

  /**
   * A one-click fix, applied as the user's own edit through the editor's input path: focus,
   * select the span, then insertText / delete, which fire beforeinput and let Lexical make the
   * change in its own state (undoable with Ctrl+Z). We never write into the editor's DOM.
   */
  const applyFix = async (entry: Watched, index: number, event: Event) => {
    if (!isTrusted(event)) return;
    const finding = entry.listed[index];
    const text = entry.text;
    if (!finding || text === null) return;
    const fix = fixFor(finding, text);
    const range = fix && findingRange(entry, fix.start, fix.end);
    if (!fix || !range) return;
    const editor = entry.composer.editor;
    safeCall(() => editor.focus({ preventScroll: true }));
    safeCall(() => select(range));
    // Lexical picks the new selection up from selectionchange, which is dispatched async.
    await nextFrame(win);
    if (extractDraft(editor).text !== text) return;
    safeCall(() => select(range));
    const done = safeCall(() =>
      fix.replacement ? doc.execCommand('insertText', false, fix.replacement) : doc.execCommand('delete', false),
    );
    if (!done) entry.panel?.root.querySelector('[data-why]')?.replaceChildren(gt(language(), 'fixFailed'));
  };

  const reportFalseAlarm = (entry: Watched, event: Event) => {
    if (!isTrusted(event) || entry.falseAlarmReported) return;
    entry.falseAlarmReported = true;
    // A notice reported as a false alarm has done its job: it closes.
    if (decisionFor(entry.composer, entry.result).panelMode === 'notice') entry.noticeClosed = true;
    void record('false-alarm', entry.composer, entry.result);
    rescan(entry, true);
  };

  const rescan = (entry: Watched, force = false) => {
    if (signal.aborted) return;
    const draft = extractDraft(entry.composer.editor);
    if (draft.text !== entry.text || force) {
      if (draft.text !== entry.text) {
        entry.text = draft.text;
        const previousKinds = JSON.stringify(entry.result.assessment?.findings.map((f) => f.kind) ?? []);
        // An empty composer needs no detector (and must not load its lexicons at page load).
        entry.result = draft.text.trim()
          ? safeScan(draft.text, entry.composer.surface)
          : { assessment: { severity: 'none', findings: [] } };
        // A reported false alarm stays reported while the findings stay the same.
        const kinds = JSON.stringify(entry.result.assessment?.findings.map((f) => f.kind) ?? []);
        if (kinds !== previousKinds) {
          entry.falseAlarmReported = false;
          entry.noticeClosed = false;
        }
      }
    }
    // Same text, maybe new nodes (Lexical replaced them): the ranges are recomputed anyway.
    render(entry, draft);
    // A draft but no send control where the adapter expects one: the site changed.
    if (enabled() && draft.text.trim() && !fallback.isGeneric(entry.composer.editor))
      if (!safeCall(() => adapter.findSendControl(entry.composer, doc)))
        degraded(entry.composer.surface, 'send-control');
  };

  const watch = (composer: Composer) => {
    const entry: Watched = {
      composer,
      observer: new MutationObserver(() => {
        // Highlights are hidden while the user types and come back with the next scan: their
        // ranges go stale with each edit, and painting highlights costs Chromium about 2 ms on
        // every keystroke (measured with test/bench/keystroke.ts), the whole of the guard's cost.
        highlighter.clear(composer.editor);
        entry.scheduler.schedule();
      }),
      scheduler: createScanScheduler(() => rescan(entry), {
        delay: options.scanDelay ?? 150,
        signal,
        ...(options.clock ? { clock: options.clock } : {}),
      }),
      text: null,
      result: { assessment: { severity: 'none', findings: [] } },
      panel: null,
      falseAlarmReported: false,
      noticeClosed: false,
      listed: [],
    };
    // The editor's DOM is the source of truth: Lexical cancels some beforeinput events, so
    // input events alone miss edits; every change ends up as a mutation.
    entry.observer.observe(composer.editor, { childList: true, characterData: true, subtree: true });
    // The detector builds its lexicons on first use (tens of ms): do that in idle time as soon
    // as the user enters a composer, not in the pause after their first words.
    composer.editor.addEventListener('focusin', warmUp, { once: true, signal });
    watched.set(composer.editor, entry);
    // A draft already there (restored by the site) is judged at once; an empty composer waits
    // for its first mutation: page load does not pay for a scan of nothing.
    if (mayHoldDraft(entry)) entry.scheduler.schedule();
  };

  const mayHoldDraft = (entry: Watched) => !!entry.text || !!entry.composer.editor.textContent?.trim();

  let warmed = false;
  const warmUp = () => {
    if (warmed) return;
    warmed = true;
    // One idle task per step (e.g. per recognizer), so no single task gets long.
    const steps: WarmUpStep[] = [...(options.warmUp ?? [() => void safeScan('Vertraulich', 'chat')])];
    const next = () => {
      const step = steps.shift();
      if (!step || signal.aborted) return;
      try {
        const more = step();
        if (Array.isArray(more)) steps.unshift(...(more as WarmUpStep[]));
      } catch {
        // a failing warm-up only means the first real scan pays the cost
      }
      idle(win, next);
    };
    idle(win, next);
  };

  const unwatch = (editor: HTMLElement) => {
    const entry = watched.get(editor);
    if (!entry) return;
    watched.delete(editor);
    entry.observer.disconnect();
    entry.scheduler.cancel();
    hide(entry);
  };

  // --- sending ---

  const verdictFor = (composer: Composer): { verdict: SendDecision; result: ScanResult; draft: Draft } | null => {
    const draft = extractDraft(composer.editor);
    if (!draft.text.trim()) return null;
    const result = safeScan(draft.text, composer.surface);
    return { verdict: decisionFor(composer, result), result, draft };
  };

  const onSend = (composer: Composer, _via: SendVia): boolean => {
    if (!enabled()) return false;
    if (pass && pass.editor === composer.editor) {
      const same = extractDraft(composer.editor).text === pass.text;
      pass = null;
      if (same && !dialogOpen()) return false;
    }
    if (dialogOpen()) return true; // a second Enter while the dialog is open must not slip through
    // A FRESH scan of the current draft: the scheduled one may be up to 150 ms stale.
    const decided = verdictFor(composer);
    if (!decided) return false;
    const { verdict, result, draft } = decided;
    const entry = watched.get(composer.editor);
    if (entry) {
      entry.scheduler.cancel();
      entry.text = draft.text;
      entry.result = result;
      render(entry, draft);
    }
    switch (verdict.action) {
      case 'send':
        return false;
      case 'monitor':
        void record('monitored', composer, result);
        return false;
      case 'block':
        void record('blocked', composer, result);
        showDialog(composer, verdict, result, draft.text);
        return true;
      case 'acknowledge':
        showDialog(composer, verdict, result, draft.text);
        return true;
    }
  };

  const wouldStop = (composer: Composer): boolean => {
    if (!enabled()) return false;
    if (dialogOpen()) return true;
    const action = verdictFor(composer)?.verdict.action;
    return action === 'acknowledge' || action === 'block';
  };

  const showDialog = (composer: Composer, verdict: SendDecision, result: ScanResult, text: string) => {
    const mode = verdict.dialogMode ?? 'acknowledge';
    const { editor } = composer;
    const saved = savedSelection(doc, editor);
    const savedControl = safeCall(() => adapter.findSendControl(composer, doc));
    const findings = result.assessment?.findings ?? [];
    const lang = language();

    const post = composer.surface === 'post';
    const recordFailed = gt(lang, post ? 'recordFailedPost' : 'recordFailed');
    const onConfirm = async ({ reason }: { reason: Reason }): Promise<ConfirmResult> => {
      if (extractDraft(editor).text !== text) return { ok: false, message: gt(lang, 'draftChanged') };
      const decision: Decision = mode === 'check-failed' ? 'check-failed' : 'acknowledged';
      // Record first: without a durable record the draft is not sent.
      if (!(await record(decision, composer, result, reason))) return { ok: false, message: recordFailed };
      if (signal.aborted) return { ok: false, message: recordFailed };
      restoreFocus(editor, saved);
      let control =
        safeCall(() => adapter.findSendControl(composer, doc)) ?? (savedControl?.isConnected ? savedControl : null);
      if (!control) {
        // Some controls appear only while the composer has focus: give the site a frame.
        await nextFrame(win);
        control = safeCall(() => adapter.findSendControl(composer, doc));
      }
      if (!control && fallback.isGeneric(editor)) {
        // No send control we know of (a generic composer): the user sends the confirmed draft
        // themselves, once, unchanged.
        pass = { editor, text };
        return { ok: false, message: gt(lang, 'sendAgain') };
      }
      if (!control) {
        degraded(composer.surface, 'send-control');
        return { ok: false, message: gt(lang, post ? 'sendControlMissingPost' : 'sendControlMissing') };
      }
      // The record took a round trip to the background (and maybe a frame): a page script may
      // have changed the draft meanwhile. The acknowledgement was for `text` only, so a changed
      // draft is not sent under it; the user sends again and the new draft is assessed afresh.
      if (extractDraft(editor).text !== text) return { ok: false, message: gt(lang, 'draftChanged') };
      // Send once through the site's own control; the bypass lets exactly this click pass.
      bypass.arm(editor);
      try {
        control.click();
      } finally {
        bypass.disarm();
      }
      return { ok: true };
    };

    dialog = openAckDialog({
      doc,
      language: lang,
      mode,
      items: labelCounts(findings, lang),
      advice: channelAdvice(policy, lang),
      reasons: verdict.reasons,
      post,
      onConfirm,
      onMove: () => moveToChannel(composer, result, text, lang),
      isTrusted,
      signal,
    });
    const opened = dialog;
    void opened.result.then((outcome) => {
      if (dialog === opened) dialog = null;
      if (outcome === 'moved') restoreFocus(editor, saved);
      if (outcome === 'edit') {
        if (mode !== 'block' && !signal.aborted) void record('edited', composer, result);
        restoreFocus(editor, saved);
      }
    });
  };

  /**
   * „In <Kanal> weiterschreiben“: on the user's click, the draft goes to the clipboard (the
   * user's own copy; nothing stored), the channel opens in a new tab, the draft stays, and a
   * content-free record says the user moved.
   */
  const moveToChannel = async (
    composer: Composer,
    result: ScanResult,
    text: string,
    lang: Language,
  ): Promise<ConfirmResult> => {
    const url = channelAdvice(policy, lang).channelUrl;
    if (!url) return { ok: false, message: gt(lang, 'recordFailed') };
    let copied: Promise<unknown>;
    try {
      copied = win.navigator.clipboard.writeText(text);
    } catch (error) {
      copied = Promise.reject(error);
    }
    // Opened inside the same click as the copy: both need the user's activation.
    safeCall(() => win.open(url, '_blank', 'noopener,noreferrer'));
    const ok = await copied.then(
      () => true,
      () => false,
    );
    void record('moved', composer, result);
    return ok ? { ok: true } : { ok: false, message: gt(lang, 'moveCopyFailed') };
  };

  // --- wiring ---

  installSendInterceptor({
    adapter,
    win,
    ...(options.listenOn ? { listenOn: options.listenOn } : {}),
    doc,
    signal,
    bypass,
    active: enabled,
    isTrusted,
    onSend,
    wouldStop,
  });

  options.policy((next) => {
    if (signal.aborted) return;
    policy = next;
    scanOptions = scanOptionsFor(next);
    // New terms or thresholds: every draft is judged again.
    for (const entry of watched.values()) {
      if (!mayHoldDraft(entry)) continue;
      entry.text = null;
      entry.scheduler.schedule();
    }
  }, signal);

  const composers = watchComposers(
    adapter,
    doc,
    { added: watch, removed: unwatch },
    signal,
    options.discoveryThrottle ?? 100,
  );

  // A focused editable the adapter does not know (and does not know as a search box): guard it
  // generically and report the missing composer. Only the user's own focus counts.
  doc.addEventListener(
    'focusin',
    (event) => {
      if (!isTrusted(event) || !enabled()) return;
      const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
      const target = (path[0] ?? event.target) as Element | null;
      if (!target || target.nodeType !== 1) return;
      const composer = fallback.adopt(target);
      if (!composer) return;
      composers.refresh();
      degraded(composer.surface, 'composer');
    },
    { capture: true, signal },
  );

  // Zooming or resizing can make room short (or give it back): lay open panels out again.
  let relayout = 0;
  win.addEventListener(
    'resize',
    () => {
      win.clearTimeout(relayout);
      relayout = win.setTimeout(() => {
        for (const entry of watched.values()) if (entry.panel?.host.isConnected) rescan(entry);
      }, 200);
    },
    { signal, passive: true },
  );

  signal.addEventListener(
    'abort',
    () => {
      win.clearTimeout(relayout);
      for (const editor of [...watched.keys()]) unwatch(editor);
      dialog?.close();
      highlighter.dispose();
    },
    { once: true },
  );

  return {
    get policy() {
      return policy;
    },
    get active() {
      return enabled();
    },
    get limited() {
      return limited;
    },
    get editors() {
      return composers.editors;
    },
    get dialog() {
      return dialogOpen() ? dialog : null;
    },
    flush() {
      for (const entry of watched.values()) entry.scheduler.flush();
    },
  };
}

function safeCall<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

function savedSelection(doc: Document, editor: HTMLElement): Range | null {
  try {
    const selection = doc.getSelection();
    if (!selection || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    return editor.contains(range.startContainer) ? range.cloneRange() : null;
  } catch {
    return null;
  }
}

/** Back to the draft where the user left it; Lexical picks the selection up from the DOM. */
function restoreFocus(editor: HTMLElement, saved: Range | null): void {
  try {
    editor.focus({ preventScroll: true });
    if (saved && saved.startContainer.isConnected && editor.contains(saved.startContainer)) {
      const selection = editor.ownerDocument.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(saved);
    }
  } catch {
    // focus is a courtesy; never fail the flow over it
  }
}

function idle(win: Window, callback: () => void): void {
  const ric = (win as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number })
    .requestIdleCallback;
  if (typeof ric === 'function') ric.call(win, callback, { timeout: 1000 });
  else setTimeout(callback, 50);
}

function nextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => {
    const raf = (win as Window & { requestAnimationFrame?: (cb: () => void) => number }).requestAnimationFrame;
    if (typeof raf === 'function') raf.call(win, () => resolve());
    else setTimeout(resolve, 16);
  });
}
