import { t } from '@/src/i18n/strings';
import { userLanguage } from '@/src/i18n/user-language';
import { mountLogSection } from '@/src/ui/options/log-section';
import { mountPolicySection } from '@/src/ui/options/policy-section';

// One language for the whole page: the policy's, else the browser's.
void userLanguage().then(({ language }) => {
  document.documentElement.lang = language;
  document.title = t(language, 'optionsTitle');
  const heading = document.createElement('h1');
  heading.textContent = t(language, 'optionsTitle');
  document.querySelector('#app')?.append(heading);
  const logContainer = document.querySelector<HTMLElement>('#app');
  if (logContainer) mountPolicySection(logContainer);
  if (logContainer) mountLogSection(logContainer, { language });
});
