// Texts of photos and covers.
export const mediaEn = {
  uploadPhoto: 'Upload a photo',
  replacePhoto: 'Choose another photo',
  removePhoto: 'Remove photo',
  photoTitle: 'Your photo',
  photoIntro: 'People recognise you by your face: a photo as they know you online works best.',
  uploadCover: 'Upload a cover image',
  replaceCover: 'Choose another cover',
  removeCover: 'Remove cover',
  coverTitle: 'Cover image',
  uploading: 'Uploading…',
  hint: 'JPEG, PNG, WebP, GIF or AVIF, up to 10 MB. Location and camera data are removed.',
  hostedBy: 'Hosted by',
  errors: {
    IMAGE_TOO_LARGE: 'This file is larger than 10 MB.',
    IMAGE_TYPE_UNSUPPORTED: 'This is not an image we can use. Please choose a JPEG, PNG, WebP, GIF or AVIF.',
    IMAGE_UNREADABLE: 'This image could not be read. Is the file complete?',
    IMAGE_TOO_MANY_PIXELS: 'This image has too many pixels. Please choose a smaller one.',
    RATE_LIMITED: 'Too many uploads in a short time. Please try again later.',
  },
};

export const mediaDe: typeof mediaEn = {
  uploadPhoto: 'Foto hochladen',
  replacePhoto: 'Anderes Foto wählen',
  removePhoto: 'Foto entfernen',
  photoTitle: 'Dein Foto',
  photoIntro: 'Man erkennt Dich an Deinem Gesicht: Am besten ein Foto, wie man Dich aus dem Netz kennt.',
  uploadCover: 'Titelbild hochladen',
  replaceCover: 'Anderes Titelbild wählen',
  removeCover: 'Titelbild entfernen',
  coverTitle: 'Titelbild',
  uploading: 'Wird hochgeladen…',
  hint: 'JPEG, PNG, WebP, GIF oder AVIF, bis 10 MB. Standort- und Kameradaten werden entfernt.',
  hostedBy: 'Gastgeber*in',
  errors: {
    IMAGE_TOO_LARGE: 'Die Datei ist größer als 10 MB.',
    IMAGE_TYPE_UNSUPPORTED:
      'Das ist kein Bild, das wir verwenden können. Bitte wähle ein JPEG, PNG, WebP, GIF oder AVIF.',
    IMAGE_UNREADABLE: 'Das Bild ließ sich nicht lesen. Ist die Datei vollständig?',
    IMAGE_TOO_MANY_PIXELS: 'Das Bild hat zu viele Pixel. Bitte wähle ein kleineres.',
    RATE_LIMITED: 'Zu viele Uploads in kurzer Zeit. Bitte versuche es später noch einmal.',
  },
};
