import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export interface Transfer {
  url: string;
  type: string;
  gzip: number;
}

/** Records what a page fetches, each body measured gzip-compressed (what a static host would send). */
export function recordTransfers(page: Page): Transfer[] {
  const seen: Transfer[] = [];
  page.on('response', async (response) => {
    try {
      const body = await response.body();
      seen.push({ url: response.url(), type: response.request().resourceType(), gzip: gzipSync(body, { level: 9 }).length });
    } catch {
      /* redirects and aborted requests have no body */
    }
  });
  return seen;
}

export const sum = (items: Transfer[], type?: string) =>
  items.filter((t) => !type || t.type === type).reduce((total, t) => total + t.gzip, 0);
