import { DomainError } from '../../common/errors/domain-error';
import { SearchGate } from './search-gate';

/** A promise with its resolve, to hold a search "running" for as long as a test wants. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('SearchGate', () => {
  it('runs at most `concurrency` at once, queues the next in order, refuses beyond the queue', async () => {
    const gate = new SearchGate(2, 1);
    const holds = [deferred(), deferred(), deferred()];
    const order: number[] = [];
    const runs = holds.map((hold, index) =>
      gate.run(async () => {
        order.push(index);
        await hold.promise;
        return index;
      }),
    );
    await Promise.resolve();
    expect(gate.load).toEqual({ running: 2, waiting: 1 });
    expect(order).toEqual([0, 1]);

    const refused = gate.run(() => Promise.resolve(99));
    await expect(refused).rejects.toBeInstanceOf(DomainError);
    await expect(refused).rejects.toMatchObject({ code: 'SEARCH_BUSY' });

    holds[0]!.resolve();
    await expect(runs[0]).resolves.toBe(0);
    await runs[0];
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([0, 1, 2]);
    expect(gate.load).toEqual({ running: 2, waiting: 0 });

    holds[1]!.resolve();
    holds[2]!.resolve();
    await expect(Promise.all(runs)).resolves.toEqual([0, 1, 2]);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot when a search fails', async () => {
    const gate = new SearchGate(1, 0);
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(gate.run(() => Promise.resolve('next'))).resolves.toBe('next');
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });
});
