// Takes full-page screenshots of portal pages in Debian's Chromium, for a person to look at.
// Usage: node scripts/screenshot.mjs <base-url> <out-dir> <path> [<path> ...]
//   env WIDTHS="390,1280" (default; commas or spaces), FULL=0 for the first screen only, LOGIN_EMAIL / LOGIN_PASSWORD to sign in first,
//   SELECTOR=".slot-tracker" to also shoot that element alone (<name>-<width>-part.png): readable close-ups of long pages.
// Playwright's driver ships inside the restored Microsoft.Playwright NuGet package; no npm install needed.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const nugetRoot = process.env.NUGET_PACKAGES ?? join(homedir(), '.nuget', 'packages');
const versions = readdirSync(join(nugetRoot, 'microsoft.playwright')).sort();
const driver = join(nugetRoot, 'microsoft.playwright', versions.at(-1), '.playwright', 'package');
const { chromium } = createRequire(import.meta.url)(join(driver, 'index.js'));

const [base, outDir, ...paths] = process.argv.slice(2);
if (!base || !outDir || paths.length === 0) {
    console.error('Usage: node scripts/screenshot.mjs <base-url> <out-dir> <path> [<path> ...]');
    process.exit(2);
}
if (!existsSync(outDir)) mkdirSync(outDir, { recursive: true });
const widths = (process.env.WIDTHS ?? '390,1280').split(/[\s,]+/).filter(Boolean).map(Number);

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
    for (const width of widths) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        if (process.env.LOGIN_EMAIL) {
            await page.goto(new URL('/Identity/Account/Login', base).toString());
            await page.fill('input[type=email], input[name="Input.Email"]', process.env.LOGIN_EMAIL);
            await page.fill('input[type=password]', process.env.LOGIN_PASSWORD ?? '');
            await Promise.all([page.waitForNavigation(), page.click('form#account button[type=submit]')]);
        }
        for (const path of paths) {
            const response = await page.goto(new URL(path, base).toString());
            const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}.png`;
            await page.screenshot({ path: join(outDir, name), fullPage: process.env.FULL !== '0' });
            console.log(`${response?.status()} ${path} -> ${join(outDir, name)}`);
            const part = process.env.SELECTOR ? page.locator(process.env.SELECTOR).first() : null;
            if (part && await part.count() > 0) {
                const partName = name.replace(/\.png$/, '-part.png');
                await part.screenshot({ path: join(outDir, partName) });
                console.log(`   ${process.env.SELECTOR} -> ${join(outDir, partName)}`);
            }
        }
        await context.close();
    }
} finally {
    await browser.close();
}
