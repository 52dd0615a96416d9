/**
 * The Open Badges 3.0 `AchievementType` vocabulary, in the order of the
 * specification's enumeration. The vocabulary is extensible: a term that
 * starts with `ext:` is an extension (OB 3.0, "Extending Enumerated
 * Vocabularies").
 */
export const ACHIEVEMENT_TYPES: readonly string[] = [
  'Achievement',
  'ApprenticeshipCertificate',
  'Assessment',
  'Assignment',
  'AssociateDegree',
  'Award',
  'Badge',
  'BachelorDegree',
  'Certificate',
  'CertificateOfCompletion',
  'Certification',
  'CommunityService',
  'Competency',
  'Course',
  'CoCurricular',
  'Degree',
  'Diploma',
  'DoctoralDegree',
  'Fieldwork',
  'GeneralEducationDevelopment',
  'JourneymanCertificate',
  'LearningProgram',
  'License',
  'Membership',
  'ProfessionalDoctorate',
  'QualityAssuranceCredential',
  'MasterCertificate',
  'MasterDegree',
  'MicroCredential',
  'ResearchDoctorate',
  'SecondarySchoolDiploma',
];

/** An extension term: `ext:` and a name of letters, digits, `.`, `_` or `-`. */
export const EXTENSION_TYPE = /^ext:[A-Za-z][A-Za-z0-9._-]{0,59}$/;

export function isAchievementType(value: string): boolean {
  return ACHIEVEMENT_TYPES.includes(value) || EXTENSION_TYPE.test(value);
}
