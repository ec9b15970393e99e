// The failure rates the exposure figures use and where they come from. The defaults live in
// DEFAULT_SETTINGS (a project can set its own); docs/economics.md cites each.
import type { ProjectSettings } from '../model/entities.js';

export interface FailureRates {
  /** Share of links that fail in a month, percent. */
  linkPctPerMonth: number;
  /** Share of optical modules that fail in a month, percent. */
  opticPctPerMonth: number;
  /** Share of switches that fail (crash, critical error) in a month, percent. */
  switchPctPerMonth: number;
}

export function ratesOf(s: Pick<ProjectSettings, 'linkFailurePctPerMonth' | 'opticFailurePctPerMonth' | 'switchFailurePctPerMonth'>): FailureRates {
  return { linkPctPerMonth: s.linkFailurePctPerMonth, opticPctPerMonth: s.opticFailurePctPerMonth, switchPctPerMonth: s.switchFailurePctPerMonth };
}

const HPN = 'K. Qian et al., "Alibaba HPN: A Data Center Network for Large Language Model Training", SIGCOMM 2024, section 2.3 (doi:10.1145/3651890.3672265)';

export const RATE_SOURCES: Record<keyof FailureRates, string> = {
  linkPctPerMonth: `${HPN}: "0.057% of NIC-ToR links fail each month"`,
  opticPctPerMonth: `derived upper bound: half the HPN NIC-ToR link rate (${HPN}), as each such link has two optical modules and not every link failure is a module`,
  switchPctPerMonth: `${HPN}: "about 0.051% of ToR switches encounter critical errors and crashes" each month`,
};

/**
 * Llama 3 (A. Grattafiori et al., "The Llama 3 Herd of Models", arXiv 2407.21783, section 3.3.4,
 * Table 5): 419 unexpected interruptions in a 54-day snapshot of pre-training on 16,384 H100 GPUs,
 * 35 of them (8.4%) attributed to network switches and cables.
 */
export const LLAMA3 = { gpus: 16_384, days: 54, interruptions: 419, networkSwitchCable: 35 } as const;
export const DAYS_PER_MONTH = 365.25 / 12;

/** Network switch and cable interruptions per GPU per month at Meta's Llama 3 rate. */
export const LLAMA3_NETWORK_PER_GPU_MONTH = LLAMA3.networkSwitchCable / (LLAMA3.gpus * (LLAMA3.days / DAYS_PER_MONTH));
