import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { browserUnavailable, launchChromium } from './chromium.js';

const SHOTS = resolve(import.meta.dirname, '../../.cache/screenshots');
const unavailable = browserUnavailable();

/**
 * #18, in a real browser (Debian's chromium driven by playwright-core): the model pages and the
 * API reference render, work from the keyboard, and load nothing from outside the gateway.
 */
describe.skipIf(unavailable !== undefined)(unavailable ? `docs and model pages in chromium (skipped: ${unavailable})` : 'docs and model pages in chromium', () => {
  let gw: TestGateway;
  let browser: Browser;
  const outside: string[] = [];
  const errors: string[] = [];

  const open = async (path: string): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    // Everything must come from the gateway itself: no CDN, no fonts, no trackers.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(gw.baseUrl) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      outside.push(url);
      return route.abort();
    });
    page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
    await page.goto(`${gw.baseUrl}${path}`);
    return page;
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    gw = await startTestGateway();
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await gw?.close();
  });

  it('finds a model from the keyboard and shows its supported protocols and snippets', async () => {
    const page = await open('/models');
    await page.getByLabel('Search').fill('turbo');
    await page.getByLabel('Search').press('Enter');
    await page.waitForURL(/q=turbo/);
    await page.getByRole('link', { name: 'qwen-turbo' }).click();
    await page.waitForURL(/\/models\/qwen-turbo$/);
    const protocols = await page.locator('#supported-protocols li').allTextContents();
    expect(protocols).toEqual((await gw.store.getModel('qwen-turbo'))!.supportedProtocols);
    await expect.poll(async () => page.locator('pre code').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('pre code').first().textContent()).toContain(gw.baseUrl);
    // Narrow screen and dark mode stay readable (no horizontal page scroll; snippets scroll on their own).
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth + 1')).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'model-page-narrow-dark.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('renders the API reference with the bundled Redoc', async () => {
    const page = await open('/docs/openai');
    await page.getByRole('heading', { name: /OpenAI-compatible API/ }).first().waitFor({ timeout: 30_000 });
    await expect.poll(async () => page.getByText('/v1/chat/completions').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'docs-openai.png') });
    await page.close();
    const index = await open('/docs');
    expect(await index.getByRole('link', { name: 'Admin API' }).count()).toBe(1);
    await index.close();
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  }, 90_000);
});
