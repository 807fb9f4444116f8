/**
 * Decimal arithmetic on the shortest representation JavaScript prints for a number.
 * Values in the dataset are decimals copied from the texts (0.5131 万亿元); multiplying the
 * binary double (0.5131 * 1e4 = 5131.000000000001) would leak float noise into the digit
 * count the formatter derives precision from, while moving the decimal point in the
 * string does not.
 */

/** The shortest round-trip representation split at its exponent: 1.5e-7 → ["1.5", -7], 2690 → ["2690", 0]. */
function scientific(n: number): [mantissa: string, exponent: number] {
  const [mantissa, exponent] = String(n).split('e') as [string, string | undefined];
  return [mantissa, Number(exponent ?? 0)];
}

/** Decimals in the shortest round-trip representation: 0.5131 → 4, 2690 → 0, 1.5e-7 → 8. */
export function decimalsOf(n: number): number {
  // NaN and Infinity print without a point or exponent, so they count 0 too.
  const [mantissa, exponent] = scientific(Math.abs(n));
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - exponent);
}

/** `n × 10^k`, exact in decimal: shiftDecimal(0.5131, 4) → 5131. */
export function shiftDecimal(n: number, k: number): number {
  if (k === 0 || !Number.isFinite(n) || n === 0) return n;
  const [mantissa, exponent] = scientific(n);
  return Number(`${mantissa}e${exponent + k}`);
}

/**
 * `n` rounded to `decimals` places, half away from zero (as Intl.NumberFormat rounds), on
 * the decimal representation so that 1.005 → 1.01 rather than the binary 1.00.
 */
export function roundDecimal(n: number, decimals: number): number {
  if (!Number.isFinite(n)) return n;
  const rounded = Math.round(shiftDecimal(Math.abs(n), decimals));
  return Math.sign(n) * shiftDecimal(rounded, -decimals) || 0;
}

/**
 * The exponent of a power of ten (1e12 → 12), or null for any other multiplier, whose
 * precision then has to be worked out with logarithms instead.
 */
export function powerOfTen(n: number): number | null {
  // Infinity passes this test but not the round trip below ("1eInfinity" is NaN).
  if (!(n > 0)) return null;
  const exponent = Math.round(Math.log10(n));
  return shiftDecimal(1, exponent) === n ? exponent : null;
}

/**
 * `n`'s digits with at most `max` and at least `min` decimals, rounded half away from zero on
 * the shortest decimal representation (as Intl.NumberFormat rounds doubles: 1.005 → "1.01"),
 * in plain notation however large or small (1e21 → "1000000000000000000000", no exponent).
 * The sign is left off: fixedDigits(-1234.5, 0, 0) → ["1235", ""].
 */
export function fixedDigits(n: number, max: number, min: number): [integer: string, fraction: string] {
  const [mantissa, exponent] = scientific(Math.abs(n));
  const [whole, part = ''] = mantissa.split('.') as [string, string | undefined];
  let digits = whole + part;
  // Where the decimal point falls in `digits`: 1.5e-7 → "15" with the point 6 places before it.
  let point = whole.length + exponent;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  digits = digits.padEnd(point, '0');
  if (digits.length > point + max) {
    const roundUp = digits[point + max]! >= '5';
    digits = digits.slice(0, point + max);
    if (roundUp) {
      // Add one in the last kept place, carrying left: "0999" → "1000", "99" → "100". The
      // leading 1 keeps leading zeros; a 2 there means the carry made a new digit.
      const carried = String(BigInt(`1${digits}`) + 1n);
      digits = carried.slice(1);
      if (carried[0] === '2') {
        digits = `1${digits}`;
        point++;
      }
    }
  }
  const integer = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  let fraction = digits.slice(point);
  while (fraction.length > min && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  return [integer, fraction.padEnd(min, '0')];
}
