// `instanceof SwapledgerError` must hold for errors made by another copy of the package (the
// CommonJS build beside the ESM one, or a second install), and only for those.
import { describe, expect, it } from 'vitest';
import { SwapledgerError, parseCount } from '../../src/index.js';

const MARK = Symbol.for('swapledger.SwapledgerError');

/** An error as another copy of the package makes it: its own class, the same registered mark. */
function fromAnotherCopy(): Error {
  class SwapledgerError extends Error {}
  const error = Object.assign(new SwapledgerError('x'), { issues: [] });
  Object.defineProperty(error, MARK, { value: true });
  return error;
}

describe('SwapledgerError', () => {
  it('is recognised across copies of the package', () => {
    expect(fromAnotherCopy() instanceof SwapledgerError).toBe(true);
    expect(() => parseCount('')).toThrow(SwapledgerError);
  });

  it('is not claimed for other errors or look-alikes', () => {
    expect(new Error('x') instanceof SwapledgerError).toBe(false);
    expect({ name: 'SwapledgerError', issues: [] } instanceof SwapledgerError).toBe(false);
    expect((null as unknown) instanceof SwapledgerError).toBe(false);
    expect(Object.assign(new Error('x'), { [MARK]: 'yes' }) instanceof SwapledgerError).toBe(false);
  });

  it('needs the issues a handler reads, and never throws', () => {
    expect({ [MARK]: true } instanceof SwapledgerError).toBe(false);
    expect({ [MARK]: true, issues: 'none' } instanceof SwapledgerError).toBe(false);
    expect({ [MARK]: true, issues: [1, null] } instanceof SwapledgerError).toBe(false);
    const trapped = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(() => trapped instanceof SwapledgerError).not.toThrow();
    expect(trapped instanceof SwapledgerError).toBe(false);
    expect(Object.create(SwapledgerError.prototype) instanceof SwapledgerError).toBe(true);
  });

  it('leaves a subclass the ordinary test', () => {
    class Narrower extends SwapledgerError {}
    expect(new Narrower([]) instanceof Narrower).toBe(true);
    expect(new Narrower([]) instanceof SwapledgerError).toBe(true);
    expect(fromAnotherCopy() instanceof Narrower).toBe(false);
    expect(new SwapledgerError([]) instanceof Narrower).toBe(false);
  });
});
