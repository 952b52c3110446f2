// Where a bucket is, as MEDIA_S3_URL names it: apart from the AWS SDK, so that reading the setting does not load it.

export interface S3Location {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export function parseS3Url(s3Url: string): S3Location {
  const url = new URL(s3Url);
  return {
    endpoint: url.origin,
    region: url.searchParams.get('region') ?? 'us-east-1',
    bucket: decodeURIComponent(url.pathname.slice(1)),
    accessKeyId: decodeURIComponent(url.username),
    secretAccessKey: decodeURIComponent(url.password),
  };
}
