import { BOMB, DocxError, inflateNativeSlices, type SliceInflater } from './read-zip';

/**
 * document.xml inflated on another thread while this one reads it (issue 17: on the 45 MB
 * document.xml the native inflater was ~0.3 s of the import worker's ~1.1 s, run in turn with
 * the scanner; on a machine with a second core the two now overlap). The other side (the inflate
 * worker, `serveInflate`) runs `inflateNativeSlices` itself — the same caps, the same ratio
 * check on the same bytes, the same outcome — and sends what it produces in batches of
 * `BATCH` bytes, in buffers that come back to it once read (a few, reused: no new memory per
 * batch). This side (`inflateOnPort`) hands each batch to the reader as `inflateNativeSlices`
 * hands its slices. Both ends speak over a MessagePort-like `port` (a Worker, or a channel's
 * port in the tests).
 */

/** What the two sides need of a port: a Worker, a MessagePort, or the worker's own scope. */
export interface PortLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

type ToInflater =
  | {
      readonly kind: 'inflate';
      readonly id: number;
      readonly data: Uint8Array;
      readonly cap: number;
    }
  /** A batch's buffer given back, to be filled again. */
  | { readonly kind: 'buffer'; readonly buffer: ArrayBuffer }
  /** The inflation `id` is to stop (its reader has stopped). */
  | { readonly kind: 'stop'; readonly id: number };

type FromInflater =
  | {
      readonly kind: 'batch';
      readonly id: number;
      readonly buffer: ArrayBuffer;
      readonly length: number;
    }
  | { readonly kind: 'end'; readonly id: number; readonly outcome: 'done' | null }
  | { readonly kind: 'bomb'; readonly id: number };

/** Bytes sent at a time: fewer messages than the inflater's own slices (16–64 KiB). */
export const BATCH = 1024 * 1024;
/** Buffers in flight at most: the inflater waits for one to come back beyond that. */
const POOL = 8;

/**
 * The inflating side, in the inflate worker: the inflations asked on `port`, one after the
 * other (each message names its inflation, so a late batch of a stopped one is known).
 */
export function serveInflate(port: PortLike): void {
  const free: ArrayBuffer[] = [];
  let owned = 0;
  /** The inflation running, and whether it was told to stop. */
  let running = -1;
  let stopped = false;
  let queue: Promise<void> = Promise.resolve();
  let wake: (() => void) | null = null;
  const take = async (): Promise<ArrayBuffer | null> => {
    for (;;) {
      if (stopped) return null;
      const buffer = free.pop();
      if (buffer) return buffer;
      if (owned < POOL) {
        owned += 1;
        return new ArrayBuffer(BATCH);
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };
  const send = (message: FromInflater, transfer: Transferable[] = []): void =>
    port.postMessage(message, transfer);

  const inflate = async (id: number, data: Uint8Array, cap: number): Promise<void> => {
    running = id;
    stopped = false;
    let batch: Uint8Array | null = null;
    let filled = 0;
    const flush = (): void => {
      if (batch === null || filled === 0) return;
      send({ kind: 'batch', id, buffer: batch.buffer as ArrayBuffer, length: filled }, [
        batch.buffer,
      ]);
      batch = null;
      filled = 0;
    };
    const sink = async (slice: Uint8Array): Promise<boolean> => {
      for (let from = 0; from < slice.length;) {
        if (batch === null) {
          const buffer = await take();
          if (buffer === null) return false;
          batch = new Uint8Array(buffer);
        }
        const n = Math.min(slice.length - from, batch.length - filled);
        batch.set(slice.subarray(from, from + n), filled);
        filled += n;
        from += n;
        if (filled === batch.length) flush();
      }
      return !stopped;
    };
    try {
      const outcome = await inflateNativeSlices(data, cap, sink);
      if (outcome === 'stopped') return;
      flush();
      send({ kind: 'end', id, outcome });
    } catch (e) {
      if (e instanceof DocxError) send({ kind: 'bomb', id });
      else send({ kind: 'end', id, outcome: null });
    } finally {
      // A batch begun and not sent (stopped): its buffer is free again.
      if (batch !== null) free.push((batch as Uint8Array).buffer as ArrayBuffer);
    }
  };

  port.onmessage = (event: MessageEvent) => {
    const message = event.data as ToInflater;
    if (message.kind === 'buffer') {
      free.push(message.buffer);
    } else if (message.kind === 'stop') {
      if (message.id === running) stopped = true;
    } else {
      const { id, data, cap } = message;
      queue = queue.then(() => inflate(id, data, cap));
      return;
    }
    const w = wake;
    wake = null;
    w?.();
  };
}

/**
 * The reading side: inflates `data` on the other side of `port` (`serveInflate`), as
 * `inflateNativeSlices` would here — 'done', 'stopped' (the sink answered false; the other side
 * is told to stop), null (no native inflater there, or it refused the stream), or BOMB. One
 * inflation at a time per port; `failed` settles it null (the other side died).
 */
let nextId = 0;

export function inflateOnPort(
  port: PortLike,
  data: Uint8Array,
  cap: number,
  sink: Parameters<SliceInflater>[2],
  failed?: Promise<void>,
): ReturnType<SliceInflater> {
  const id = (nextId += 1);
  return new Promise((resolve, reject) => {
    let settled = false;
    const give = (message: ToInflater, transfer: Transferable[]): void =>
      port.postMessage(message, transfer);
    const settle = (outcome: 'done' | 'stopped' | null, error?: DocxError): void => {
      if (settled) return;
      settled = true;
      // Batches still coming (of a stopped inflation) only give their buffers back.
      port.onmessage = (event: MessageEvent) => {
        const message = event.data as FromInflater;
        if (message.kind === 'batch')
          give({ kind: 'buffer', buffer: message.buffer }, [message.buffer]);
      };
      if (error) reject(error);
      else resolve(outcome);
    };
    failed?.then(() => settle(null)).catch(() => settle(null));
    port.onmessage = (event: MessageEvent) => {
      const message = event.data as FromInflater;
      if (message.kind === 'batch') {
        const keep =
          !settled && message.id === id
            ? sink(new Uint8Array(message.buffer, 0, message.length))
            : false;
        give({ kind: 'buffer', buffer: message.buffer }, [message.buffer]);
        if (!keep && !settled && message.id === id) {
          give({ kind: 'stop', id }, []);
          settle('stopped');
        }
      } else if (settled || message.id !== id) return;
      else if (message.kind === 'bomb') settle(null, new DocxError(BOMB));
      else settle(message.outcome);
    };
    // A copy of the deflated bytes goes over (the caller keeps the file's bytes).
    const copy = data.slice();
    give({ kind: 'inflate', id, data: copy, cap }, [copy.buffer]);
  });
}
