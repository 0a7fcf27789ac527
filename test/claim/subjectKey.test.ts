import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { subjectKey, SubjectSchema, type Subject } from '../../src/index.js';

describe('subjectKey', () => {
  it('is the same whatever the field order, with people as the default category', () => {
    const a: Subject = { type: 'transferred', exchange: 'x', to: 'UA' };
    const b = JSON.parse(
      '{"to":"UA","type":"transferred","exchange":"x","category":"people"}',
    ) as Subject;
    expect(subjectKey(a)).toBe(subjectKey(b));
    expect(subjectKey(a)).toBe('transferred|exchange=x|to=UA|category=people');
  });

  it('tells different subjects apart', () => {
    const keys = [
      { type: 'transferred', exchange: 'x', to: 'UA' },
      { type: 'transferred', exchange: 'x', to: 'RU' },
      { type: 'transferred', exchange: 'x', to: 'UA', category: 'remains' },
      { type: 'transferred', exchange: 'x' },
      { type: 'exchanged', exchange: 'x' },
      { type: 'held', holder: 'RU', of: 'UA' },
      { type: 'held', holder: 'RU', of: 'UA', onOfficialLists: false },
      { type: 'returned-total', to: 'UA', since: '2022-02-24' },
      { type: 'returned-total', to: 'UA', since: '2022-02-24', through: 'TR' },
      { type: 'exchange-count', parties: ['UA', 'RU'] },
    ].map((s) => subjectKey(s as Subject));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('writes a value that is not text as its text: a stage, a flag, a null from untyped code', () => {
    expect(subjectKey({ type: 'transferred', exchange: 'x', to: 'UA', throughStage: 2 })).toBe(
      'transferred|exchange=x|to=UA|throughStage=2|category=people',
    );
    expect(subjectKey({ type: 'held', holder: 'RU', of: 'UA', onOfficialLists: false })).toBe(
      'held|holder=RU|of=UA|category=people|onOfficialLists=false',
    );
    // Joined as pieces, a null would vanish and the key would read as if the field were empty.
    const untyped = JSON.parse('{"type":"held","holder":"RU","of":"UA","onOfficialLists":null}');
    expect(subjectKey(untyped as Subject)).toBe(
      'held|holder=RU|of=UA|category=people|onOfficialLists=null',
    );
  });

  it('sorts the parties of an exchange count', () => {
    expect(subjectKey({ type: 'exchange-count', parties: ['UA', 'RU'] })).toBe(
      subjectKey({ type: 'exchange-count', parties: ['RU', 'UA'] }),
    );
  });

  it('depends only on the subject’s content', () => {
    const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
    fc.assert(
      fc.property(id, id, fc.option(id, { nil: undefined }), (exchange, to, category) => {
        const subject = SubjectSchema.parse(
          category === undefined
            ? { type: 'transferred', exchange, to }
            : { type: 'transferred', exchange, to, category },
        );
        const reordered = Object.fromEntries(Object.entries(subject).reverse()) as Subject;
        expect(subjectKey(reordered)).toBe(subjectKey(subject));
      }),
    );
  });
});
