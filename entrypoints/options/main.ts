import { resolveLanguage } from '@/src/i18n/languages';
import { t } from '@/src/i18n/strings';
import { mountCaseloadSection } from '@/src/ui/options/caseload-section';
import { mountLogSection } from '@/src/ui/options/log-section';
import { mountPolicySection } from '@/src/ui/options/policy-section';

const language = resolveLanguage('auto');
document.documentElement.lang = language;
document.title = t(language, 'optionsTitle');
const heading = document.createElement('h1');
heading.textContent = t(language, 'optionsTitle');
document.querySelector('#app')?.append(heading);
const logContainer = document.querySelector<HTMLElement>('#app');
if (logContainer) mountPolicySection(logContainer);
if (logContainer) mountCaseloadSection(logContainer, { language });
if (logContainer) mountLogSection(logContainer, { language });
