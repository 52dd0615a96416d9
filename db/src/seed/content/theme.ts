/**
 * A subject that opportunities are about, with the SDGs and WEF skills that
 * fit it. The first SDG and the first skill fit best and are always tagged.
 */
export interface Theme {
  id: string;
  /** Noun phrase that reads inside a sentence, lower case except for names. */
  topic: string;
  /** ISO country codes where the theme reads naturally; absent means any. */
  countries?: readonly string[];
  sdgs: readonly number[];
  skills: readonly string[];
  /** Things a participant does, each a bullet of the description. */
  activities: readonly string[];
  /** Job title for work experience, in lower case. */
  role: string;
}
