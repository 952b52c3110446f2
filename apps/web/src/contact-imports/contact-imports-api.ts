// Importing the list of people I follow elsewhere, my earlier imports, and deleting one.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import type { components } from '../api/schema';

export type ContactImport = components['schemas']['ContactImportDto'];

const IMPORTS = ['contact-imports'] as const;

export function useContactImports() {
  return useQuery({
    queryKey: IMPORTS,
    queryFn: async (): Promise<ContactImport[]> => unwrap(await api.GET('/api/v1/me/imports')),
  });
}

export function useUploadContacts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File): Promise<ContactImport> => {
      const form = new FormData();
      form.append('file', file);
      // The browser sets the multipart boundary itself when the body is FormData.
      return unwrap(await api.POST('/api/v1/me/imports', { body: form as never }));
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: IMPORTS }),
  });
}

export function useDeleteImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      unwrap(await api.DELETE('/api/v1/me/imports/{id}', { params: { path: { id } } }));
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: IMPORTS }),
  });
}
