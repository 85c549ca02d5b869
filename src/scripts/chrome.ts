import { setupHeadingLinks } from './heading-links.ts';
import { setupLanguageSwitch } from './language.ts';
import { setupMenu } from './menu.ts';
import { setupQuiz } from './quiz.ts';
import { setupSearch } from './search.ts';
import { setupTheme } from './theme.ts';

setupTheme();
setupMenu();
setupSearch();
setupLanguageSwitch();
setupHeadingLinks();
setupQuiz();
