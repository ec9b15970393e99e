// Screenshots for the closing notes of an issue: written only when TRAYLINE_SHOTS names a folder.
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.TRAYLINE_SHOTS;
  if (dir) await page.screenshot({ path: join(dir, name) });
}
