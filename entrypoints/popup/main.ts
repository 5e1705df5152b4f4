import { resolveLanguage } from '@/src/i18n/languages';
import { userLanguage } from '@/src/i18n/user-language';
import { mountPopup } from '@/src/ui/popup/mount-popup';

const app = document.querySelector<HTMLElement>('#app');
// Shown at once in the browser's language, then again with the policy's language and guidelines link.
const first = resolveLanguage('auto');
document.documentElement.lang = first;
if (app) void mountPopup(app, { language: first });
void userLanguage().then(({ language, guidelinesUrl }) => {
  if (language === first && !guidelinesUrl) return;
  document.documentElement.lang = language;
  if (app) void mountPopup(app, { language, guidelinesUrl });
});
