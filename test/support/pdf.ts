// Reading a PDF back the way a printer would see it: the text of each page (pdfjs-dist) and a page as a PNG
// (pdfjs-dist drawing on @napi-rs/canvas), for tests of generated documents such as the name badges.
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Response } from 'superagent';

export interface PdfPage {
  width: number;
  height: number;
  /** The text runs of the page in the order drawn. */
  texts: string[];
}

const load = (bytes: Buffer) =>
  getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;

export async function readPdf(bytes: Buffer): Promise<PdfPage[]> {
  const doc = await load(bytes);
  const pages: PdfPage[] = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const [, , width, height] = page.view;
    const content = await page.getTextContent();
    const texts = content.items.flatMap((item) => ('str' in item && item.str.trim() ? [item.str] : []));
    pages.push({ width: width, height: height, texts });
  }
  await doc.destroy();
  return pages;
}

/** One page drawn at `scale` (1 = 72 dpi), as PNG bytes and as RGBA pixels. */
export async function renderPdfPage(
  bytes: Buffer,
  pageNumber: number,
  scale = 2,
): Promise<{ png: Buffer; rgba: Uint8ClampedArray; width: number; height: number }> {
  const doc = await load(bytes);
  const page = await doc.getPage(pageNumber);
  const viewport = page.getViewport({ scale });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  await page.render({ canvas: canvas, canvasContext: context as never, viewport }).promise;
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  const png = canvas.toBuffer('image/png');
  await doc.destroy();
  return { png, rgba: image.data, width: canvas.width, height: canvas.height };
}

/** A supertest parser that keeps a binary body as a Buffer. */
export function binaryBody(response: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  // On Node, superagent hands its parsers the response stream itself.
  const stream = response as unknown as NodeJS.ReadableStream;
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}
