// A check's hint (or a fabric note) is one text for every surface; where it names a step to take it writes the
// step's token ({auto-media}) and each surface phrases it: the app names its button, the command
// line its command. So the hint is written once and neither surface quotes the other's controls.
export type Surface = 'app' | 'cli';

export const HINT_STEPS = {
  'auto-media': {
    app: 'press “Route all cables” with “choose missing media” in the Checks panel',
    cli: 'run `trayline route FILE --auto-media`',
  },
  'reconsider-media': {
    app: 'press “Route all cables” with “reconsider all media” in the Checks panel',
    cli: 'run `trayline route FILE --auto-media=all`',
  },
  'switch-price': {
    app: 'fill in “Switch price (USD)”',
    cli: 'give --switch-price',
  },
  'set-price': {
    app: 'set one in the Catalog panel, or fill in “Switch price (USD)”',
    cli: 'set one with `trayline catalog set-price FILE ID USD`, or give --switch-price',
  },
  'choose-media': {
    app: 'choose media in the cable’s inspector (“Suggest media” proposes one)',
    cli: 'choose media in the cable’s inspector in the app',
  },
} as const satisfies Record<string, Record<Surface, string>>;

export type HintStep = keyof typeof HINT_STEPS;

/** `{step}` in a hint, for the rules that name a step. */
export const step = (s: HintStep) => `{${s}}`;

/** The hint in the words of one surface. */
export function phraseHint(hint: string, surface: Surface): string {
  return hint.replace(/\{([a-z-]+)\}/g, (whole, name: string) => (name in HINT_STEPS ? HINT_STEPS[name as HintStep][surface] : whole));
}
