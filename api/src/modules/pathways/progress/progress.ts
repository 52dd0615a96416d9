/** A valid badge of a learner, issued here or imported. */
export interface HeldBadge {
  kind: 'issued' | 'imported';
  credentialId: string;
  /** The local badge design, for badges issued here. */
  achievementId: string | null;
  /** The Open Badges Achievement id (or OB 2.0 BadgeClass id). */
  achievementUri: string;
  /** For imports, the issuer id the verified credential names; else null. */
  issuerUri: string | null;
  name: string | null;
  /** The credential's own id; for imports, used as evidence when http(s). */
  credentialUri: string | null;
}

export interface StepOptionDefinition {
  achievementUri: string;
  /** The local badge design; set for badges designed here only. */
  achievementId: string | null;
  /** The issuer a badge from elsewhere must come from; null for ours. */
  issuerUri: string | null;
  name: string | null;
}

export interface StepDefinition {
  id: string;
  /** 1 for the first step. */
  position: number;
  title: string | null;
  requiredCount: number;
  options: StepOptionDefinition[];
}

/** What progress needs to know about a pathway. */
export interface PathwayDefinition {
  id: string;
  organisationId: string;
  title: string;
  ordered: boolean;
  goalAchievementId: string;
  steps: StepDefinition[];
}

export enum StepState {
  MET = 'met',
  /** Held, but an earlier step of an ordered pathway is not met yet. */
  WAITING = 'waiting',
  NOT_MET = 'not_met',
}

export interface StepProgress {
  stepId: string;
  position: number;
  state: StepState;
  requiredCount: number;
  /** How many different options of the step the learner holds. */
  heldCount: number;
  /** For a waiting step: the first earlier step that is not met. */
  waitingForStep: number | null;
  /** The badges that count for the step, at most `requiredCount`. */
  contributions: HeldBadge[];
}

export interface PathwayProgress {
  pathwayId: string;
  complete: boolean;
  metCount: number;
  steps: StepProgress[];
}

/**
 * Decides whether a held badge meets an option. A badge designed here is
 * met only by a credential issued here, because anyone can sign a
 * credential that claims our Achievement id. A badge from elsewhere is met
 * only by an import of that Achievement from the named issuer, whose
 * signature the import verified.
 */
export function meetsOption(
  option: StepOptionDefinition,
  badge: HeldBadge,
): boolean {
  if (option.achievementId !== null) {
    return (
      badge.kind === 'issued' && badge.achievementId === option.achievementId
    );
  }

  return (
    badge.kind === 'imported' &&
    option.issuerUri !== null &&
    badge.issuerUri === option.issuerUri &&
    badge.achievementUri === option.achievementUri
  );
}

/** The first held badge for each option of the step that the learner holds. */
function heldOptions(
  step: StepDefinition,
  badges: readonly HeldBadge[],
): HeldBadge[] {
  const held: HeldBadge[] = [];
  for (const option of step.options) {
    const badge = badges.find((candidate) => meetsOption(option, candidate));
    if (badge !== undefined) held.push(badge);
  }

  return held;
}

/**
 * Computes a learner's progress from their valid badges. A step is held
 * when the learner has `requiredCount` different options. In an ordered
 * pathway a held step counts as met only when every earlier step is met;
 * until then it is waiting for the first earlier step that is not.
 */
export function computeProgress(
  pathway: PathwayDefinition,
  badges: readonly HeldBadge[],
): PathwayProgress {
  let firstUnmet: number | null = null;
  const steps = pathway.steps.map((step): StepProgress => {
    const held = heldOptions(step, badges);
    const satisfied = held.length >= step.requiredCount;
    const blocked = pathway.ordered && firstUnmet !== null;
    let state = StepState.NOT_MET;
    if (satisfied) state = blocked ? StepState.WAITING : StepState.MET;
    if (state !== StepState.MET && firstUnmet === null) {
      firstUnmet = step.position;
    }

    return {
      stepId: step.id,
      position: step.position,
      state,
      requiredCount: step.requiredCount,
      heldCount: held.length,
      waitingForStep: state === StepState.WAITING ? firstUnmet : null,
      contributions: satisfied ? held.slice(0, step.requiredCount) : held,
    };
  });
  const metCount = steps.filter((step) => step.state === StepState.MET).length;

  return {
    pathwayId: pathway.id,
    complete: steps.length > 0 && metCount === steps.length,
    metCount,
    steps,
  };
}
