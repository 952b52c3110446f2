// jsdom lacks a few globals that browsers and Node both have and react-router needs; only jsdom tests get them.
import { TextDecoder, TextEncoder } from 'node:util';

if (typeof window !== 'undefined' && typeof globalThis.TextEncoder === 'undefined') {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}
