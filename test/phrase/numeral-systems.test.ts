// Each new numeral system reads back what a small writer of its own produces. The writers follow
// the conventional spelling of each language and share nothing with the lexicon, so a wrong table
// entry or a wrong rule shows up as a number read as another.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCount, safeParseCount } from '../../src/index.js';

const join = (...words: string[]): string => words.filter((w) => w !== '').join(' ');

// Turkish: "yüz" and "bin" stand alone for one hundred and one thousand.
const TR_UNITS = ['', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'];
const TR_TENS = ['', 'on', 'yirmi', 'otuz', 'kırk', 'elli', 'altmış', 'yetmiş', 'seksen', 'doksan'];
function turkish3(n: number): string {
  const h = Math.floor(n / 100);
  const hundreds = h === 0 ? '' : h === 1 ? 'yüz' : `${TR_UNITS[h]} yüz`;
  return join(hundreds, TR_TENS[Math.floor(n / 10) % 10] ?? '', TR_UNITS[n % 10] ?? '');
}
function turkish(n: number): string {
  const th = Math.floor(n / 1000);
  return join(th === 0 ? '' : th === 1 ? 'bin' : `${turkish3(th)} bin`, turkish3(n % 1000));
}

// Indonesian: "se-" is one ("seratus", "seribu", "sebelas"), "belas" makes the teens.
const ID_UNITS = [
  '',
  'satu',
  'dua',
  'tiga',
  'empat',
  'lima',
  'enam',
  'tujuh',
  'delapan',
  'sembilan',
];
function indonesian2(n: number): string {
  if (n < 10) return ID_UNITS[n] ?? '';
  if (n === 10) return 'sepuluh';
  if (n === 11) return 'sebelas';
  if (n < 20) return `${ID_UNITS[n - 10]} belas`;
  return join(`${ID_UNITS[Math.floor(n / 10)]} puluh`, ID_UNITS[n % 10] ?? '');
}
function indonesian3(n: number): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  return join(
    h === 0 ? '' : h === 1 ? 'seratus' : `${ID_UNITS[h]} ratus`,
    rest ? indonesian2(rest) : '',
  );
}
function indonesian(n: number): string {
  const th = Math.floor(n / 1000);
  const rest = n % 1000;
  return join(
    th === 0 ? '' : th === 1 ? 'seribu' : `${indonesian3(th)} ribu`,
    rest ? indonesian3(rest) : '',
  );
}

// German: one word, units before tens ("einundzwanzig"), "eins" only at the very end.
const DE_UNITS = ['', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
const DE_TEENS = [
  'zehn',
  'elf',
  'zwölf',
  'dreizehn',
  'vierzehn',
  'fünfzehn',
  'sechzehn',
  'siebzehn',
  'achtzehn',
  'neunzehn',
];
const DE_TENS = [
  '',
  '',
  'zwanzig',
  'dreißig',
  'vierzig',
  'fünfzig',
  'sechzig',
  'siebzig',
  'achtzig',
  'neunzig',
];
function german2(n: number, final: boolean): string {
  if (n === 1) return final ? 'eins' : 'ein';
  if (n < 10) return DE_UNITS[n] ?? '';
  if (n < 20) return DE_TEENS[n - 10] ?? '';
  const u = n % 10;
  const tens = DE_TENS[Math.floor(n / 10)] ?? '';
  return u === 0 ? tens : `${DE_UNITS[u]}und${tens}`;
}
function german3(n: number, final: boolean): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  return `${h === 0 ? '' : `${DE_UNITS[h]}hundert`}${rest ? german2(rest, final) : ''}`;
}
function german(n: number): string {
  const th = Math.floor(n / 1000);
  const rest = n % 1000;
  return `${th === 0 ? '' : `${german3(th, false)}tausend`}${rest ? german3(rest, true) : ''}`;
}

