/**
 * Colours for light and dark, chosen for WCAG AA (text ≥ 4.5:1 on its background; focus
 * ring ≥ 3:1). Dark applies via :host([data-theme="dark"]) which the guard sets from
 * prefersDark() (system setting or Facebook's own dark mode class).
 */
export const THEME_CSS = `
:host {
  all: initial;
  --v-bg: #fff4e5; --v-fg: #3d2600; --v-border: #b35c00;
  --v-notice-bg: #f0f2f5; --v-notice-fg: #1c1e21; --v-notice-border: #8a8d91;
  --v-surface: #ffffff; --v-surface-fg: #1c1e21; --v-muted: #4b4f56;
  --v-primary: #8a3b00; --v-primary-fg: #ffffff;
  --v-secondary-bg: #e4e6eb; --v-secondary-fg: #1c1e21;
  --v-error: #b3261e; --v-focus: #1a56c4;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
:host([data-theme="dark"]) {
  --v-bg: #2b1d0e; --v-fg: #ffe2bf; --v-border: #ff9f43;
  --v-notice-bg: #242526; --v-notice-fg: #e4e6eb; --v-notice-border: #8a8d91;
  --v-surface: #242526; --v-surface-fg: #e4e6eb; --v-muted: #c8ccd1;
  --v-primary: #ffb366; --v-primary-fg: #1c1000;
  --v-secondary-bg: #3a3b3c; --v-secondary-fg: #e4e6eb;
  --v-error: #ffb4ab; --v-focus: #8ab4f8;
}
button, input { font: inherit; }
button { cursor: pointer; border-radius: 6px; padding: 6px 12px; border: 1px solid transparent; }
button:focus-visible, input:focus-visible, a:focus-visible { outline: 3px solid var(--v-focus); outline-offset: 2px; }
.primary { background: var(--v-primary); color: var(--v-primary-fg); font-weight: 600; }
.primary:disabled { opacity: .55; cursor: not-allowed; }
.secondary { background: var(--v-secondary-bg); color: var(--v-secondary-fg); }
.link { background: none; color: inherit; text-decoration: underline; padding: 2px 0; }
ul { margin: 4px 0; padding-left: 20px; }
p { margin: 4px 0; }
a { color: inherit; }
`;
