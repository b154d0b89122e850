import { colord, extend } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';

extend([a11yPlugin]);

const WHITE = '#ffffff';
const INK = '#111827';
// WCAG AA for normal text.
const MIN_CONTRAST = 4.5;

export function isHexColor(value: string): boolean {
  return /^#[0-9a-f]{6}$/i.test(value) && colord(value).isValid();
}

/** Text colour for a filled button or bar in the brand colour: whichever reads better. */
export function foregroundOn(background: string): string {
  return colord(background).contrast(WHITE) >= colord(background).contrast(INK) ? WHITE : INK;
}

/**
 * The brand colour as it may be used for text and links on white: darkened just enough to meet
 * AA, so a manager's pale colour never makes the interface unreadable.
 */
export function readableOnWhite(color: string): string {
  let c = colord(color);
  for (let i = 0; i < 40 && c.contrast(WHITE) < MIN_CONTRAST; i++) c = c.darken(0.025);
  return c.toHex();
}

export function contrastRatio(a: string, b: string): number {
  return colord(a).contrast(b);
}

export interface BrandPalette {
  primary: string;
  primaryForeground: string;
  primaryInk: string;
  accent: string;
  accentForeground: string;
  accentInk: string;
}

/**
 * A fill and its text. Mid-tones (a grey, a bright red) read well with neither white nor black:
 * those fills are darkened just enough for white text to pass AA.
 */
export function fillFor(color: string): { fill: string; text: string } {
  const text = foregroundOn(color);
  if (contrastRatio(color, text) >= MIN_CONTRAST) return { fill: color, text };
  return { fill: readableOnWhite(color), text: WHITE };
}

export function paletteFor(primary: string, accent: string): BrandPalette {
  const p = fillFor(primary);
  const a = fillFor(accent);
  return {
    primary: p.fill,
    primaryForeground: p.text,
    primaryInk: readableOnWhite(primary),
    accent: a.fill,
    accentForeground: a.text,
    accentInk: readableOnWhite(accent),
  };
}
