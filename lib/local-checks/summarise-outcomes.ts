/** One checked example: what it really is, and whether the local check called it suspicious. */
export type CaseOutcome = { readonly truth: 'phishing' | 'legitimate'; readonly suspicious: boolean };

export type OutcomeSummary = {
  readonly phishing: number;
  readonly detected: number;
  /** detected / phishing */
  readonly detectionRate: number;
  readonly legitimate: number;
  readonly falsePositives: number;
  /** falsePositives / legitimate */
  readonly falsePositiveRate: number;
};

/** Detection rate on the phishing examples and false-positive rate on the legitimate ones. */
export function summariseOutcomes(outcomes: readonly CaseOutcome[]): OutcomeSummary {
  const phishing = outcomes.filter((outcome) => outcome.truth === 'phishing');
  const legitimate = outcomes.filter((outcome) => outcome.truth === 'legitimate');
  const detected = phishing.filter((outcome) => outcome.suspicious).length;
  const falsePositives = legitimate.filter((outcome) => outcome.suspicious).length;
  return {
    phishing: phishing.length,
    detected,
    detectionRate: ratio(detected, phishing.length),
    legitimate: legitimate.length,
    falsePositives,
    falsePositiveRate: ratio(falsePositives, legitimate.length),
  };
}

/** The summary as the one line the README quotes. */
export function formatSummary(summary: OutcomeSummary): string {
  const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;
  return (
    `detection ${summary.detected}/${summary.phishing} (${percent(summary.detectionRate)}), ` +
    `false positives ${summary.falsePositives}/${summary.legitimate} (${percent(summary.falsePositiveRate)})`
  );
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
