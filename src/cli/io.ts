/** Where the command line writes; tests pass their own. */
export interface Io {
  out(text: string): void;
  /** UTF-8 output as it is (what worker threads encoded); without it, it is decoded for `out`. */
  outBytes?(bytes: Uint8Array): void;
  err(text: string): void;
}
