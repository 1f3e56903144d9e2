import { expect, test } from '@playwright/test';
import { eventActions, stateChecks, walks } from './wizard-model';

for (const javaScript of [true, false]) {
  test.describe(javaScript ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: javaScript });

    for (const { query, paths } of walks) {
      for (const path of paths) {
        test(path.description, async ({ page }) => {
          const errors: string[] = [];
          page.on('pageerror', (error) => errors.push(error.message));
          await page.goto(`/${query}`);
          await path.test({ states: stateChecks(page), events: eventActions(page) });
          expect(errors).toEqual([]);
        });
      }
    }
  });
}
