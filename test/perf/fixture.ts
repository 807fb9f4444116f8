/**
 * The chart every comparison page draws: eight yearly points, axes, a dashed target line, at
 * 640 × 360. China's online retail sales 2013–2020 (trillion yuan, NBS) against the 13th plan's
 * 2020 target of about 10 trillion.
 */
export const WIDTH = 640;
export const HEIGHT = 360;
export const YEARS = [2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020];
export const VALUES = [1.85, 2.79, 3.88, 5.16, 7.18, 9.01, 10.63, 11.76];
export const TARGET = 10;

declare global {
  interface Window {
    /** Set by a comparison page once its chart has been drawn. */
    perfDrawn?: boolean;
  }
}
