// Colour on standard output: when it is wanted, and the few escapes the command uses.
import type { Severity } from '../audit/findingCodes.js';

/**
 * Whether to colour standard output. NO_COLOR set to anything but "" turns it off, whatever else
 * says (https://no-color.org): a person who asked for no colour never gets it. FORCE_COLOR set
 * to anything but "" turns it on where there is no terminal (https://force-color.org), except
 * "0" and "false", which Node and most tools read as off. Otherwise: a terminal that is not
 * TERM=dumb.
 */
export function colorWanted(
  env: Readonly<Record<string, string | undefined>>,
  isTty: boolean,
): boolean {
  if ((env['NO_COLOR'] ?? '') !== '') return false;
  const force = env['FORCE_COLOR'] ?? '';
  if (force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  return isTty && env['TERM'] !== 'dumb';
}

// Foreground colours, each reset by 39 alone so that nothing else the terminal had is lost.
const SGR = { red: 31, yellow: 33, magenta: 35, cyan: 36 } as const;

const SEVERITY_COLOR: Record<Severity, keyof typeof SGR> = {
  error: 'red',
  conflict: 'magenta',
  warning: 'yellow',
  info: 'cyan',
};

/** Text painted in a colour, or as it is when colour is off. */
export type Paint = (text: string) => string;

const paint =
  (on: boolean, color: keyof typeof SGR): Paint =>
  (text) =>
    on ? `\u001b[${SGR[color]}m${text}\u001b[39m` : text;

/** How an issue code reads: red, as an error. */
export const issueCodePaint = (on: boolean): Paint => paint(on, 'red');

/** How a severity, or a finding code of that severity, reads. */
export const severityPaint = (on: boolean, severity: Severity): Paint =>
  paint(on, SEVERITY_COLOR[severity]);
