import { t } from '../i18n/translate';
import type { LetterScript } from './letter-script';

function scriptName(script: LetterScript): string {
  switch (script) {
    case 'Latin':
      return t('checks.script.latin');
    case 'Greek':
      return t('checks.script.greek');
    case 'Cyrillic':
      return t('checks.script.cyrillic');
    case 'Armenian':
      return t('checks.script.armenian');
    case 'Cherokee':
      return t('checks.script.cherokee');
  }
}

/**
 * Scripts as a reason names them before "letters": "Latin and Cyrillic". Each language gives its own
 * form (German declines them: "lateinische und kyrillische Buchstaben").
 */
export function scriptNames(scripts: readonly LetterScript[]): string {
  const [first = '', ...rest] = scripts.map(scriptName);
  return rest.reduce((joined, name) => t('checks.and', [joined, name]), first);
}
