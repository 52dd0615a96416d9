import { ErrorMessage } from '@/components/ErrorMessage';

interface FormErrorsProps {
  error: unknown;
  /** Messages of the API that belong to no field. */
  general: readonly string[];
  /** How many API messages the form shows next to its fields. */
  fieldCount: number;
}

/**
 * Renders a failed submit's messages that no field shows: the API's general
 * messages, or the whole error when it named no field (such as offline).
 */
export function FormErrors({ error, general, fieldCount }: FormErrorsProps) {
  if (error === undefined) return null;
  if (general.length > 0) {
    return (
      <div className="error-message" role="alert">
        {general.map((message) => (
          <p key={message}>{message}</p>
        ))}
      </div>
    );
  }

  return fieldCount === 0 ? <ErrorMessage error={error} /> : null;
}
