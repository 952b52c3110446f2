// Photos and covers: a member changes their own photo, hosts change their meetup's cover, and the stored images
// are public under names nobody can guess.
import type supertest from 'supertest';
import { photo, uploadPhoto } from '../support/images.js';
import { everyone, hostsOnly, signedIn, type Table } from './expectations.js';
import type { World } from './world.js';

const NOT_HOST = '403 NOT_MEETUP_HOST';

const anImage = async (request: supertest.Test) => request.attach('file', await photo(), 'a.jpg');

/** A file the owner uploaded: the path of one of its variants under /api/v1/media. */
async function ownersPhotoFile(world: World): Promise<{ file: string }> {
  const uploaded = await uploadPhoto(world.api, world.owner, await photo());
  const url: string = uploaded.body.photo.url;
  return { file: url.slice(url.lastIndexOf('/') + 1) };
}

export const mediaRows: Table = {
  'GET /api/v1/media/{file}': { expect: everyone('2xx'), fresh: ownersPhotoFile },
  'PUT /api/v1/me/profile/photo': { expect: signedIn(), send: anImage },
  'DELETE /api/v1/me/profile/photo': { expect: signedIn() },
  'PUT /api/v1/meetups/{id}/cover': {
    expect: hostsOnly(NOT_HOST),
    path: (world) => ({ id: world.meetup.id }),
    send: anImage,
  },
  'DELETE /api/v1/meetups/{id}/cover': {
    expect: hostsOnly(NOT_HOST),
    path: (world) => ({ id: world.meetup.id }),
  },
};
