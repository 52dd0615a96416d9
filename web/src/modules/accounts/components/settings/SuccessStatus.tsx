/** Renders a live region that announces `message` when it appears. */
export function SuccessStatus({ message }: { message: string | null }) {
  return (
    <p role="status" className="success-text">
      {message}
    </p>
  );
}
