import { type ReactNode, useId } from 'react';

interface SettingsSectionProps {
  title: string;
  children: ReactNode;
  className?: string;
}

/** Renders one titled section of the account page. */
export function SettingsSection({
  title,
  children,
  className,
}: SettingsSectionProps) {
  const headingId = useId();

  return (
    <section
      className={
        className ? `settings-section ${className}` : 'settings-section'
      }
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
