/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ReferenceData {\n    sdgs {\n      number\n      shortTitle\n      title\n      colour\n    }\n    skills {\n      id\n      name\n      group\n      position\n    }\n  }\n": typeof types.ReferenceDataDocument,
    "\n  query AppSettings {\n    appSettings {\n      tileUrl\n      tileAttribution\n    }\n  }\n": typeof types.AppSettingsDocument,
    "\n  query OpportunityMarkers(\n    $near: NearInput\n    $radiusKm: Float\n    $bbox: BoundingBoxInput\n    $filter: OpportunityFilterInput\n    $limit: Int!\n  ) {\n    opportunityMarkers(\n      near: $near\n      radiusKm: $radiusKm\n      bbox: $bbox\n      filter: $filter\n      limit: $limit\n    ) {\n      markers {\n        id\n        latitude\n        longitude\n        title\n        kind\n        sdgNumbers\n      }\n      totalCount\n      truncated\n    }\n  }\n": typeof types.OpportunityMarkersDocument,
    "\n  fragment SdgChipFields on Sdg {\n    number\n    shortTitle\n    colour\n  }\n": typeof types.SdgChipFieldsFragmentDoc,
    "\n  fragment SessionFields on OpportunitySession {\n    id\n    startsAt\n    endsAt\n    timeZone\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  fragment CostFields on Cost {\n    free\n    amountMinor\n    currency\n  }\n": typeof types.CostFieldsFragmentDoc,
    "\n  query Opportunities(\n    $near: NearInput\n    $radiusKm: Float\n    $bbox: BoundingBoxInput\n    $filter: OpportunityFilterInput\n    $first: Int!\n    $after: String\n  ) {\n    opportunities(\n      near: $near\n      radiusKm: $radiusKm\n      bbox: $bbox\n      filter: $filter\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        distanceKm\n        node {\n          id\n          title\n          kind\n          location {\n            latitude\n            longitude\n          }\n          provider {\n            id\n            name\n          }\n          nextSession {\n            ...SessionFields\n          }\n          cost {\n            ...CostFields\n          }\n          sdgs {\n            ...SdgChipFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.OpportunitiesDocument,
    "\n  query OpportunityDetail($id: ID!) {\n    opportunity(id: $id) {\n      id\n      title\n      summary\n      description\n      kind\n      mode\n      location {\n        latitude\n        longitude\n      }\n      venueName\n      venueAddress\n      place {\n        id\n        name\n      }\n      sessions {\n        ...SessionFields\n      }\n      cost {\n        ...CostFields\n      }\n      minAge\n      maxAge\n      capacity\n      sdgs {\n        ...SdgChipFields\n      }\n      skills {\n        id\n        name\n        group\n        position\n      }\n      provider {\n        id\n        name\n        website\n      }\n    }\n  }\n": typeof types.OpportunityDetailDocument,
    "\n  fragment PlaceFields on Place {\n    id\n    name\n    countryCode\n    adminCode\n    population\n    location {\n      latitude\n      longitude\n    }\n  }\n": typeof types.PlaceFieldsFragmentDoc,
    "\n  query SearchPlaces($search: String!, $first: Int!) {\n    places(search: $search, first: $first) {\n      ...PlaceFields\n    }\n  }\n": typeof types.SearchPlacesDocument,
    "\n  query Place($id: ID!) {\n    place(id: $id) {\n      ...PlaceFields\n    }\n  }\n": typeof types.PlaceDocument,
};
const documents: Documents = {
    "\n  query ReferenceData {\n    sdgs {\n      number\n      shortTitle\n      title\n      colour\n    }\n    skills {\n      id\n      name\n      group\n      position\n    }\n  }\n": types.ReferenceDataDocument,
    "\n  query AppSettings {\n    appSettings {\n      tileUrl\n      tileAttribution\n    }\n  }\n": types.AppSettingsDocument,
    "\n  query OpportunityMarkers(\n    $near: NearInput\n    $radiusKm: Float\n    $bbox: BoundingBoxInput\n    $filter: OpportunityFilterInput\n    $limit: Int!\n  ) {\n    opportunityMarkers(\n      near: $near\n      radiusKm: $radiusKm\n      bbox: $bbox\n      filter: $filter\n      limit: $limit\n    ) {\n      markers {\n        id\n        latitude\n        longitude\n        title\n        kind\n        sdgNumbers\n      }\n      totalCount\n      truncated\n    }\n  }\n": types.OpportunityMarkersDocument,
    "\n  fragment SdgChipFields on Sdg {\n    number\n    shortTitle\n    colour\n  }\n": types.SdgChipFieldsFragmentDoc,
    "\n  fragment SessionFields on OpportunitySession {\n    id\n    startsAt\n    endsAt\n    timeZone\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  fragment CostFields on Cost {\n    free\n    amountMinor\n    currency\n  }\n": types.CostFieldsFragmentDoc,
    "\n  query Opportunities(\n    $near: NearInput\n    $radiusKm: Float\n    $bbox: BoundingBoxInput\n    $filter: OpportunityFilterInput\n    $first: Int!\n    $after: String\n  ) {\n    opportunities(\n      near: $near\n      radiusKm: $radiusKm\n      bbox: $bbox\n      filter: $filter\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        distanceKm\n        node {\n          id\n          title\n          kind\n          location {\n            latitude\n            longitude\n          }\n          provider {\n            id\n            name\n          }\n          nextSession {\n            ...SessionFields\n          }\n          cost {\n            ...CostFields\n          }\n          sdgs {\n            ...SdgChipFields\n          }\n        }\n      }\n    }\n  }\n": types.OpportunitiesDocument,
    "\n  query OpportunityDetail($id: ID!) {\n    opportunity(id: $id) {\n      id\n      title\n      summary\n      description\n      kind\n      mode\n      location {\n        latitude\n        longitude\n      }\n      venueName\n      venueAddress\n      place {\n        id\n        name\n      }\n      sessions {\n        ...SessionFields\n      }\n      cost {\n        ...CostFields\n      }\n      minAge\n      maxAge\n      capacity\n      sdgs {\n        ...SdgChipFields\n      }\n      skills {\n        id\n        name\n        group\n        position\n      }\n      provider {\n        id\n        name\n        website\n      }\n    }\n  }\n": types.OpportunityDetailDocument,
    "\n  fragment PlaceFields on Place {\n    id\n    name\n    countryCode\n    adminCode\n    population\n    location {\n      latitude\n      longitude\n    }\n  }\n": types.PlaceFieldsFragmentDoc,
    "\n  query SearchPlaces($search: String!, $first: Int!) {\n    places(search: $search, first: $first) {\n      ...PlaceFields\n    }\n  }\n": types.SearchPlacesDocument,
    "\n  query Place($id: ID!) {\n    place(id: $id) {\n      ...PlaceFields\n    }\n  }\n": types.PlaceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferenceData {\n    sdgs {\n      number\n      shortTitle\n      title\n      colour\n    }\n    skills {\n      id\n      name\n      group\n      position\n    }\n  }\n"): typeof import('./graphql').ReferenceDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppSettings {\n    appSettings {\n      tileUrl\n      tileAttribution\n    }\n  }\n"): typeof import('./graphql').AppSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpportunityMarkers(\n    $near: NearInput\n    $radiusKm: Float\n    $bbox: BoundingBoxInput\n    $filter: OpportunityFilterInput\n    $limit: Int!\n  ) {\n    opportunityMarkers(\n      near: $near\n      radiusKm: $radiusKm\n      bbox: $bbox\n      filter: $filter\n      limit: $limit\n    ) {\n      markers {\n        id\n        latitude\n        longitude\n        title\n        kind\n        sdgNumbers\n      }\n      totalCount\n      truncated\n    }\n  }\n"): typeof import('./graphql').OpportunityMarkersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SdgChipFields on Sdg {\n    number\n    shortTitle\n    colour\n  }\n"): typeof import('./graphql').SdgChipFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on OpportunitySession {\n    id\n    startsAt\n    endsAt\n    timeZone\n  }\n"): typeof import('./graphql').SessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CostFields on Cost {\n    free\n    amountMinor\n    currency\n  }\n"): typeof import('./graphql').CostFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Opportunities(\n    $near: NearInput\n    $radiusKm: Float\n    $bbox: BoundingBoxInput\n    $filter: OpportunityFilterInput\n    $first: Int!\n    $after: String\n  ) {\n    opportunities(\n      near: $near\n      radiusKm: $radiusKm\n      bbox: $bbox\n      filter: $filter\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        distanceKm\n        node {\n          id\n          title\n          kind\n          location {\n            latitude\n            longitude\n          }\n          provider {\n            id\n            name\n          }\n          nextSession {\n            ...SessionFields\n          }\n          cost {\n            ...CostFields\n          }\n          sdgs {\n            ...SdgChipFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OpportunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpportunityDetail($id: ID!) {\n    opportunity(id: $id) {\n      id\n      title\n      summary\n      description\n      kind\n      mode\n      location {\n        latitude\n        longitude\n      }\n      venueName\n      venueAddress\n      place {\n        id\n        name\n      }\n      sessions {\n        ...SessionFields\n      }\n      cost {\n        ...CostFields\n      }\n      minAge\n      maxAge\n      capacity\n      sdgs {\n        ...SdgChipFields\n      }\n      skills {\n        id\n        name\n        group\n        position\n      }\n      provider {\n        id\n        name\n        website\n      }\n    }\n  }\n"): typeof import('./graphql').OpportunityDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlaceFields on Place {\n    id\n    name\n    countryCode\n    adminCode\n    population\n    location {\n      latitude\n      longitude\n    }\n  }\n"): typeof import('./graphql').PlaceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPlaces($search: String!, $first: Int!) {\n    places(search: $search, first: $first) {\n      ...PlaceFields\n    }\n  }\n"): typeof import('./graphql').SearchPlacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Place($id: ID!) {\n    place(id: $id) {\n      ...PlaceFields\n    }\n  }\n"): typeof import('./graphql').PlaceDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
