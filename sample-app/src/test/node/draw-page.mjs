// Opens a diagram page in headless Chromium, waits until Mermaid has drawn it, saves a
// screenshot of the diagram (of its first screen when it is huge) and prints one JSON line: whether it was drawn, how long
// Mermaid took, the entities drawn, and every request and console problem of the page.
//
//   CHROMIUM=/usr/bin/chromium node draw-page.mjs URL SCREENSHOT.png [TIMEOUT_MS]
import { chromium } from 'playwright-core';

const [url, screenshot, timeout = '600000'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const requests = [];
  const problems = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(message.text());
    }
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit', timeout: Number(timeout) });
  await page.waitForSelector('body[data-rendered]', { timeout: Number(timeout) });
  const result = await page.evaluate(() => {
    const svg = document.querySelector('#atlas-erd svg');
    const nodes = svg ? [...svg.querySelectorAll('g.node')] : [];
    const box = svg ? svg.getBoundingClientRect() : { width: 0, height: 0 };
    return {
      rendered: document.body.dataset.rendered,
      renderMillis: Number(document.body.dataset.renderMillis),
      entities: nodes.map((node) => node.querySelector('.label').textContent),
      relationships: svg ? svg.querySelectorAll('path.relationshipLine').length : 0,
      width: Math.round(box.width),
      height: Math.round(box.height),
      text: document.getElementById('atlas-erd').textContent.slice(0, 500),
    };
  });
  result.pageMillis = Date.now() - started;
  result.requests = requests;
  result.problems = problems;
  if (result.rendered === 'true' && screenshot) {
    // A diagram of hundreds of tables is too large for one picture: keep its first screen.
    const whole = result.width * result.height < 25000000;
    await (whole ? page.locator('#atlas-erd svg') : page).screenshot({ path: screenshot, timeout: Number(timeout) });
  }
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
}
