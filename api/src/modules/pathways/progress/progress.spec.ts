import {
  computeProgress,
  type HeldBadge,
  type PathwayDefinition,
  StepState,
} from './progress.js';

const ISSUER = 'did:key:z6MkIssuer';

function badge(uri: string, achievementId: string | null = null): HeldBadge {
  return {
    kind: achievementId === null ? 'imported' : 'issued',
    credentialId: `credential-${uri}`,
    achievementId,
    achievementUri: uri,
    issuerUri: achievementId === null ? ISSUER : null,
    name: uri,
    credentialUri: null,
  };
}

function pathway(ordered: boolean): PathwayDefinition {
  const step = (position: number, uris: string[], requiredCount = 1) => ({
    id: `step-${position}`,
    position,
    title: null,
    requiredCount,
    options: uris.map((uri) => ({
      achievementUri: uri,
      achievementId: null as string | null,
      issuerUri: ISSUER as string | null,
      name: null,
    })),
  });

  return {
    id: 'pathway',
    organisationId: 'organisation',
    title: 'Repair',
    ordered,
    goalAchievementId: 'goal',
    steps: [step(1, ['a']), step(2, ['b']), step(3, ['c', 'd', 'e'], 2)],
  };
}

describe('computeProgress', () => {
  it('marks a later step waiting in an ordered pathway', () => {
    const progress = computeProgress(pathway(true), [badge('b')]);

    expect(progress.steps.map((step) => step.state)).toEqual([
      StepState.NOT_MET,
      StepState.WAITING,
      StepState.NOT_MET,
    ]);
    expect(progress.steps[1]!.waitingForStep).toBe(1);
    expect(progress.complete).toBe(false);
  });

  it('counts a later step in a free pathway', () => {
    const progress = computeProgress(pathway(false), [badge('b')]);

    expect(progress.steps[1]!.state).toBe(StepState.MET);
    expect(progress.metCount).toBe(1);
  });

  it('needs two different options for any 2 of 3', () => {
    const one = computeProgress(pathway(false), [badge('c'), badge('c')]);
    const two = computeProgress(pathway(false), [badge('c'), badge('e')]);

    expect(one.steps[2]!.state).toBe(StepState.NOT_MET);
    expect(one.steps[2]!.heldCount).toBe(1);
    expect(two.steps[2]!.state).toBe(StepState.MET);
    expect(two.steps[2]!.contributions).toHaveLength(2);
  });

  it('completes when every step is met', () => {
    const held = ['a', 'b', 'c', 'd', 'e'].map((uri) => badge(uri));
    const progress = computeProgress(pathway(true), held);

    expect(progress.complete).toBe(true);
    expect(progress.steps[2]!.contributions).toHaveLength(2);
  });

  it('matches badges of ours by achievement id', () => {
    const definition = pathway(false);
    definition.steps[0]!.options[0]!.achievementId = 'local-a';
    definition.steps[0]!.options[0]!.issuerUri = null;

    const byId = computeProgress(definition, [badge('other-uri', 'local-a')]);
    const otherId = computeProgress(definition, [badge('a', 'local-b')]);

    expect(byId.steps[0]!.state).toBe(StepState.MET);
    expect(otherId.steps[0]!.state).toBe(StepState.NOT_MET);
  });

  it('never meets a local option with an import', () => {
    const definition = pathway(false);
    definition.steps[0]!.options[0]!.achievementId = 'local-a';
    definition.steps[0]!.options[0]!.issuerUri = null;
    const claimed = { ...badge('a'), achievementId: 'local-a' };

    const progress = computeProgress(definition, [badge('a'), claimed]);

    expect(progress.steps[0]!.state).toBe(StepState.NOT_MET);
    expect(progress.steps[0]!.heldCount).toBe(0);
  });

  it('needs the named issuer for an external option', () => {
    const other = { ...badge('a'), issuerUri: 'did:key:z6MkSomeoneElse' };
    const unnamed = { ...badge('a'), issuerUri: null };

    const fromOther = computeProgress(pathway(false), [other, unnamed]);
    const fromIssuer = computeProgress(pathway(false), [badge('a')]);

    expect(fromOther.steps[0]!.state).toBe(StepState.NOT_MET);
    expect(fromIssuer.steps[0]!.state).toBe(StepState.MET);
  });

  it('never meets an external option with an issued badge', () => {
    const issued = { ...badge('a', 'local-a'), issuerUri: ISSUER };

    const progress = computeProgress(pathway(false), [issued]);

    expect(progress.steps[0]!.state).toBe(StepState.NOT_MET);
  });
});
