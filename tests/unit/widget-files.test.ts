import { describe, expect, it } from 'vitest';
import { stylesheetsOf } from '../../app/_lib/widget-files';

describe('the widget finds the site’s compiled CSS', () => {
  it('in the stylesheet links of a page Next prerendered', () => {
    const html = '<head><link rel="stylesheet" href="/_next/static/chunks/231n_u2-936i4.css" data-precedence="next"/><link rel="preload" href="/x.woff2"/></head>';
    expect(stylesheetsOf(html, 'index.html')).toEqual(['/_next/static/chunks/231n_u2-936i4.css']);
  });

  it('stops the build, naming the page, when Next links no CSS the way it did', () => {
    expect(() => stylesheetsOf('<head><link rel="stylesheet" href="https://cdn.example/x.css"/></head>', '.next/server/app/index.html')).toThrow(
      /No compiled stylesheet is linked from \.next\/server\/app\/index\.html/,
    );
  });
});
