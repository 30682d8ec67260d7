import { slot, withElements } from '../../components/sentence-slots';
import { t } from '../../lib/i18n/translate';
import type { ManagedKey } from '../../lib/settings/managed-policy';
import type { ManagedView } from '../../lib/settings/settings-view';

/**
 * The policy keys in the words of the options page, so an administrator's mistake can be found. Every
 * key Scanlink reads has one (the type says so); read at render, where `t` answers.
 */
const POLICY_LABELS: Record<ManagedKey, () => string> = {
  provider: () => t('managed.setting.provider'),
  accountId: () => t('managed.setting.accountId'),
  apiToken: () => t('managed.setting.apiToken'),
  apiBaseUrl: () => t('managed.setting.apiBaseUrl'),
  visibility: () => t('managed.setting.visibility'),
  urlscanApiKey: () => t('managed.setting.urlscanApiKey'),
  urlscanApiBaseUrl: () => t('managed.setting.urlscanApiBaseUrl'),
  urlscanVisibility: () => t('managed.setting.urlscanVisibility'),
  scanurlApiKey: () => t('managed.setting.scanurlApiKey'),
  scanurlApiBaseUrl: () => t('managed.setting.scanurlApiBaseUrl'),
  neverScanDomains: () => t('managed.setting.neverScanDomains'),
};

const policyLabel = (key: string) =>
  Object.hasOwn(POLICY_LABELS, key) ? POLICY_LABELS[key as ManagedKey]() : t('managed.setting.unknown');

/** Says which settings the organisation manages, and which of its values were ignored and why. */
export function ManagedNotice({ managed }: { managed: ManagedView }) {
  const manages = managed.locked.length > 0 || managed.neverScanDomains.length > 0;
  return (
    <>
      {manages && (
        <p role="note" class="managed">
          {t('managed.notice')}
        </p>
      )}
      {managed.problems.length > 0 && (
        <div role="alert" class="managed-problems">
          <p>{t('managed.problems')}</p>
          <ul>
            {managed.problems.map((problem) => (
              <li key={`${problem.key}: ${problem.message}`}>
                {withElements(t('managed.problem', [policyLabel(problem.key), slot(0), problem.message]), [
                  <code key="key">{problem.key}</code>,
                ])}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
