import '../../components/extension-page.css';
import { render } from 'preact';
import { FullReportPage } from '../../components/report-page/full-report-page';
import { uiLocale } from '../../lib/i18n/locale-format';
import { t } from '../../lib/i18n/translate';
import { scanIdOfReportQuery } from '../../lib/report/report-page-address';

// `__MSG_…__` is not replaced in an extension page's HTML: its title and language are set here.
document.title = t('reportPage.title');
document.documentElement.lang = uiLocale();
const root = document.getElementById('app');
if (root) render(<FullReportPage scanId={scanIdOfReportQuery(location.search)} />, root);
