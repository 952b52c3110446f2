// Uploading and removing my photo and a meetup's cover; the answers are the profile and the meetup with them.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';

export const formWith = (file: File) => {
  const form = new FormData();
  form.append('file', file);
  // The browser sets the multipart boundary itself when the body is FormData.
  return form as never;
};

export function usePhoto() {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['profile'] });
  const upload = useMutation({
    mutationFn: async (file: File) =>
      unwrap(await api.PUT('/api/v1/me/profile/photo', { body: formWith(file) })),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: async () => {
      unwrap(await api.DELETE('/api/v1/me/profile/photo'));
    },
    onSuccess: refresh,
  });
  return { upload, remove };
}

export function useCover(meetupId: string) {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['meetup', meetupId] });
  const params = { params: { path: { id: meetupId } } };
  const upload = useMutation({
    mutationFn: async (file: File) =>
      unwrap(await api.PUT('/api/v1/meetups/{id}/cover', { ...params, body: formWith(file) })),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: async () => unwrap(await api.DELETE('/api/v1/meetups/{id}/cover', params)),
    onSuccess: refresh,
  });
  return { upload, remove };
}
