import { startServer, launchBrowser, login, waitFrames, openAllCandidates, publishedTexts, widgetRects } from './harness.mjs';
const server = await startServer();
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
try {
  await login(page, server.url, 'anna@example.com');
  await openAllCandidates(page, 'Verpleegkundige');
  await waitFrames(page, 3);
  const names = await publishedTexts(page, 'candidates.name.');
  const zoe = Object.keys(names).find((id) => names[id] === 'Zoë Çelik');
  console.log('rect', (await widgetRects(page))['candidates.name.' + zoe]);
  console.log(await page.evaluate(() => {
    const el = [...document.querySelectorAll('#a11y-root [role=link]')].find(e => e.textContent === 'Zoë Çelik');
    const out = [];
    for (let e = el; e && e.id !== 'a11y-root'; e = e.parentElement) { const r = e.getBoundingClientRect(); out.push(`${e.getAttribute('role')} ${e.getAttribute('style')} => ${r.x},${r.y},${r.width},${r.height}`); }
    const tree = JSON.parse(Module.UTF8ToString(Module._kandidaat_semantics_json()));
    const n = tree.nodes.find(n => n.n === 'Zoë Çelik' && n.r === 'link');
    const chain = []; for (let m = n; m; m = tree.nodes.find(k => k.i === m.p)) chain.push(JSON.stringify(m));
    return out.join('\n') + '\n' + chain.join('\n');
  }));
} catch (e) { console.log('ERR', e); }
await browser.close(); server.stop();
