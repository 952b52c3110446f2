// A camera picture for chromium's fake capture device: a QR code on white, written as a Y4M video
// (chromium --use-file-for-fake-video-capture=<file>.y4m plays it in a loop).
import { writeFile } from 'node:fs/promises';
import QRCode from 'qrcode';

const WIDTH = 640;
const HEIGHT = 480;

/** Writes a short 4:2:0 Y4M video that shows `text` as a QR code, and returns its path. */
export async function qrCodeVideo(text: string, path: string): Promise<string> {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const modules = qr.modules.size;
  const pixelsPerModule = Math.floor((HEIGHT * 0.8) / (modules + 8));
  const side = pixelsPerModule * modules;
  const left = Math.floor((WIDTH - side) / 2);
  const top = Math.floor((HEIGHT - side) / 2);

  const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
  for (let y = 0; y < side; y += 1) {
    const row = Math.floor(y / pixelsPerModule);
    for (let x = 0; x < side; x += 1) {
      if (qr.modules.get(row, Math.floor(x / pixelsPerModule))) luma[(top + y) * WIDTH + left + x] = 16;
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  await writeFile(path, Buffer.concat([header, frame, frame, frame]));
  return path;
}
