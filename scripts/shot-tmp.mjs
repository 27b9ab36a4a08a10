import { chromium } from '@playwright/test';
const [url, out, width = '1280', scheme = 'light'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-quic'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await page.goto(url, { waitUntil: 'networkidle' });
if (process.env.RUN) { await page.locator('button[data-action="run"]').first().click(); await page.waitForTimeout(Number(process.env.RUN)); }
await page.screenshot({ path: out, fullPage: !process.env.VIEWPORT_ONLY });
await browser.close();
