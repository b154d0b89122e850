import { describe, expect, it } from 'vitest';
import { contrastRatio, foregroundOn, isHexColor, paletteFor, readableOnWhite } from '@/lib/brand/colors';

describe('brand colours', () => {
  it('accept only #rrggbb colours', () => {
    expect(isHexColor('#0f5c8c')).toBe(true);
    expect(isHexColor('red')).toBe(false);
    expect(isHexColor('#fff')).toBe(false);
    expect(isHexColor('#12345g')).toBe(false);
  });

  it('put white text on dark colours and dark text on light ones', () => {
    expect(foregroundOn('#0f5c8c')).toBe('#ffffff');
    expect(foregroundOn('#ffe066')).toBe('#111827');
  });

  it('darken a pale colour until it reads on white, and leave a dark one alone', () => {
    const pale = readableOnWhite('#ffe066');
    expect(contrastRatio(pale, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(readableOnWhite('#0f5c8c')).toBe('#0f5c8c');
  });

  it('always gives button text at least AA contrast', () => {
    for (const c of ['#000000', '#ffffff', '#ff0000', '#00ff00', '#777777', '#1e90ff']) {
      const p = paletteFor(c, c);
      expect(contrastRatio(p.primary, p.primaryForeground)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
