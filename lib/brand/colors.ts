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

export function paletteFor(primary: string, accent: string): BrandPalette {
  return {
    primary,
    primaryForeground: foregroundOn(primary),
    primaryInk: readableOnWhite(primary),
    accent,
    accentForeground: foregroundOn(accent),
    accentInk: readableOnWhite(accent),
  };
}
