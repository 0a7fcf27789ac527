/**
 * Options every count constructor accepts.
 *
 * @example
 * ```ts
 * import { exact, type CountOptions } from 'swapledger';
 * const options: CountOptions = { wording: 'forty-four' };
 * exact(44, options); // { low: 44, high: 44, wording: 'forty-four' }
 * ```
 */
export interface CountOptions {
  /** The words the figure was stated in, kept on the count. */
  readonly wording?: string;
}
