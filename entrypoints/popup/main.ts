import { resolveLanguage } from '@/src/i18n/languages';
import { mountPopup } from '@/src/ui/popup/mount-popup';

const language = resolveLanguage('auto');
document.documentElement.lang = language;
const app = document.querySelector<HTMLElement>('#app');
if (app) void mountPopup(app, { language });
