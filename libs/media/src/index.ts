// What other features use: storing an uploaded image, deleting it, and how it appears in the API (in TS and in SQL).
export * from './media-core.module.js';
export * from './media-errors.js';
export * from './media-http.module.js';
export * from './media.service.js';
export { IMAGE_KINDS, type ImageKind, type ImageView, imageOf, imageSql } from './images/image-kinds.js';
export { MAX_PIXELS, MAX_UPLOAD_BYTES } from './images/image-ingest.js';
export { ApiImageUpload } from './serving/api-image-upload.js';
export { ImageDto, ImageUploadDto } from './serving/image-upload.dto.js';
export { IMAGE_UPLOADS_PER_HOUR, readUploadedImage } from './serving/uploaded-image.js';
export { MediaStore } from './store/media-store.js';
export { DiskMediaStore } from './store/disk-media-store.js';
