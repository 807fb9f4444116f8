/**
 * Decimal arithmetic on the shortest representation JavaScript prints for a number.
 * Values in the dataset are decimals copied from the texts (0.5131 万亿元); multiplying the
 * binary double (0.5131 * 1e4 = 5131.000000000001) would leak float noise into the digit
 * count the formatter derives precision from, while moving the decimal point in the
 * string does not.
 */

/** Decimals in the shortest round-trip representation: 0.5131 → 4, 2690 → 0, 1.5e-7 → 8. */
export function decimalsOf(n: number): number {
  if (!Number.isFinite(n)) return 0;
  const [mantissa, exponent] = String(Math.abs(n)).split('e') as [string, string | undefined];
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

/** `n × 10^k`, exact in decimal: shiftDecimal(0.5131, 4) → 5131. */
export function shiftDecimal(n: number, k: number): number {
  if (k === 0 || !Number.isFinite(n) || n === 0) return n;
  const [mantissa, exponent] = String(n).split('e') as [string, string | undefined];
  return Number(`${mantissa}e${Number(exponent ?? 0) + k}`);
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
  if (!(n > 0) || !Number.isFinite(n)) return null;
  const exponent = Math.round(Math.log10(n));
  return shiftDecimal(1, exponent) === n ? exponent : null;
}
