import { setupLanguageSwitch } from './language.ts';
import { setupMenu } from './menu.ts';
import { setupSearch } from './search.ts';
import { setupTheme } from './theme.ts';

setupTheme();
setupMenu();
setupSearch();
setupLanguageSwitch();
