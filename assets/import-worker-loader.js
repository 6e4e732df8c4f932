// Starts the import worker (src/worker/): wasm-bindgen's no-modules glue, then its wasm.
// Both files sit beside this one; the page starts it only when the import is opened.
// Messages that arrive while the wasm is still loading are kept and handed over after.
const early = [];
self.onmessage = (event) => early.push(event.data);
importScripts('./import_worker.js');
wasm_bindgen({ module_or_path: './import_worker_bg.wasm' }).then(() => {
  for (const data of early) self.onmessage({ data });
}, (error) => {
  // The page says why the import cannot run, rather than waiting for ever.
  self.postMessage({ kind: 'error', message: `the import worker could not load: ${error}` });
});
