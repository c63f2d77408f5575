// The first view of the map in Chromium, as a reader on a cheap phone and a slow network gets it (issue 15):
// bytes and requests until the map has drawn its observations, and the time to the first drawn cluster or point.
//   node bench/first-view.mjs [APP_URL] [page ...]        (bench/first-view.sh installs puppeteer-core and runs it)
// Pages are map pages (the measure waits for a drawn cluster, point or list item). Each page is loaded RUNS times in a fresh browser profile (cold cache) and once more warm (same profile), under
// the network and CPU of the profile below; the median is printed as a Markdown table row per page.
// Debian's Chromium runs with the browser tests' flags, so that it looks up no outside host.
import puppeteer from 'puppeteer-core';

const appUrl = process.argv[2] || process.env.APP_URL || 'http://127.0.0.1:8080';
const pages = process.argv.slice(3).length ? process.argv.slice(3) : ['/', '/?view=list'];
const runs = Number(process.env.RUNS || 5);
// a slow 4G phone as Lighthouse's mobile profile takes it: 1.6 Mbit/s down, 750 kbit/s up, 150 ms, CPU 4x slower
const network = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const cpuSlowdown = Number(process.env.CPU_SLOWDOWN || 4);
const drawn = '.spmap-cluster, .spmap-marker, #results > li';

const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-features=NetworkTimeServiceQuerying,MediaRouter,OptimizationHints,Translate',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1', '--window-size=390,844'];

async function load(browser, path) {
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  cdp.on('Network.requestWillBeSent', () => { requests += 1; });
  const start = Date.now();
  await page.goto(appUrl + path, { waitUntil: 'domcontentloaded', timeout: 120000 });
  const domReady = Date.now() - start;
  await page.waitForSelector(drawn, { timeout: 120000 });
  const firstDrawn = Date.now() - start;
  // what was fetched until the map drew: counted once the network is quiet, so that late tiles count too
  await page.waitForNetworkIdle({ idleTime: 500, timeout: 120000 }).catch(() => {});
  const shift = await page.evaluate(() => new Promise((resolve) => {
    let sum = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) sum += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve(sum), 100);
  }));
  await page.close();
  return { domReady, firstDrawn, bytes, requests, shift };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`First view at ${appUrl}: 390 px phone, ${network.latency} ms, `
  + `${network.downloadThroughput * 8 / 1e6} Mbit/s, CPU ${cpuSlowdown}x slower; median of ${runs} cold loads\n`);
console.log('| page | DOM ready (ms) | first cluster or point drawn (ms) | warm: drawn (ms) | bytes (KiB, cold) '
  + '| requests (cold) | bytes (KiB, warm) | layout shift |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const path of pages) {
  const cold = [];
  let warm = null;
  for (let i = 0; i < runs; i++) {
    const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: flags, headless: true });
    try {
      cold.push(await load(browser, path));
      if (i === 0) warm = await load(browser, path);
    } finally {
      await browser.close();
    }
  }
  const m = (k) => median(cold.map((r) => r[k]));
  console.log(`| \`${path}\` | ${m('domReady')} | ${m('firstDrawn')} | ${warm.firstDrawn} | `
    + `${Math.round(m('bytes') / 1024)} | ${m('requests')} | ${Math.round(warm.bytes / 1024)} | ${m('shift').toFixed(3)} |`);
}
