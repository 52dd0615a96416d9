import type { BadgeChoice } from '../hooks/useBadgeChoices';

interface BadgeChoiceOptionsProps {
  choices: BadgeChoice[];
  /** The chosen design's id, or '' for none. */
  value: string;
  /** The text of the empty choice. */
  noneLabel: string;
  /**
   * The text of the chosen design when it is not among `choices`, as an
   * archived design is not.
   */
  currentLabel: string;
}

/** Renders the options of a badge design select. */
export function BadgeChoiceOptions({
  choices,
  value,
  noneLabel,
  currentLabel,
}: BadgeChoiceOptionsProps) {
  const listed = value === '' || choices.some((choice) => choice.id === value);

  return (
    <>
      <option value="">{noneLabel}</option>
      {!listed && <option value={value}>{currentLabel}</option>}
      {choices.map((choice) => (
        <option key={choice.id} value={choice.id}>
          {choice.name}
        </option>
      ))}
    </>
  );
}
