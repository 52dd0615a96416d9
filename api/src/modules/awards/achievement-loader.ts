import type { RequestContext } from '../../common/graphql/loader-registry.js';
import type { AchievementsRepository } from '../achievements/achievements.repository.js';
import type { AchievementModel } from '../achievements/dto/achievement.model.js';

/** Loads an achievement by id, batched with every other in the request. */
export async function loadAchievement(
  loaders: RequestContext['loaders'],
  achievements: AchievementsRepository,
  id: string,
): Promise<AchievementModel> {
  const achievement = await loaders.load(
    'achievementById',
    (ids: readonly string[]) => achievements.findByIds(ids),
    id,
    null,
  );
  if (achievement === null) throw new Error(`Achievement ${id} is missing`);

  return achievement;
}
