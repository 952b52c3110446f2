// The message of a form as a whole ("please check the marked fields"), read out as soon as it appears.
import { Notice } from '../ui/notice';

export function FormAlert({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <Notice tone="danger" role="alert" className="form-alert font-semibold">
      {message}
    </Notice>
  );
}
