import { connect } from 'node:net';
import { expect, test } from '@playwright/test';
import { baseURL } from '../../playwright.config';

/** One address of every kind the server answers: pages, the widget, files, build assets, API, previews, 404s. */
const paths = [
  '/',
  '/help/reset-password/request-link',
  '/embed/reset-password/request-link',
  '/search?q=expired',
  '/schools/embed',
  '/map',
  '/print/reset-password',
  '/embed.js',
  '/icon.svg',
  '/sitemap.xml',
  '/robots.txt',
  '/og/reset-password/request-link.png',
  '/_next/static/chunks/nothing.js',
  '/help/no-such/step',
  '/no-such-file.png',
  '/api/no-such-endpoint',
];

const refused = ['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'PROPFIND'];

test.describe('the method matrix', () => {
  for (const path of paths) {
    test(`${path}: every method gets a deliberate answer, never a 5xx`, async ({ request }) => {
      for (const method of ['GET', 'HEAD', 'OPTIONS', ...refused]) {
        const response = await request.fetch(path, { method, maxRedirects: 0 });
        expect(response.status(), `${method} ${path}`).toBeLessThan(500);
        if (method === 'TRACE' || (!path.startsWith('/api/') && refused.includes(method))) {
          expect(response.status(), `${method} ${path}`).toBe(405);
          expect(response.headers()['allow'], `${method} ${path}`).toContain('GET');
        }
      }
    });
  }

  test('OPTIONS * and an absolute-form target get a 400', async () => {
    const { hostname, port } = new URL(baseURL);
    for (const target of ['*', 'http://evil.example/']) {
      const head = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), hostname, () => socket.write(`OPTIONS ${target} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`));
        let data = '';
        socket.on('data', (chunk) => (data += chunk));
        socket.on('end', () => resolve(data));
        socket.on('error', reject);
      });
      expect(head.split('\r\n')[0], target).toBe('HTTP/1.1 400 Bad Request');
    }
  });
});
