/**
 * CSS of the policy section, injected as one <style> by mountPolicySection (like the log
 * section: no bundler CSS import, so it also applies in happy-dom tests). Scoped under
 * .v-policy; system colours so dark mode works.
 */
export const POLICY_SECTION_CSS = `
.v-policy { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color-scheme: light dark; max-width: 1100px; }
.v-policy h2 { font-size: 1.3em; margin: 1.2em 0 .3em; }
.v-policy h3 { font-size: 1.05em; margin: 1em 0 .3em; }
.v-policy .v-policy-notice { padding: 6px 10px; border-left: 5px solid #1a56c4; background: rgb(26 86 196 / .10); border-radius: 6px; }
.v-policy .v-policy-errors { padding: 6px 10px; border-left: 5px solid #b3261e; background: rgb(179 38 30 / .10); border-radius: 6px; }
.v-policy .v-policy-errors ul { margin: 4px 0; padding-left: 1.2em; }
.v-policy .v-policy-invalid { margin-top: 4px; padding: 4px 8px; border-left: 4px solid #b3261e; background: rgb(179 38 30 / .10); border-radius: 4px; font-size: .9em; }
.v-policy .v-policy-row { display: grid; grid-template-columns: minmax(180px, 1fr) 2fr; gap: 4px 16px; padding: 10px 0; border-bottom: 1px solid rgb(128 128 128 / .35); }
.v-policy .v-policy-row[data-locked="true"] { opacity: .85; }
.v-policy .v-policy-label { font-weight: 600; }
.v-policy .v-policy-desc { font-size: .9em; opacity: .85; margin: 2px 0 0; }
.v-policy .v-policy-badge { display: inline-block; margin-top: 4px; padding: 1px 8px; border-radius: 10px; font-size: .8em; background: #1a56c4; color: #fff; }
.v-policy .v-policy-badge[data-kind="admin-only"] { background: #5f6368; }
.v-policy .v-policy-control { display: flex; flex-direction: column; gap: 4px; align-items: start; }
.v-policy .v-policy-control label { display: flex; gap: 6px; align-items: center; }
.v-policy input, .v-policy select, .v-policy textarea, .v-policy button { font: inherit; }
.v-policy textarea { width: 100%; min-height: 5em; box-sizing: border-box; }
.v-policy input[type="text"], .v-policy input[type="url"] { width: 100%; box-sizing: border-box; }
.v-policy button { padding: 3px 10px; border-radius: 6px; border: 1px solid #8a8d91; background: Canvas; color: CanvasText; cursor: pointer; }
.v-policy :is(button, input, select, textarea):focus-visible { outline: 3px solid #1a56c4; outline-offset: 2px; }
.v-policy :is(input, select, textarea):disabled { cursor: not-allowed; }
.v-policy .v-policy-status { font-size: .9em; }
.v-policy .v-policy-status[data-state="error"] { color: #b3261e; font-weight: 600; }
.v-policy .v-policy-readonly { margin: 0; padding: 0; list-style: none; }
.v-policy details { margin: 1em 0; }
.v-policy table { border-collapse: collapse; margin-top: 6px; }
.v-policy th, .v-policy td { text-align: left; padding: 3px 10px; border-bottom: 1px solid rgb(128 128 128 / .35); }
.v-policy code { font-family: ui-monospace, monospace; }
`;
