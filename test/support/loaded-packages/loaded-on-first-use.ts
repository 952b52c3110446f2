// The packages only some installations or some requests use, each with what first uses it: neither the API's nor the
// worker's start may load them.
export const LOADED_ON_FIRST_USE: Record<string, string> = {
  '@aws-sdk/client-s3': 'images kept in an S3 bucket',
  sharp: 'an image upload',
  'file-type': 'an image upload',
  pdfkit: 'name badges',
  qrcode: 'name badges',
  'react-dom': 'a server-rendered page',
};
