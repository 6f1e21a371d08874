// The Storydiff worker: runs the engine off the page's thread for long texts.
//
// Messages in:  { id, a, b, options, format?, module?, wasm?, warm? }
//   module (a compiled WebAssembly.Module) or wasm (a URL) comes with the first message only;
//   format asks for render() output instead of a report; warm only loads the engine.
// Messages out: { id, report } | { id, output } | { id, ready: true } | { id, error: message }

import init, { compare, render } from './pkg/storydiff.js';

let ready = null;

function load(msg) {
  if (!ready) {
    const source = msg.module ?? msg.wasm; // undefined: the glue's default, storydiff_bg.wasm beside it
    ready = init({ module_or_path: source }).catch((err) => {
      ready = null;
      throw err;
    });
  }
  return ready;
}

self.addEventListener('message', async (e) => {
  const msg = e.data ?? {};
  const { id } = msg;
  try {
    await load(msg);
    if (msg.warm) {
      self.postMessage({ id, ready: true });
    } else if (msg.format) {
      self.postMessage({ id, output: render(msg.a, msg.b, msg.options ?? {}, msg.format) });
    } else {
      self.postMessage({ id, report: compare(msg.a, msg.b, msg.options ?? {}) });
    }
  } catch (err) {
    self.postMessage({ id, error: err?.message ?? String(err) });
  }
});
