// Starts the first paint (src/paint/) for a link to a chart view: its bundle draws the
// linked chart while the app's waits (the app's start, rewritten by
// scripts/priorities.mjs, awaits `window.cdsFirstPaint`, for at most 3 s). Optional: if
// it cannot load or fails, the app starts as it would without it. The table, profile,
// sources and coverage, embeds and imported data are left to the app at once.
const link = new URLSearchParams(location.search);
const LEFT_TO_THE_APP = ['table', 'profile', 'sources', 'coverage'];
const charted = !LEFT_TO_THE_APP.includes(link.get('view') ?? '')
  && link.get('embed') !== '1'
  && !(link.get('indicator') ?? '').startsWith('user:');

async function paint() {
  // The wasm is asked for at once, beside its glue.
  const wasm = fetch(new URL('first-paint_bg.wasm', import.meta.url));
  const { default: init } = await import('./first-paint.js');
  await init({ module_or_path: wasm });
}

const painted = charted ? paint().catch(() => {}) : Promise.resolve();
window.cdsFirstPaint = Promise.race([painted, new Promise((done) => setTimeout(done, 3000))]);
