// The message of a form as a whole ("please check the marked fields"), read out as soon as it appears.
export function FormAlert({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="form-alert">
      {message}
    </p>
  );
}
