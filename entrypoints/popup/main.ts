import { resolveLanguage } from '@/src/i18n/languages';
import { t } from '@/src/i18n/strings';

const language = resolveLanguage('auto');
document.documentElement.lang = language;
const heading = document.createElement('h1');
heading.textContent = t(language, 'popupTitle');
document.querySelector('#app')?.append(heading);
