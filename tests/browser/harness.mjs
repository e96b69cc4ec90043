// Browser-test harness: starts the real kandidaat-server on a free loopback port with a fresh data folder,
// launches Debian's Chromium through playwright-core, and finds ImGui widgets through the app's test hook.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const env = process.env;
export const buildDir = env.KANDIDAAT_BUILD_DIR ?? join(process.cwd(), '../../build');
export const webBuildDir = env.KANDIDAAT_WEB_BUILD_DIR ?? join(process.cwd(), '../../build-web');
export const sourceDir = env.KANDIDAAT_SOURCE_DIR ?? join(process.cwd(), '../..');
export const screenshotDir = join(buildDir, 'screenshots');
mkdirSync(screenshotDir, { recursive: true });

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

// Starts the server and resolves once it answers HTTP. extraArgs go to the server unchanged.
export async function startServer(extraArgs = []) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'kandidaat-browser-'));
  const args = ['--port', String(port), '--data-dir', dataDir, '--demo',
                '--web-dir', join(sourceDir, 'web'), '--app-dir', join(webBuildDir, 'frontend'), ...extraArgs];
  const proc = spawn(env.KANDIDAAT_SERVER ?? join(buildDir, 'backend/kandidaat-server'), args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  proc.stdout.on('data', (d) => { log += d; });
  proc.stderr.on('data', (d) => { log += d; });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (proc.exitCode !== null) throw new Error(`server exited early (${proc.exitCode}):\n${log}`);
    try { await fetch(url + '/'); return { url, port, dataDir, proc, log: () => log, stop: () => proc.kill('SIGTERM') }; }
    catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  proc.kill('SIGKILL');
  throw new Error(`server did not answer on ${url}:\n${log}`);
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--use-gl=angle', '--use-angle=swiftshader',
           '--enable-unsafe-swiftshader'],
  });
}

// The rectangles ({key: [x, y, w, h]} in CSS pixels) of the labelled widgets in the app's last frame.
export async function widgetRects(page) {
  return page.evaluate(() => (window.Module && Module._kandidaat_test_rects)
    ? JSON.parse(Module.UTF8ToString(Module._kandidaat_test_rects())) : {});
}

// Waits until the widget `key` is on screen and returns its rectangle.
export async function waitForWidget(page, key, timeoutMs = 20000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const rects = await widgetRects(page);
    if (rects[key]) return rects[key];
    if (Date.now() > until) throw new Error(`widget "${key}" did not appear; visible: ${Object.keys(rects).join(', ')}`);
    await page.waitForTimeout(50);
  }
}

export async function clickWidget(page, key) {
  const [x, y, w, h] = await waitForWidget(page, key);
  await page.mouse.click(x + w / 2, y + h / 2);
  await page.waitForTimeout(60);  // let ImGui see the press and the release in separate frames
}

export async function screenshot(page, name) {
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

// How many pixels of a PNG screenshot differ from the given background colour (counted inside the page).
export async function pixelsDifferentFrom(page, png, [r, g, b]) {
  return page.evaluate(async ({ b64, r, g, b }) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - r) + Math.abs(d[i + 1] - g) + Math.abs(d[i + 2] - b) > 12) n++;
    return n;
  }, { b64: png.toString('base64'), r, g, b });
}
