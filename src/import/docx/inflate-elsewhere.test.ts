import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { lyingZipBomb } from '@/testing/lying-zip';
import { importDocxBytes, importDocxBytesAsync } from '../import-docx';
import { BATCH, inflateOnPort, serveInflate, type PortLike } from './inflate-elsewhere';
import {
  BOMB,
  findDeflatedDocument,
  inflateNativeSlices,
  readDocumentXml,
  type SliceInflater,
} from './read-zip';

/**
 * document.xml inflated on the other side of a port (the import worker's inflate worker, issue
 * 17) gives what `inflateNativeSlices` gives here: the same bytes, the same outcomes, BOMB on
 * the same files, and the same import result. Both sides run here over a MessageChannel.
 */

const channels: MessageChannel[] = [];
afterEach(() => {
  for (const c of channels.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

/** An inflater over a fresh channel whose other end is served as the inflate worker does. */
function overChannel(): { inflater: SliceInflater; port: PortLike } {
  const channel = new MessageChannel();
  channels.push(channel);
  serveInflate(channel.port2 as unknown as PortLike);
  const port = channel.port1 as unknown as PortLike;
  return { inflater: (data, cap, sink) => inflateOnPort(port, data, cap, sink), port };
}

const fixtures = [
  'templates/fixtures/import/hand-2019-clerk.docx',
  'templates/fixtures/import/hand-2021-wps.docx',
  'templates/fixtures/import/no-tables.docx',
].map((path) => ({ path, bytes: new Uint8Array(readFileSync(path)) }));

/** The 2019 report's body repeated until document.xml is at least `target` bytes. */
function largeDocx(target: number): Uint8Array {
  const parts = unzipSync(fixtures[0]?.bytes ?? new Uint8Array());
  const xml = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
  const open = xml.indexOf('<w:body>') + '<w:body>'.length;
  const close = xml.lastIndexOf('<w:sectPr');
  const body = xml.slice(open, close);
  const big = xml.slice(0, open) + body.repeat(Math.ceil(target / body.length)) + xml.slice(close);
  return zipSync({ ...parts, 'word/document.xml': strToU8(big) }, { level: 6 });
}

function deflated(bytes: Uint8Array): Uint8Array {
  const entry = findDeflatedDocument(bytes);
  if (!entry) throw new Error('no document.xml');
  return bytes.subarray(entry.start, entry.end);
}

/** What an inflater gives: its outcome and the bytes it handed over, or the error's message. */
async function run(
  inflater: SliceInflater,
  data: Uint8Array,
  cap = 50 << 20,
  stopAfter = Infinity,
): Promise<{ outcome: string; bytes: Buffer; slices: number }> {
  const kept: Uint8Array[] = [];
  try {
    const outcome = await inflater(data, cap, (slice) => {
      kept.push(slice.slice());
      return kept.length < stopAfter;
    });
    return { outcome: String(outcome), bytes: Buffer.concat(kept), slices: kept.length };
  } catch (e) {
    return { outcome: (e as Error).message, bytes: Buffer.concat(kept), slices: kept.length };
  }
}

describe('inflateOnPort', () => {
  it('gives the bytes and outcome of inflateNativeSlices on the fixtures', async () => {
    const { inflater } = overChannel();
    for (const { path, bytes } of fixtures) {
      const here = await run(inflateNativeSlices, deflated(bytes));
      const there = await run(inflater, deflated(bytes));
      expect(there.outcome, path).toBe('done');
      expect(here.outcome, path).toBe('done');
      expect(Buffer.compare(there.bytes, here.bytes), path).toBe(0);
      expect(Buffer.compare(there.bytes, readDocumentXml(bytes)), path).toBe(0);
    }
  });

  it('sends a large document.xml in batches, its buffers reused, byte for byte', async () => {
    // More than the pool's buffers' worth: batches come back and are filled again.
    const docx = largeDocx(12 << 20);
    const { inflater } = overChannel();
    const there = await run(inflater, deflated(docx));
    expect(there.outcome).toBe('done');
    expect(there.slices).toBeGreaterThan(8);
    expect(there.bytes.length).toBeGreaterThan(12 << 20);
    expect(Buffer.compare(there.bytes, readDocumentXml(docx))).toBe(0);
    expect(there.slices).toBe(Math.ceil(there.bytes.length / BATCH));
  });

  it('stops when the reader stops, and the next inflation on the port is whole', async () => {
    const docx = largeDocx(12 << 20);
    const { inflater } = overChannel();
    const stopped = await run(inflater, deflated(docx), 50 << 20, 2);
    expect(stopped.outcome).toBe('stopped');
    expect(stopped.slices).toBe(2);
    // The stopped inflation's buffers came back (else the pool would run dry and this hang).
    for (let k = 0; k < 2; k += 1) {
      const again = await run(inflater, deflated(docx));
      expect(again.outcome).toBe('done');
      expect(Buffer.compare(again.bytes, readDocumentXml(docx))).toBe(0);
    }
  });

  it('refuses a bomb, a damaged stream and an over-cap document as inflateNativeSlices does', async () => {
    const { inflater } = overChannel();
    const bomb = deflated(lyingZipBomb(1024 * 1024 * 1024, 500 * 1024));
    expect((await run(inflater, bomb)).outcome).toBe(BOMB);
    expect((await run(inflateNativeSlices, bomb)).outcome).toBe(BOMB);
    const docx = largeDocx(3 << 20);
    const data = deflated(docx);
    // Over the cap.
    expect((await run(inflater, data, 1 << 20)).outcome).toBe(BOMB);
    // Damaged: overwritten inside, cut short, junk after the end.
    const overwritten = data.slice();
    for (let i = 100; i < 400; i += 1) overwritten[i] = (overwritten[i] ?? 0) ^ 0x5a;
    const junk = new Uint8Array(data.length + 16);
    junk.set(data);
    junk.fill(7, data.length);
    for (const [name, broken] of [
      ['overwritten', overwritten],
      ['cut', data.subarray(0, data.length >> 1)],
      // Chromium's inflater refuses bytes after the stream's end; Node's reads to the end.
      ['junk', junk],
    ] as const) {
      const here = await run(inflateNativeSlices, broken);
      const there = await run(inflater, broken);
      expect(there.outcome, name).toBe(here.outcome);
      if (here.outcome === 'done') expect(Buffer.compare(there.bytes, here.bytes), name).toBe(0);
      if (name !== 'junk') expect(here.outcome, name).toBe('null');
    }
    // The port still serves a sound file afterwards.
    expect((await run(inflater, data)).outcome).toBe('done');
  });

  it('answers null when the other side fails', async () => {
    const channel = new MessageChannel();
    channels.push(channel);
    // Nobody serves port2; the worker's error event settles `failed`.
    const outcome = await inflateOnPort(
      channel.port1 as unknown as PortLike,
      deflated(fixtures[0]?.bytes ?? new Uint8Array()),
      50 << 20,
      () => true,
      Promise.resolve(),
    );
    expect(outcome).toBeNull();
  });

  it('gives the import result of the synchronous import', async () => {
    const { inflater } = overChannel();
    for (const { path, bytes } of [...fixtures, { path: 'large', bytes: largeDocx(3 << 20) }])
      expect(await importDocxBytesAsync(bytes, { nativeFrom: 0, inflater }), path).toEqual(
        importDocxBytes(bytes),
      );
  });
});