// French: hyphens inside the tens, "et un", and the counts by twenty from 70 to 99.
const FR_UNITS = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
const FR_TEENS = [
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
  'dix-sept',
  'dix-huit',
  'dix-neuf',
];
const FR_TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];
function french2(n: number): string {
  if (n < 10) return FR_UNITS[n] ?? '';
  if (n < 20) return FR_TEENS[n - 10] ?? '';
  const t = Math.floor(n / 10);
  const u = n % 10;
  if (t === 7) return n === 71 ? 'soixante et onze' : `soixante-${FR_TEENS[n - 70]}`;
  if (t === 8) return u === 0 ? 'quatre-vingts' : `quatre-vingt-${FR_UNITS[u]}`;
  if (t === 9) return `quatre-vingt-${FR_TEENS[n - 90]}`;
  if (u === 0) return FR_TENS[t] ?? '';
  return u === 1 ? `${FR_TENS[t]} et un` : `${FR_TENS[t]}-${FR_UNITS[u]}`;
}
function french3(n: number, final: boolean): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const hundreds =
    h === 0 ? '' : h === 1 ? 'cent' : `${FR_UNITS[h]} ${rest === 0 && final ? 'cents' : 'cent'}`;
  return join(hundreds, rest ? french2(rest) : '');
}
function french(n: number): string {
  const th = Math.floor(n / 1000);
  const rest = n % 1000;
  return join(
    th === 0 ? '' : th === 1 ? 'mille' : `${french3(th, false)} mille`,
    rest ? french3(rest, true) : '',
  );
}

// Spanish: "y" between tens and unit from 31, "veinti-" in one word, "cien" alone, "un" before "mil".
const ES_UNITS = ['', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];
const ES_TEENS = [
  'diez',
  'once',
  'doce',
  'trece',
  'catorce',
  'quince',
  'dieciséis',
  'diecisiete',
  'dieciocho',
  'diecinueve',
];
const ES_TWENTIES = [
  'veinte',
  'veintiuno',
  'veintidós',
  'veintitrés',
  'veinticuatro',
  'veinticinco',
  'veintiséis',
  'veintisiete',
  'veintiocho',
  'veintinueve',
];
const ES_TENS = [
  '',
  '',
  '',
  'treinta',
  'cuarenta',
  'cincuenta',
  'sesenta',
  'setenta',
  'ochenta',
  'noventa',
];
const ES_HUNDREDS = [
  '',
  'ciento',
  'doscientos',
  'trescientos',
  'cuatrocientos',
  'quinientos',
  'seiscientos',
  'setecientos',
  'ochocientos',
  'novecientos',
];
function spanish2(n: number, beforeMil: boolean): string {
  const one = (word: string) =>
    beforeMil ? word.replace(/uno$/, 'ún').replace(/^ún$/, 'un') : word;
  if (n < 10) return one(ES_UNITS[n] ?? '');
  if (n < 20) return ES_TEENS[n - 10] ?? '';
  if (n < 30) return one(ES_TWENTIES[n - 20] ?? '');
  const u = n % 10;
  return u === 0
    ? (ES_TENS[Math.floor(n / 10)] ?? '')
    : `${ES_TENS[Math.floor(n / 10)]} y ${one(ES_UNITS[u] ?? '')}`;
}
function spanish3(n: number, beforeMil: boolean): string {
  if (n === 100) return 'cien';
  const rest = n % 100;
  return join(ES_HUNDREDS[Math.floor(n / 100)] ?? '', rest ? spanish2(rest, beforeMil) : '');
}
function spanish(n: number): string {
  const th = Math.floor(n / 1000);
  const rest = n % 1000;
  return join(
    th === 0 ? '' : th === 1 ? 'mil' : `${spanish3(th, true)} mil`,
    rest ? spanish3(rest, false) : '',
  );
}

