import { skillUrl } from './urls.js';

/** An Open Badges 3.0 `Alignment`. */
export interface Alignment {
  type: ['Alignment'];
  targetName: string;
  targetUrl: string;
  targetFramework: string;
  targetCode: string;
}

export interface AlignmentSources {
  sdgs: readonly { number: number; shortTitle: string }[];
  /** Targets such as `4.4` or `13.b`. */
  sdgTargets: readonly string[];
  skills: readonly { id: string; name: string }[];
  escoSkillUris: readonly string[];
}

export const SDG_FRAMEWORK = 'UN Sustainable Development Goals';
export const WEF_FRAMEWORK = 'World Economic Forum 21st-century skills';
export const ESCO_FRAMEWORK = 'ESCO';

/**
 * Builds the alignments of an achievement: its SDGs, SDG targets, WEF
 * skills and ESCO skills, in that order. ESCO alignments carry no
 * `targetType`, because the spec's `ceasn:Competency` names competencies
 * that Credential Engine publishes, and ESCO concepts are not those.
 */
export function buildAlignments(
  sources: AlignmentSources,
  publicUrl: string,
): Alignment[] {
  const titles = new Map(sources.sdgs.map((sdg) => [sdg.number, sdg]));
  const goals = sources.sdgs.map((sdg) =>
    alignment(
      `Goal ${sdg.number}: ${sdg.shortTitle}`,
      `https://sdgs.un.org/goals/goal${sdg.number}`,
      SDG_FRAMEWORK,
      String(sdg.number),
    ),
  );
  const targets = sources.sdgTargets.map((target) => {
    const goal = Number(target.split('.')[0]);
    const title = titles.get(goal)?.shortTitle;

    return alignment(
      title === undefined ? `Target ${target}` : `Target ${target} (${title})`,
      `https://sdgs.un.org/goals/goal${goal}`,
      SDG_FRAMEWORK,
      target,
    );
  });
  const skills = sources.skills.map((skill) =>
    alignment(
      skill.name,
      skillUrl(publicUrl, skill.id),
      WEF_FRAMEWORK,
      skill.id,
    ),
  );
  const esco = sources.escoSkillUris.map((uri) =>
    alignment(escoName(uri), uri, ESCO_FRAMEWORK, uri.split('/').at(-1)!),
  );

  return [...goals, ...targets, ...skills, ...esco];
}

function alignment(
  targetName: string,
  targetUrl: string,
  targetFramework: string,
  targetCode: string,
): Alignment {
  return {
    type: ['Alignment'],
    targetName,
    targetUrl,
    targetFramework,
    targetCode,
  };
}

/** ESCO URIs carry no label, so the name is the concept's code. */
function escoName(uri: string): string {
  return `ESCO skill ${uri.split('/').at(-1)}`;
}
