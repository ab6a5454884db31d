/**
 * Sends every stream's items in order, round-robin across streams, with at most `lanes` items in
 * flight overall and never two of one stream at once (a notice's facts depend on the ones before).
 */
export async function roundRobin<T>(streams: T[][], lanes: number, send: (item: T, stream: number) => Promise<void>): Promise<void> {
  const queue = streams.map((_, i) => i).filter((i) => streams[i].length > 0);
  const next = streams.map(() => 0);
  let inFlight = 0;
  let sleepers: (() => void)[] = [];
  const wakeAll = () => {
    const woken = sleepers;
    sleepers = [];
    woken.forEach((wake) => wake());
  };

  async function lane(): Promise<void> {
    for (;;) {
      const s = queue.shift();
      if (s === undefined) {
        if (inFlight === 0) return wakeAll();
        await new Promise<void>((resolve) => sleepers.push(resolve)); // a stream in flight may come back
        continue;
      }
      inFlight++;
      try {
        await send(streams[s][next[s]++], s);
      } finally {
        inFlight--;
      }
      if (next[s] < streams[s].length) queue.push(s);
      wakeAll();
    }
  }

  await Promise.all(Array.from({ length: Math.max(1, lanes) }, lane));
}

/** Runs `work` over items with at most `lanes` at once. */
export async function inLanes<T>(items: T[], lanes: number, work: (item: T) => Promise<void>): Promise<void> {
  await roundRobin(items.map((i) => [i]), lanes, (item) => work(item));
}
