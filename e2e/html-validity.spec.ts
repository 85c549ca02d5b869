import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate/node';
import { builtPages } from './pages.ts';

// Every built page is valid HTML (html-validate's recommended rules; the few style-only rules turned off
// are listed in .htmlvalidate.json).
const validator = new HtmlValidate(new FileSystemConfigLoader());

for (const page of builtPages()) {
  test(`valid HTML: /${page}`, async () => {
    const file = join('dist', page.endsWith('.html') ? page : `${page}index.html`);
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
}
