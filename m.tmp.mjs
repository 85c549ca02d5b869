import { chromium } from 'playwright';
import { gzipSync } from 'node:zlib';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const path of ['rds-custom/', 'en/rds-custom/', 'aurora/', '']) {
  const p = await b.newPage({ viewport: { width: 1280, height: 800 } });
  const rows = [];
  p.on('response', async (r) => { try { const body = await r.body(); rows.push([r.url().replace('http://localhost:4321',''), r.request().resourceType(), gzipSync(body).length]); } catch {} });
  await p.goto('http://localhost:4321/' + path, { waitUntil: 'networkidle' });
  await p.waitForTimeout(500);
  const total = rows.reduce((a, r) => a + r[2], 0), js = rows.filter(r => r[1]==='script').reduce((a, r) => a + r[2], 0);
  console.log(path, 'total', total, 'js', js); for (const r of rows) console.log('   ', r.join(' '));
  await p.close();
}
await b.close();
