// "Scan": reads a check-in QR code with the camera (see qr-reader.ts for how); typing always works.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cameraAvailable, qrReader } from './qr-reader';
import { Button } from '../ui/button';

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

  useEffect(() => {
    if (!scanning) return;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const start = async () => {
      const [read, camera] = await Promise.all([
        qrReader(),
        navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }),
      ]);
      stream = camera;
      // Stopped while the camera was still starting: the cleanup below has run already.
      if (stopped || !video.current) {
        camera.getTracks().forEach((track) => track.stop());
        return;
      }
      video.current.srcObject = camera;
      await video.current.play();
      const look = async () => {
        if (stopped || !video.current) return;
        const code = (await read(video.current))?.trim();
        if (stopped) return;
        if (code) {
          setScanning(false);
          latestOnCode.current(code);
          return;
        }
        timer = setTimeout(() => void look(), 250);
      };
      void look();
    };
    start().catch(() => {
      if (stopped) return;
      setFailed(true);
      setScanning(false);
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [scanning]);

  if (!cameraAvailable()) return null;
  return (
    <div className="mt-4 flex flex-col gap-2">
      {failed && <p className="m-0 font-semibold text-danger-text">{t('hosting.checkIn.cameraFailed')}</p>}
      {scanning ? (
        <>
          <video
            ref={video}
            className="max-h-[60vh] w-full rounded-control bg-black"
            muted
            playsInline
            aria-label={t('hosting.checkIn.camera')}
          />
          <Button type="button" variant="secondary" onClick={() => setScanning(false)}>
            {t('hosting.checkIn.stopScan')}
          </Button>
        </>
      ) : (
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setFailed(false);
            setScanning(true);
          }}
        >
          {t('hosting.checkIn.scan')}
        </Button>
      )}
    </div>
  );
}
