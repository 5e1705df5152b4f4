import { userLanguage } from '@/src/i18n/user-language';
import { mountPopup } from '@/src/ui/popup/mount-popup';

void userLanguage().then(({ language, guidelinesUrl }) => {
  document.documentElement.lang = language;
  const app = document.querySelector<HTMLElement>('#app');
  if (app) void mountPopup(app, { language, guidelinesUrl });
});
