// "Scan": reads a check-in QR code with the camera where the browser offers BarcodeDetector; typing always works.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

function barcodeDetector(): BarcodeDetectorConstructor | null {
  const found = (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
  return found && typeof navigator.mediaDevices?.getUserMedia === 'function' ? found : null;
}

export function QrScanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const [scanning, setScanning] = useState(false);
  const [failed, setFailed] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  // The camera keeps running across renders; only a new scan restarts it, whatever `onCode` is by then.
  const latestOnCode = useRef(onCode);
  useEffect(() => {
    latestOnCode.current = onCode;
  }, [onCode]);
  const Detector = barcodeDetector();

  useEffect(() => {
    if (!scanning || !Detector) return;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const detector = new Detector({ formats: ['qr_code'] });
    const look = async () => {
      if (stopped || !video.current) return;
      const [code] = await detector.detect(video.current).catch(() => []);
      if (code?.rawValue) {
        setScanning(false);
        latestOnCode.current(code.rawValue.trim());
        return;
      }
      timer = setTimeout(() => void look(), 250);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' } })
      .then(async (camera) => {
        stream = camera;
        if (stopped || !video.current) return;
        video.current.srcObject = camera;
        await video.current.play();
        void look();
      })
      .catch(() => {
        setFailed(true);
        setScanning(false);
      });
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [scanning, Detector]);

  if (!Detector) return null;
  return (
    <div className="qr-scanner">
      {failed && <p className="field__error">{t('hosting.checkIn.cameraFailed')}</p>}
      {scanning ? (
        <>
          <video
            ref={video}
            className="qr-scanner__video"
            muted
            playsInline
            aria-label={t('hosting.checkIn.camera')}
          />
          <button type="button" className="button button--secondary" onClick={() => setScanning(false)}>
            {t('hosting.checkIn.stopScan')}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setFailed(false);
            setScanning(true);
          }}
        >
          {t('hosting.checkIn.scan')}
        </button>
      )}
    </div>
  );
}
