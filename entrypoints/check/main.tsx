import '../../components/extension-page.css';
import { render } from 'preact';
import { uiLocale } from '../../lib/i18n/locale-format';
import { t } from '../../lib/i18n/translate';
import { CheckPage } from './check-page';

// `__MSG_…__` is not replaced in an extension page's HTML: its title and language are set here.
document.title = t('check.pageTitle');
document.documentElement.lang = uiLocale();
const root = document.getElementById('app');
if (root) render(<CheckPage />, root);
