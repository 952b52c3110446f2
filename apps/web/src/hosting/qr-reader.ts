// Reads a QR code from a video frame: the browser's BarcodeDetector where it has one, jsQR (loaded on first use)
// where it does not — Firefox, Safari before 17, and chromium on desktop Linux and Windows.
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>>;
}
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

export type QrReader = (video: HTMLVideoElement) => Promise<string | null>;

export function cameraAvailable(): boolean {
  return typeof navigator.mediaDevices?.getUserMedia === 'function';
}

async function nativeReader(): Promise<QrReader | null> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
  if (!Detector) return null;
  // Some browsers have the class but no QR support on this platform: ask before relying on it.
  const formats = await (
    Detector as unknown as { getSupportedFormats?: () => Promise<string[]> }
  ).getSupportedFormats?.();
  if (formats && !formats.includes('qr_code')) return null;
  const detector = new Detector({ formats: ['qr_code'] });
  return async (video) => {
    const [code] = await detector.detect(video).catch(() => []);
    return code?.rawValue ?? null;
  };
}

async function scriptReader(): Promise<QrReader> {
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    if (!context || video.videoWidth === 0) return null;
    // A phone camera gives 1080p and more; a QR code at arm's length reads fine from a smaller copy, and faster.
    const scale = Math.min(1, 640 / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const frame = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
  };
}

export async function qrReader(): Promise<QrReader> {
  return (await nativeReader()) ?? scriptReader();
}
