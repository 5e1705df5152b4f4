import { resolveLanguage, type Language } from '@/src/i18n/languages';
import { t } from '@/src/i18n/strings';
import { userLanguage } from '@/src/i18n/user-language';
import { mountCaseloadSection } from '@/src/ui/options/caseload-section';
import { mountLogSection } from '@/src/ui/options/log-section';
import { mountPolicySection } from '@/src/ui/options/policy-section';

const app = document.querySelector<HTMLElement>('#app');
let sections: Array<{ destroy(): void }> = [];
// One language for the whole page: shown at once in the browser's, again in the policy's if it differs.
function mount(language: Language): void {
  for (const section of sections) section.destroy();
  document.documentElement.lang = language;
  document.title = t(language, 'optionsTitle');
  if (!app) return;
  const heading = document.createElement('h1');
  heading.textContent = t(language, 'optionsTitle');
  app.replaceChildren(heading);
  // The policy section follows the policy's language itself, also when the user changes it.
  sections = [mountPolicySection(app), mountCaseloadSection(app, { language }), mountLogSection(app, { language })];
}
const first = resolveLanguage('auto');
mount(first);
void userLanguage().then(({ language }) => language !== first && mount(language));
