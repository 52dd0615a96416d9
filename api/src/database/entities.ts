import { Opportunity } from '../modules/opportunities/opportunity.entity.js';
import { OpportunitySession } from '../modules/opportunities/opportunity-session.entity.js';
import { Organisation } from '../modules/organisations/organisation.entity.js';
import { Place } from '../modules/places/place.entity.js';
import { Sdg } from '../modules/reference-data/sdg.entity.js';
import { Skill } from '../modules/reference-data/skill.entity.js';

export const ENTITIES = [
  Organisation,
  Place,
  Sdg,
  Skill,
  Opportunity,
  OpportunitySession,
];
