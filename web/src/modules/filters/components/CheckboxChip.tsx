import type { ReactNode } from 'react';

interface CheckboxChipProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Accessible name when the visible content is abbreviated. */
  accessibleName?: string;
  children: ReactNode;
}

/** Renders a native checkbox styled as a toggle chip. */
export function CheckboxChip({
  checked,
  onChange,
  accessibleName,
  children,
}: CheckboxChipProps) {
  return (
    <label className={checked ? 'chip chip--checked' : 'chip'}>
      <input
        type="checkbox"
        className="chip__input"
        checked={checked}
        aria-label={accessibleName}
        onChange={(event) => onChange(event.target.checked)}
      />
      {children}
    </label>
  );
}

/** Adds or removes one value of a multi-select filter. */
export function toggleValue<T>(
  values: readonly T[],
  value: T,
  on: boolean,
): T[] {
  const without = values.filter((item) => item !== value);

  return on ? [...without, value] : without;
}
