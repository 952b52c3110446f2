// What a toast says, shared by useToast() and the list that shows them.
export interface ToastMessage {
  title: string;
  description?: string;
  tone?: 'success' | 'danger';
}
export type ShownToast = ToastMessage & { id: number };
