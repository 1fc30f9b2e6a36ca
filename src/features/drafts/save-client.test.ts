import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { emptyReport } from '@/domain/report/empty-report';
import { openDraftDb } from './draft-db';
import { readDraft, saveDraft } from './draft-repository';
import { saveWorker } from './save-client';

/**
 * The page's side of the save worker, against the real worker module (`save-worker.ts`, run in
 * this thread behind a fake `Worker`: messages are structured clones delivered in later tasks)
 * over fake-indexeddb.
 */

/** The worker's global scope: its `message` listeners and where its `postMessage` goes. */
const workerScope = new EventTarget();
let toPage: ((data: unknown) => void) | null = null;
/** Messages the worker received. */
const received: unknown[] = [];

class FakeWorker extends EventTarget {
  terminated = false;
  constructor() {
    super();
    toPage = (data) => {
      if (!this.terminated)
        setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data })), 0);
    };
  }
  postMessage(data: unknown): void {
    const copy = structuredClone(data);
    received.push(copy);
    setTimeout(() => {
      if (!this.terminated) workerScope.dispatchEvent(new MessageEvent('message', { data: copy }));
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** The worker dies (fails to load, runs out of memory …). */
  die(): void {
    this.terminated = true;
    this.dispatchEvent(new Event('error', { cancelable: true }));
  }
}

beforeAll(async () => {
  const scope = globalThis as unknown as {
    addEventListener: EventTarget['addEventListener'];
    postMessage: (data: unknown) => void;
  };
  scope.addEventListener = workerScope.addEventListener.bind(workerScope);
  scope.postMessage = (data) => toPage?.(structuredClone(data));
  await import('./save-worker');
});

afterEach(() => {
  received.length = 0;
});

let counter = 0;
const dbName = () => `save-client-test-${(counter += 1)}`;
const now = new Date('2025-01-10T08:00:00Z');
const content = (id: string, value: string) => {
  const report = emptyReport('2021', 2024);
  return {
    id,
    name: '',
    createdAt: '2025-01-01T00:00:00.000Z',
    report: { ...report, cells: { ...report.cells, 't3.newReceived.naturalPerson': value } },
    lastYear: emptyReport('2021', 2023),
  };
};

function setUp(name: string, start: () => FakeWorker = () => new FakeWorker()) {
  let worker: FakeWorker | null = null;
  const client = saveWorker({
    start: () => (worker = start()) as unknown as Worker,
    dbName: name,
    dbVersion: () => 1,
  });
  return { client, worker: () => worker };
}

describe('saves written by the worker', () => {
  it('writes what saveDraft writes: the same record, revision and outcome; the page posts JSON text', async () => {
    const name = dbName();
    const db = await openDraftDb({}, name);
    const { client } = setUp(name);
    const first = await client.save(db, content('d', '1'), null, 'tab-A', now);
    const second = await client.save(db, content('d', '12'), 0, 'tab-A', now);
    expect(first).toMatchObject({ kind: 'saved', draft: { revision: 0, savedBy: 'tab-A' } });
    expect(second).toMatchObject({ kind: 'saved', draft: { revision: 1 } });
    expect(received).toHaveLength(2);
    expect(typeof (received[1] as { draft: { reportJson: unknown } }).draft.reportJson).toBe(
      'string',
    );
    const stored = await db.get('drafts', 'd');
    if (second.kind !== 'saved') throw new Error(second.kind);
    expect(stored?.text).toBe(JSON.stringify(second.draft));
    expect(stored).toMatchObject({ revision: 1, savedBy: 'tab-A', name: '' });
    const read = await readDraft(db, 'd');
    expect(read?.ok && read.draft.report.cells['t3.newReceived.naturalPerson']).toBe('12');

    // The same two saves by the page itself store the same text.
    const other = await openDraftDb({}, dbName());
    await saveDraft(other, content('d', '1'), null, 'tab-A', now);
    await saveDraft(other, content('d', '12'), 0, 'tab-A', now);
    expect((await other.get('drafts', 'd'))?.text).toBe(stored?.text);
  });

  it('keeps the two-tab rule: a stale revision writes nothing and is a conflict', async () => {
    const name = dbName();
    const db = await openDraftDb({}, name);
    const { client } = setUp(name);
    await client.save(db, content('d', '1'), null, 'tab-A', now);
    await saveDraft(db, content('d', '2'), 0, 'tab-B', now);
    expect(await client.save(db, content('d', '3'), 0, 'tab-A', now)).toEqual({
      kind: 'conflict',
      storedRevision: 1,
    });
    const read = await readDraft(db, 'd');
    expect(read?.ok && read.draft.report.cells['t3.newReceived.naturalPerson']).toBe('2');
  });

  it('tells a full disk as the page would', async () => {
    const name = dbName();
    const db = await openDraftDb({}, name);
    const { client } = setUp(name);
    const put = vi
      .spyOn(IDBObjectStore.prototype, 'put')
      .mockImplementation(function put(): IDBRequest<IDBValidKey> {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      });
    expect(await client.save(db, content('d', '1'), null, 'tab-A', now)).toEqual({
      kind: 'failed',
      message: '浏览器的本地存储空间已满',
    });
    put.mockRestore();
    expect(client.inWorker()).toBe(true);
  });
});

describe('without a worker, the page writes', () => {
  it('when none can be started', async () => {
    const name = dbName();
    const db = await openDraftDb({}, name);
    const { client } = setUp(name, () => {
      throw new Error('no workers here');
    });
    expect(await client.save(db, content('d', '5'), null, 'tab-A', now)).toMatchObject({
      kind: 'saved',
    });
    expect(received).toHaveLength(0);
    expect(client.inWorker()).toBe(false);
    const read = await readDraft(db, 'd');
    expect(read?.ok && read.draft.report.cells['t3.newReceived.naturalPerson']).toBe('5');
  });

  it('when the worker dies with a save in flight: that save and the later ones', async () => {
    const name = dbName();
    const db = await openDraftDb({}, name);
    const { client, worker } = setUp(name);
    client.warm();
    worker()?.die();
    expect(client.inWorker()).toBe(false);
    const saved = await client.save(db, content('d', '6'), null, 'tab-A', now);
    expect(saved).toMatchObject({ kind: 'saved', draft: { revision: 0 } });
    expect(received).toHaveLength(0);

    // A worker that dies before it answers: the page writes the save itself.
    const second = setUp(name);
    const inFlight = second.client.save(db, content('d', '7'), 0, 'tab-A', now);
    second.worker()?.die();
    expect(await inFlight).toMatchObject({ kind: 'saved', draft: { revision: 1 } });
    const read = await readDraft(db, 'd');
    expect(read?.ok && read.draft.report.cells['t3.newReceived.naturalPerson']).toBe('7');
  });

  it('when the worker cannot open the database but the page could', async () => {
    const name = dbName();
    const db = await openDraftDb({}, name);
    const { client } = setUp(name);
    const open = vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => {
      throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
    });
    const saved = await client.save(db, content('d', '8'), null, 'tab-A', now);
    open.mockRestore();
    expect(saved).toMatchObject({ kind: 'saved' });
    expect(received).toHaveLength(1);
    expect(client.inWorker()).toBe(false);
  });
});