// Arabic: units before tens joined by "و", which is written onto the next word; dual forms
// ("ألفان"), "آلاف" after three to ten and "ألف" otherwise.
const AR_UNITS = ['', 'واحد', 'اثنان', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة'];
const AR_TENS = [
  '',
  'عشرة',
  'عشرون',
  'ثلاثون',
  'أربعون',
  'خمسون',
  'ستون',
  'سبعون',
  'ثمانون',
  'تسعون',
];
const AR_HUNDREDS = [
  '',
  'مائة',
  'مائتان',
  'ثلاثمائة',
  'أربعمائة',
  'خمسمائة',
  'ستمائة',
  'سبعمائة',
  'ثمانمائة',
  'تسعمائة',
];
const arAnd = (...parts: string[]): string => parts.filter((p) => p !== '').join(' و');
function arabic2(n: number): string {
  if (n < 10) return AR_UNITS[n] ?? '';
  if (n === 10) return 'عشرة';
  if (n === 11) return 'أحد عشر';
  if (n === 12) return 'اثنا عشر';
  if (n < 20) return `${AR_UNITS[n - 10]} عشر`;
  const u = n % 10;
  return arAnd(u === 0 ? '' : (AR_UNITS[u] ?? ''), AR_TENS[Math.floor(n / 10)] ?? '');
}
function arabic3(n: number): string {
  const rest = n % 100;
  return arAnd(AR_HUNDREDS[Math.floor(n / 100)] ?? '', rest ? arabic2(rest) : '');
}
function arabic(n: number): string {
  const th = Math.floor(n / 1000);
  const rest = n % 1000;
  const thousands =
    th === 0
      ? ''
      : th === 1
        ? 'ألف'
        : th === 2
          ? 'ألفان'
          : th <= 10
            ? `${arabic2(th)} آلاف`
            : `${arabic3(th)} ألف`;
  return arAnd(thousands, rest ? arabic3(rest) : '');
}

const writers: readonly (readonly [string, (n: number) => string])[] = [
  ['Turkish', turkish],
  ['Turkish written as one word', (n) => turkish(n).replace(/ /g, '')],
  ['Indonesian', indonesian],
  ['German', german],
  ['French', french],
  ['Spanish', spanish],
  ['Arabic', arabic],
];

describe('the writers used below spell numbers the usual way', () => {
  it.each([
    [turkish, 1_999, 'bin dokuz yüz doksan dokuz'],
    [indonesian, 111_111, 'seratus sebelas ribu seratus sebelas'],
    [german, 21_001, 'einundzwanzigtausendeins'],
    [french, 80_071, 'quatre-vingts mille soixante et onze'],
    [spanish, 121_100, 'ciento veintiún mil cien'],
    [arabic, 2_513, 'ألفان وخمسمائة وثلاثة عشر'],
  ] as const)('%#', (write, n, text) => {
    expect(write(n)).toBe(text);
  });
});

describe.each(writers)('%s number words read back as the number', (_, write) => {
  it('for every n from 1 to 999,999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), (n) => {
        const text = write(n);
        const result = safeParseCount(text);
        expect(result.success, `${text} should read as ${n}`).toBe(true);
        expect(result.success && result.data).toMatchObject({ low: n, high: n });
      }),
      { numRuns: 400 },
    );
  });

  it('for every n from 1 to 9,999, one by one', () => {
    // Random numbers found "ألفان ومائة" (2,100) refused once in a while: the first ten thousand,
    // where duals and hundreds meet, are all read here, every run.
    for (let n = 1; n < 10_000; n += 1) {
      const result = safeParseCount(write(n));
      if (!result.success || !('low' in result.data) || result.data.low !== n)
        expect.fail(`${write(n)} should read as ${n}`);
    }
  });

  it('under a bound word and before who was counted', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), (n) => {
        expect(parseCount(`at least ${write(n)} people`)).toMatchObject({ low: n, high: null });
      }),
      { numRuns: 100 },
    );
  });
});

describe('numeral systems refuse what names no number', () => {
  it.each([
    'iki üç',
    'bin bin',
    'dua tiga',
    'zwei drei',
    'hundert hundert',
    'deux trois',
    'mille mille',
    'dos tres',
    'mil mil',
    'خمسة ستة',
    'ألف ألف',
  ])('%s', (text) => {
    const result = safeParseCount(text);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error[0]?.code).toBe('ambiguous-number');
  });
});
