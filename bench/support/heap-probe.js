/* global setInterval */
// Loaded into a worker process by `bench/workflow-footprint.ts --live` (NODE_OPTIONS=--require), so
// into each of its threads, the SDK's workflow thread included (Node 20 cannot read another
// thread's heap from outside): when the benchmark writes a new number to <dir>/request, each thread
// collects its garbage and writes its heap in use to <dir>/<thread>.json. Off without CS_HEAP_PROBE_DIR.
const dir = process.env.CS_HEAP_PROBE_DIR;
if (dir) {
  const fs = require('fs');
  const path = require('path');
  const v8 = require('v8');
  const vm = require('vm');
  const { isMainThread, threadId } = require('worker_threads');
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc');
  let answered = 0;
  setInterval(() => {
    let request;
    try {
      request = Number(fs.readFileSync(path.join(dir, 'request'), 'utf8'));
    } catch {
      return;
    }
    if (!request || request === answered) return;
    answered = request;
    gc();
    const stats = v8.getHeapStatistics();
    const answer = { request, thread: isMainThread ? 'main' : `thread-${threadId}`, heapUsed: stats.used_heap_size, heapLimit: stats.heap_size_limit };
    fs.writeFileSync(path.join(dir, `${answer.thread}.json`), JSON.stringify(answer));
  }, 250).unref();
}
