import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { themeColors } from '../../app/_lib/theme-colors';

describe('site colours for images', () => {
  it('reads the light theme from globals.css', () => {
    const colors = themeColors(readFileSync('app/globals.css', 'utf8'));
    expect(colors.page).toBe('#ffffff');
    expect(colors.brand).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('names a colour the theme lacks', () => {
    expect(() => themeColors('@theme { --color-page: #ffffff; }')).toThrow(/--color-ink/);
  });
});
