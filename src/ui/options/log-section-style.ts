/**
 * CSS of the log section, injected as one <style> by mountLogSection (no bundler CSS import,
 * so it also applies in happy-dom tests). Scoped under .v-log; system colours for dark mode.
 */
export const LOG_SECTION_CSS = `
.v-log { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color-scheme: light dark; max-width: 1100px; }
.v-log h2 { font-size: 1.3em; margin: 1.2em 0 .3em; }
.v-log h3 { font-size: 1.05em; margin: 1em 0 .3em; }
.v-log .v-log-filters, .v-log .v-log-actions { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: end; margin: 8px 0; }
.v-log label { display: flex; flex-direction: column; font-size: .9em; gap: 2px; }
.v-log button, .v-log input, .v-log select { font: inherit; }
.v-log button { padding: 5px 12px; border-radius: 6px; border: 1px solid #8a8d91; background: Canvas; color: CanvasText; cursor: pointer; }
.v-log button.v-primary { background: #1a56c4; border-color: #1a56c4; color: #fff; font-weight: 600; }
.v-log button:focus-visible, .v-log input:focus-visible, .v-log select:focus-visible { outline: 3px solid #1a56c4; outline-offset: 2px; }
.v-log button:disabled { opacity: .6; cursor: progress; }
.v-log .v-log-result { margin: 6px 0; padding: 6px 10px; border-radius: 6px; border-left: 5px solid transparent; }
.v-log .v-log-result:empty { display: none; }
.v-log .v-log-result[data-state="ok"] { border-color: #1e7f3c; background: rgb(30 127 60 / .12); }
.v-log .v-log-result[data-state="broken"], .v-log .v-log-result[data-state="error"] { border-color: #b3261e; background: rgb(179 38 30 / .12); font-weight: 600; }
.v-log .v-log-chart { display: flex; align-items: end; gap: 4px; height: 110px; margin: 4px 0 0; padding: 0; list-style: none; }
.v-log .v-log-chart li { flex: 1 1 0; display: flex; flex-direction: column; align-items: center; justify-content: end; height: 100%; font-size: .75em; min-width: 28px; }
.v-log .v-log-bar { width: 70%; background: #1a56c4; border-radius: 3px 3px 0 0; min-height: 1px; }
.v-log .v-log-bar-count { font-variant-numeric: tabular-nums; }
.v-log table { border-collapse: collapse; width: 100%; margin-top: 8px; font-variant-numeric: tabular-nums; }
.v-log th, .v-log td { text-align: left; padding: 4px 8px; border-bottom: 1px solid rgb(128 128 128 / .35); vertical-align: top; }
.v-log th { position: sticky; top: 0; background: Canvas; }
.v-log .v-log-damaged td { color: #b3261e; font-weight: 600; background: rgb(179 38 30 / .08); }
.v-log .v-muted { opacity: .8; font-size: .9em; }
`;
