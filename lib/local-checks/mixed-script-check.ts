import { t } from '../i18n/translate';
import type { AddressFacts } from './address-facts';
import { brandMentionedIn } from './brand-mention';
import { scriptsIn } from './letter-script';
import { scriptNames } from './script-names';

/**
 * Reasons a host label mixes writing systems whose letters pass for each other ("pаypal" with a
 * Cyrillic а). Real names are written in one script (münchen, правительство, 例え); browsers show such
 * labels as punycode for the same reason (Chromium's IDN spoof checks).
 */
export function mixedScriptReasons(facts: AddressFacts): string[] {
  if (facts.isIpHost) return [];
  const reasons: string[] = [];
  for (const label of [...facts.subdomainLabels, ...facts.registrable.split('.')]) {
    const scripts = scriptsIn(label);
    if (scripts.length < 2) continue;
    // The brand check already says what the label imitates, which is the more useful sentence.
    if (facts.owner === undefined && brandMentionedIn(label)?.how === 'imitated') continue;
    reasons.push(t('checks.mixedScripts', [label, scriptNames(scripts)]));
  }
  return reasons;
}
