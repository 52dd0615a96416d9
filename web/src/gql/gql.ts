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
    "\n  query MyEmailAddresses {\n    myEmailAddresses {\n      id\n      email\n      primary\n      verified\n    }\n  }\n": typeof types.MyEmailAddressesDocument,
    "\n  mutation AddEmailAddress($input: AddEmailAddressInput!) {\n    addEmailAddress(input: $input) {\n      id\n      email\n      primary\n      verified\n    }\n  }\n": typeof types.AddEmailAddressDocument,
    "\n  mutation ResendEmailAddressVerification($input: EmailAddressInput!) {\n    resendEmailAddressVerification(input: $input)\n  }\n": typeof types.ResendEmailAddressVerificationDocument,
    "\n  mutation RemoveEmailAddress($input: EmailAddressInput!) {\n    removeEmailAddress(input: $input)\n  }\n": typeof types.RemoveEmailAddressDocument,
    "\n  query AccountSettings {\n    me {\n      id\n      email\n      emailVerified\n      name\n      birthYear\n      isMinor\n      profileVisibility\n      employerContact\n      shareLocation\n    }\n  }\n": typeof types.AccountSettingsDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      createdAt\n      lastUsedAt\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      profileVisibility\n      employerContact\n      shareLocation\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) {\n      id\n      email\n      emailVerified\n    }\n  }\n": typeof types.ChangeEmailDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n": typeof types.DeleteAccountDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      email\n      primary\n      account {\n        id\n      }\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": typeof types.ResendVerificationEmailDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      emailVerified\n      isMinor\n      isAdmin\n      memberships {\n        role\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment AchievementFields on Achievement {\n    id\n    name\n    description\n    criteriaNarrative\n    achievementType\n    tags\n    validityDays\n    imageUrl\n    imageFileId\n    sdgs {\n      ...SdgChipFields\n    }\n    sdgTargets\n    skills {\n      id\n      name\n    }\n    escoSkillUris\n    archived\n  }\n": typeof types.AchievementFieldsFragmentDoc,
    "\n  query OrganisationAchievements(\n    $organisationId: ID!\n    $includeArchived: Boolean\n    $first: Int\n    $after: String\n  ) {\n    organisationAchievements(\n      organisationId: $organisationId\n      includeArchived: $includeArchived\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AchievementFields\n        }\n      }\n    }\n  }\n": typeof types.OrganisationAchievementsDocument,
    "\n  query BadgeChoices($organisationId: ID!, $first: Int) {\n    organisationAchievements(organisationId: $organisationId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          archived\n        }\n      }\n    }\n  }\n": typeof types.BadgeChoicesDocument,
    "\n  query EditableAchievement($id: ID!) {\n    achievement(id: $id) {\n      ...AchievementFields\n      organisation {\n        id\n        name\n        viewerRole\n      }\n    }\n  }\n": typeof types.EditableAchievementDocument,
    "\n  query BadgeDesignReference {\n    achievementTypes\n    sdgs {\n      number\n      targets\n    }\n  }\n": typeof types.BadgeDesignReferenceDocument,
    "\n  mutation CreateAchievement($input: CreateAchievementInput!) {\n    createAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n": typeof types.CreateAchievementDocument,
    "\n  mutation UpdateAchievement($input: UpdateAchievementInput!) {\n    updateAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n": typeof types.UpdateAchievementDocument,
    "\n  mutation ArchiveAchievement($input: ArchiveAchievementInput!) {\n    archiveAchievement(input: $input) {\n      id\n      archived\n    }\n  }\n": typeof types.ArchiveAchievementDocument,
    "\n  query OrganisationsAwaitingVerification(\n    $kind: OrganisationKind\n    $first: Int\n    $after: String\n  ) {\n    organisationsAwaitingVerification(\n      kind: $kind\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          area\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.OrganisationsAwaitingVerificationDocument,
    "\n  mutation VerifyOrganisation($input: VerifyOrganisationInput!) {\n    verifyOrganisation(input: $input) {\n      id\n      verified\n      verifiedAt\n    }\n  }\n": typeof types.VerifyOrganisationDocument,
    "\n  mutation RevokeOrganisationVerification(\n    $input: RevokeOrganisationVerificationInput!\n  ) {\n    revokeOrganisationVerification(input: $input) {\n      id\n      verified\n      verifiedAt\n    }\n  }\n": typeof types.RevokeOrganisationVerificationDocument,
    "\n  query AwardAchievement($id: ID!) {\n    achievement(id: $id) {\n      id\n      name\n      archived\n      imageUrl\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AwardAchievementDocument,
    "\n  query SessionAchievement($sessionId: ID!) {\n    sessionRegistrations(sessionId: $sessionId, first: 1) {\n      opportunity {\n        id\n        provider {\n          id\n        }\n        achievement {\n          id\n          name\n          archived\n        }\n      }\n    }\n  }\n": typeof types.SessionAchievementDocument,
    "\n  query SessionAwards($sessionId: ID!, $achievementId: ID!) {\n    sessionAwards(sessionId: $sessionId, achievementId: $achievementId) {\n      registrationId\n      credentialId\n      status\n    }\n  }\n": typeof types.SessionAwardsDocument,
    "\n  mutation AwardBadge($input: AwardBadgeInput!) {\n    awardBadge(input: $input) {\n      id\n      publicUrl\n    }\n  }\n": typeof types.AwardBadgeDocument,
    "\n  fragment AwardJobFields on AwardJob {\n    id\n    status\n    total\n    succeeded\n    failed\n    failures {\n      recipient\n      code\n      message\n    }\n  }\n": typeof types.AwardJobFieldsFragmentDoc,
    "\n  mutation StartBulkAward($input: StartBulkAwardInput!) {\n    startBulkAward(input: $input) {\n      ...AwardJobFields\n    }\n  }\n": typeof types.StartBulkAwardDocument,
    "\n  query AwardJob($id: ID!) {\n    awardJob(id: $id) {\n      ...AwardJobFields\n    }\n  }\n": typeof types.AwardJobDocument,
    "\n  fragment ClaimCodeFields on ClaimCode {\n    id\n    code\n    claimUrl\n    qrCodeSvg\n    expiresAt\n    maxRedemptions\n    redemptionCount\n    revoked\n  }\n": typeof types.ClaimCodeFieldsFragmentDoc,
    "\n  query AchievementClaimCodes($achievementId: ID!) {\n    achievementClaimCodes(achievementId: $achievementId) {\n      ...ClaimCodeFields\n    }\n  }\n": typeof types.AchievementClaimCodesDocument,
    "\n  mutation CreateClaimCode($input: CreateClaimCodeInput!) {\n    createClaimCode(input: $input) {\n      ...ClaimCodeFields\n    }\n  }\n": typeof types.CreateClaimCodeDocument,
    "\n  mutation RevokeClaimCode($input: RevokeClaimCodeInput!) {\n    revokeClaimCode(input: $input) {\n      ...ClaimCodeFields\n    }\n  }\n": typeof types.RevokeClaimCodeDocument,
    "\n  mutation EndorseAchievement($input: EndorseAchievementInput!) {\n    endorseAchievement(input: $input) {\n      id\n      comment\n    }\n  }\n": typeof types.EndorseAchievementDocument,
    "\n  fragment ImportedBadgeFields on ImportedBadge {\n    id\n    source\n    sourceUrl\n    specVersion\n    credentialUri\n    name\n    description\n    issuerName\n    issuerUri\n    issuedAt\n    expiresAt\n    imageUrl\n    status\n    failureReason\n    checks {\n      check\n      outcome\n      message\n    }\n    verifiedAt\n    importedAt\n    shared\n  }\n": typeof types.ImportedBadgeFieldsFragmentDoc,
    "\n  mutation ImportBadgeText($input: ImportBadgeTextInput!) {\n    importBadgeText(input: $input) {\n      created\n      badge {\n        ...ImportedBadgeFields\n      }\n    }\n  }\n": typeof types.ImportBadgeTextDocument,
    "\n  mutation ImportBadgeUrl($input: ImportBadgeUrlInput!) {\n    importBadgeUrl(input: $input) {\n      created\n      badge {\n        ...ImportedBadgeFields\n      }\n    }\n  }\n": typeof types.ImportBadgeUrlDocument,
    "\n  query ImportedBadge($id: ID!) {\n    importedBadge(id: $id) {\n      ...ImportedBadgeFields\n    }\n  }\n": typeof types.ImportedBadgeDocument,
    "\n  mutation ReverifyImportedBadge($id: ID!) {\n    reverifyImportedBadge(id: $id) {\n      ...ImportedBadgeFields\n    }\n  }\n": typeof types.ReverifyImportedBadgeDocument,
    "\n  mutation ShareImportedBadge($input: ShareImportedBadgeInput!) {\n    shareImportedBadge(input: $input) {\n      id\n      shared\n    }\n  }\n": typeof types.ShareImportedBadgeDocument,
    "\n  mutation DeleteImportedBadge($id: ID!) {\n    deleteImportedBadge(id: $id)\n  }\n": typeof types.DeleteImportedBadgeDocument,
    "\n  query SharedImportedBadge($id: ID!) {\n    sharedImportedBadge(id: $id) {\n      id\n      name\n      description\n      issuerName\n      issuedAt\n      expiresAt\n      imageUrl\n      status\n      verifiedAt\n    }\n  }\n": typeof types.SharedImportedBadgeDocument,
    "\n  query BadgePage($id: ID!) {\n    credential(id: $id) {\n      id\n      issuedAt\n      validUntil\n      expired\n      status\n      statusReason\n      statusChangedAt\n      shared\n      narrative\n      recipientName\n      recipientEmail\n      json\n      publicUrl\n      downloadUrls {\n        json\n        jwt\n        png\n        svg\n      }\n      achievement {\n        id\n        name\n        description\n        criteriaNarrative\n        achievementType\n        imageUrl\n        sdgs {\n          ...SdgChipFields\n        }\n        sdgTargets\n        skills {\n          id\n          name\n          position\n        }\n        escoSkillUris\n      }\n      issuer {\n        id\n        name\n        website\n        issuerId\n      }\n      evidence {\n        id\n        name\n        narrative\n        url\n        contentType\n      }\n      endorsements {\n        id\n        comment\n        issuedAt\n        status\n        endorser {\n          id\n          name\n          website\n        }\n      }\n    }\n  }\n": typeof types.BadgePageDocument,
    "\n  fragment BackpackItemFields on BackpackItem {\n    id\n    kind\n    name\n    imageUrl\n    issuerName\n    issuedAt\n    status\n    shared\n  }\n": typeof types.BackpackItemFieldsFragmentDoc,
    "\n  query MyBackpack(\n    $first: Int\n    $after: String\n    $sort: BackpackSort\n    $filter: BackpackFilterInput\n  ) {\n    myBackpack(first: $first, after: $after, sort: $sort, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...BackpackItemFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyBackpackDocument,
    "\n  query MyBackpackIssuers {\n    myBackpackIssuers {\n      key\n      name\n      badgeCount\n    }\n  }\n": typeof types.MyBackpackIssuersDocument,
    "\n  fragment MyBadgeFields on Credential {\n    id\n    issuedAt\n    validUntil\n    expired\n    status\n    shared\n    publicUrl\n    achievement {\n      id\n      name\n      imageUrl\n    }\n    issuer {\n      id\n      name\n    }\n  }\n": typeof types.MyBadgeFieldsFragmentDoc,
    "\n  query MyCredentials($first: Int, $after: String) {\n    myCredentials(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...MyBadgeFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyCredentialsDocument,
    "\n  mutation ShareCredential($input: ShareCredentialInput!) {\n    shareCredential(input: $input) {\n      id\n      shared\n    }\n  }\n": typeof types.ShareCredentialDocument,
    "\n  mutation RedeemClaimCode($input: RedeemClaimCodeInput!) {\n    redeemClaimCode(input: $input) {\n      ...MyBadgeFields\n    }\n  }\n": typeof types.RedeemClaimCodeDocument,
    "\n  fragment CollectionFields on BadgeCollection {\n    id\n    name\n    description\n    public\n    shareUrl\n    badgeCount\n    badges {\n      ...BackpackItemFields\n    }\n  }\n": typeof types.CollectionFieldsFragmentDoc,
    "\n  query MyCollections {\n    myCollections {\n      id\n      name\n      description\n      public\n      badgeCount\n    }\n  }\n": typeof types.MyCollectionsDocument,
    "\n  query Collection($id: ID!) {\n    collection(id: $id) {\n      ...CollectionFields\n    }\n  }\n": typeof types.CollectionDocument,
    "\n  query PublicCollection($token: String!) {\n    publicCollection(token: $token) {\n      name\n      description\n      ownerName\n      badges {\n        id\n        kind\n        name\n        imageUrl\n        issuerName\n        issuedAt\n        status\n        publicUrl\n      }\n    }\n  }\n": typeof types.PublicCollectionDocument,
    "\n  mutation CreateCollection($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCollectionDocument,
    "\n  mutation UpdateCollection($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) {\n      ...CollectionFields\n    }\n  }\n": typeof types.UpdateCollectionDocument,
    "\n  mutation DeleteCollection($input: CollectionInput!) {\n    deleteCollection(input: $input)\n  }\n": typeof types.DeleteCollectionDocument,
    "\n  mutation AddBadgeToCollection($input: CollectionBadgeInput!) {\n    addBadgeToCollection(input: $input) {\n      ...CollectionFields\n    }\n  }\n": typeof types.AddBadgeToCollectionDocument,
    "\n  mutation RemoveBadgeFromCollection($input: CollectionBadgeInput!) {\n    removeBadgeFromCollection(input: $input) {\n      ...CollectionFields\n    }\n  }\n": typeof types.RemoveBadgeFromCollectionDocument,
    "\n  mutation MoveCollectionBadge($input: MoveCollectionBadgeInput!) {\n    moveCollectionBadge(input: $input) {\n      ...CollectionFields\n    }\n  }\n": typeof types.MoveCollectionBadgeDocument,
    "\n  mutation SetCollectionPublic($input: SetCollectionPublicInput!) {\n    setCollectionPublic(input: $input) {\n      ...CollectionFields\n    }\n  }\n": typeof types.SetCollectionPublicDocument,
    "\n  mutation ReplaceCollectionShareLink($input: CollectionInput!) {\n    replaceCollectionShareLink(input: $input) {\n      ...CollectionFields\n    }\n  }\n": typeof types.ReplaceCollectionShareLinkDocument,
    "\n  query AuthorizationRequest($id: ID!) {\n    oauthAuthorizationRequest(id: $id) {\n      id\n      redirectUri\n      expiresAt\n      client {\n        name\n        clientUri\n        logoUri\n        tosUri\n        policyUri\n      }\n      scopes {\n        uri\n        description\n      }\n    }\n  }\n": typeof types.AuthorizationRequestDocument,
    "\n  mutation ApproveAuthorization($input: DecideOAuthAuthorizationInput!) {\n    approveOAuthAuthorization(input: $input) {\n      redirectUrl\n    }\n  }\n": typeof types.ApproveAuthorizationDocument,
    "\n  mutation DenyAuthorization($input: DecideOAuthAuthorizationInput!) {\n    denyOAuthAuthorization(input: $input) {\n      redirectUrl\n    }\n  }\n": typeof types.DenyAuthorizationDocument,
    "\n  query ConnectedApps {\n    connectedApps {\n      id\n      connectedAt\n      lastUsedAt\n      client {\n        name\n        clientUri\n        policyUri\n      }\n      scopes {\n        uri\n        description\n      }\n    }\n  }\n": typeof types.ConnectedAppsDocument,
    "\n  mutation RevokeConnectedApp($input: RevokeConnectedAppInput!) {\n    revokeConnectedApp(input: $input)\n  }\n": typeof types.RevokeConnectedAppDocument,
    "\n  query LearnerContactSettings {\n    me {\n      id\n      employerContact\n      isMinor\n    }\n    myEmployerContactConsents {\n      createdAt\n      employer {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LearnerContactSettingsDocument,
    "\n  mutation AllowEmployerContact($employerId: ID!) {\n    allowEmployerContact(employerId: $employerId) {\n      createdAt\n      employer {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AllowEmployerContactDocument,
    "\n  mutation WithdrawEmployerContact($employerId: ID!) {\n    withdrawEmployerContact(employerId: $employerId)\n  }\n": typeof types.WithdrawEmployerContactDocument,
    "\n  query MyHomePlace {\n    me {\n      id\n      homePlace {\n        ...PlaceFields\n      }\n    }\n  }\n": typeof types.MyHomePlaceDocument,
    "\n  mutation UpdateHomePlace($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      homePlace {\n        ...PlaceFields\n      }\n    }\n  }\n": typeof types.UpdateHomePlaceDocument,
    "\n  query MySkillNeedMatches($near: NearInput, $first: Int, $after: String) {\n    mySkillNeedMatches(near: $near, first: $first, after: $after) {\n      edges {\n        cursor\n        distanceKm\n        node {\n          ...SkillNeedSummary\n          myMatch {\n            heldSkills {\n              id\n              name\n            }\n            missingSkills {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.MySkillNeedMatchesDocument,
    "\n  fragment SkillNeedSummary on SkillNeed {\n    id\n    title\n    status\n    isOpen\n    closesOn\n    openings\n    placeName\n    radiusKm\n    employer {\n      id\n      name\n    }\n    skills {\n      id\n      name\n    }\n  }\n": typeof types.SkillNeedSummaryFragmentDoc,
    "\n  query OrganisationSkillNeeds(\n    $organisationId: ID!\n    $first: Int\n    $after: String\n  ) {\n    organisationSkillNeeds(\n      organisationId: $organisationId\n      first: $first\n      after: $after\n    ) {\n      edges {\n        cursor\n        node {\n          ...SkillNeedSummary\n          learnerCount {\n            value\n            suppressed\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.OrganisationSkillNeedsDocument,
    "\n  query NeedOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      verified\n      viewerRole\n    }\n  }\n": typeof types.NeedOrganisationDocument,
    "\n  query SkillNeed($id: ID!) {\n    skillNeed(id: $id) {\n      ...SkillNeedSummary\n      description\n      escoSkillUris\n      applyUrl\n      location {\n        latitude\n        longitude\n      }\n      employer {\n        id\n        name\n        kind\n        viewerRole\n      }\n      myMatch {\n        heldSkills {\n          id\n          name\n        }\n        missingSkills {\n          id\n          name\n        }\n        pathways {\n          distanceKm\n          pathway {\n            id\n            title\n            organisation {\n              id\n              name\n            }\n          }\n          addsSkills {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SkillNeedDocument,
    "\n  query SkillNeedMatches($id: ID!, $first: Int, $after: String) {\n    skillNeed(id: $id) {\n      id\n      matches(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            kind\n            distanceKm\n            coveredSkills {\n              id\n              name\n            }\n            opportunity {\n              id\n              title\n              provider {\n                id\n                name\n              }\n            }\n            pathway {\n              id\n              title\n              organisation {\n                id\n                name\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.SkillNeedMatchesDocument,
    "\n  query SkillNeedContacts($id: ID!, $first: Int, $after: String) {\n    skillNeed(id: $id) {\n      id\n      learnerCount {\n        value\n        suppressed\n      }\n      contacts(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            name\n            email\n            isMinor\n            area\n            consentedAt\n            coveredSkills {\n              id\n              name\n            }\n            badges {\n              name\n              issuerName\n              issuedAt\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.SkillNeedContactsDocument,
    "\n  mutation CreateSkillNeed($input: CreateSkillNeedInput!) {\n    createSkillNeed(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateSkillNeedDocument,
    "\n  mutation UpdateSkillNeed($input: UpdateSkillNeedInput!) {\n    updateSkillNeed(input: $input) {\n      id\n      status\n      isOpen\n    }\n  }\n": typeof types.UpdateSkillNeedDocument,
    "\n  query ReferenceData {\n    sdgs {\n      number\n      shortTitle\n      title\n      colour\n    }\n    skills {\n      id\n      name\n      group\n      position\n    }\n  }\n": typeof types.ReferenceDataDocument,
    "\n  fragment InsightFigureFields on InsightFigure {\n    key\n    label\n    opportunities\n    registrations {\n      value\n      suppressed\n    }\n    attendances {\n      value\n      suppressed\n    }\n    badgesIssued {\n      value\n      suppressed\n    }\n  }\n": typeof types.InsightFigureFieldsFragmentDoc,
    "\n  query CouncilInsightsSummary(\n    $councilId: ID!\n    $from: DateTime\n    $to: DateTime\n  ) {\n    councilInsights(councilId: $councilId, from: $from, to: $to) {\n      council {\n        id\n        name\n        area\n      }\n      from\n      to\n      totals {\n        ...InsightFigureFields\n      }\n      bySdg {\n        ...InsightFigureFields\n      }\n      bySkill {\n        ...InsightFigureFields\n      }\n      byPlace {\n        ...InsightFigureFields\n      }\n    }\n  }\n": typeof types.CouncilInsightsSummaryDocument,
    "\n  query CouncilInsightsOverTime(\n    $councilId: ID!\n    $from: DateTime\n    $to: DateTime\n    $period: InsightPeriod\n  ) {\n    councilInsights(councilId: $councilId, from: $from, to: $to) {\n      overTime(period: $period) {\n        periodStart\n        opportunities\n        registrations {\n          value\n          suppressed\n        }\n        attendances {\n          value\n          suppressed\n        }\n        badgesIssued {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.CouncilInsightsOverTimeDocument,
    "\n  query CouncilInsightsDensity(\n    $councilId: ID!\n    $from: DateTime\n    $to: DateTime\n    $cellKm: Float\n    $shape: GridShape\n  ) {\n    councilInsights(councilId: $councilId, from: $from, to: $to) {\n      densityGrid(cellKm: $cellKm, shape: $shape) {\n        id\n        polygon\n        opportunities\n      }\n    }\n  }\n": typeof types.CouncilInsightsDensityDocument,
    "\n  query CouncilInsightsGaps(\n    $councilId: ID!\n    $from: DateTime\n    $to: DateTime\n    $gapDistanceKm: Float\n    $fewThreshold: Int\n  ) {\n    councilInsights(councilId: $councilId, from: $from, to: $to) {\n      skillGaps(gapDistanceKm: $gapDistanceKm) {\n        skill {\n          id\n          name\n        }\n        needCount\n        openings\n        needs {\n          id\n          title\n          employer {\n            id\n            name\n          }\n        }\n      }\n      sdgGaps(fewThreshold: $fewThreshold) {\n        sdg {\n          number\n          shortTitle\n          colour\n        }\n        opportunities\n      }\n    }\n  }\n": typeof types.CouncilInsightsGapsDocument,
    "\n  fragment IssuedBadgeFields on Credential {\n    id\n    issuedAt\n    status\n    statusReason\n    statusChangedAt\n    recipientName\n    recipientEmail\n    achievement {\n      id\n      name\n    }\n  }\n": typeof types.IssuedBadgeFieldsFragmentDoc,
    "\n  query IssuedBadgesContext($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n      viewerRole\n    }\n    organisationAchievements(\n      organisationId: $organisationId\n      includeArchived: true\n      first: 100\n    ) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.IssuedBadgesContextDocument,
    "\n  query OrganisationCredentials(\n    $organisationId: ID!\n    $achievementId: ID\n    $first: Int\n    $after: String\n  ) {\n    organisationCredentials(\n      organisationId: $organisationId\n      achievementId: $achievementId\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...IssuedBadgeFields\n        }\n      }\n    }\n  }\n": typeof types.OrganisationCredentialsDocument,
    "\n  mutation RevokeCredential($input: ChangeCredentialStatusInput!) {\n    revokeCredential(input: $input) {\n      ...IssuedBadgeFields\n    }\n  }\n": typeof types.RevokeCredentialDocument,
    "\n  mutation SuspendCredential($input: ChangeCredentialStatusInput!) {\n    suspendCredential(input: $input) {\n      ...IssuedBadgeFields\n    }\n  }\n": typeof types.SuspendCredentialDocument,
    "\n  mutation ReinstateCredential($input: ChangeCredentialStatusInput!) {\n    reinstateCredential(input: $input) {\n      ...IssuedBadgeFields\n    }\n  }\n": typeof types.ReinstateCredentialDocument,
    "\n  fragment ListingFields on Opportunity {\n    id\n    title\n    summary\n    description\n    kind\n    mode\n    location {\n      latitude\n      longitude\n    }\n    venueName\n    venueAddress\n    cost {\n      amountMinor\n      currency\n      free\n    }\n    minAge\n    maxAge\n    capacity\n    accessibilitySupport\n    accessibilityInformation\n    sdgs {\n      number\n    }\n    skills {\n      id\n    }\n    sessions {\n      id\n      startsAt\n      endsAt\n      timeZone\n    }\n    status\n    moderationNote\n    updatedAt\n    viewerCanEdit\n    achievement {\n      id\n      name\n    }\n    provider {\n      id\n      name\n    }\n  }\n": typeof types.ListingFieldsFragmentDoc,
    "\n  query EditableListing($id: ID!) {\n    opportunity(id: $id) {\n      ...ListingFields\n      auditLog {\n        id\n        action\n        actorName\n        changes\n        createdAt\n      }\n    }\n  }\n": typeof types.EditableListingDocument,
    "\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) {\n      ...ListingFields\n    }\n  }\n": typeof types.CreateOpportunityDocument,
    "\n  mutation UpdateOpportunity($input: UpdateOpportunityInput!) {\n    updateOpportunity(input: $input) {\n      ...ListingFields\n    }\n  }\n": typeof types.UpdateOpportunityDocument,
    "\n  mutation SubmitOpportunity($input: SubmitOpportunityInput!) {\n    submitOpportunity(input: $input) {\n      id\n      status\n      moderationNote\n    }\n  }\n": typeof types.SubmitOpportunityDocument,
    "\n  mutation ArchiveOpportunity($input: ArchiveOpportunityInput!) {\n    archiveOpportunity(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ArchiveOpportunityDocument,
    "\n  query NearestPlace($latitude: Float!, $longitude: Float!) {\n    nearestPlace(latitude: $latitude, longitude: $longitude) {\n      id\n      name\n      countryCode\n    }\n  }\n": typeof types.NearestPlaceDocument,
    "\n  query AppSettings {\n    appSettings {\n      tileUrl\n      tileAttribution\n    }\n  }\n": typeof types.AppSettingsDocument,
    "\n  query OpportunityMarkers(\n    $near: NearInput\n    $radiusKm: Float\n    $bbox: BoundingBoxInput\n    $filter: OpportunityFilterInput\n    $limit: Int!\n  ) {\n    opportunityMarkers(\n      near: $near\n      radiusKm: $radiusKm\n      bbox: $bbox\n      filter: $filter\n      limit: $limit\n    ) {\n      markers {\n        id\n        latitude\n        longitude\n        title\n        kind\n        sdgNumbers\n      }\n      totalCount\n      truncated\n    }\n  }\n": typeof types.OpportunityMarkersDocument,
    "\n  query SkillNeedMarkers(\n    $near: NearInput\n    $radiusKm: Float\n    $bbox: BoundingBoxInput\n    $filter: SkillNeedFilterInput\n    $limit: Int\n  ) {\n    skillNeedMarkers(\n      near: $near\n      radiusKm: $radiusKm\n      bbox: $bbox\n      filter: $filter\n      limit: $limit\n    ) {\n      id\n      title\n      latitude\n      longitude\n      skillIds\n      employerName\n    }\n  }\n": typeof types.SkillNeedMarkersDocument,
    "\n  query ModerationCouncil($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      area\n      verified\n    }\n  }\n": typeof types.ModerationCouncilDocument,
    "\n  fragment ModerationItemFields on Opportunity {\n    id\n    title\n    summary\n    description\n    kind\n    mode\n    location {\n      latitude\n      longitude\n    }\n    venueName\n    venueAddress\n    place {\n      id\n      name\n    }\n    sessions {\n      ...SessionFields\n    }\n    cost {\n      ...CostFields\n    }\n    minAge\n    maxAge\n    capacity\n    accessibilitySupport\n    accessibilityInformation\n    sdgs {\n      ...SdgChipFields\n    }\n    skills {\n      id\n      name\n      group\n      position\n    }\n    provider {\n      id\n      name\n      website\n    }\n  }\n": typeof types.ModerationItemFieldsFragmentDoc,
    "\n  query ModerationQueue($councilId: ID!, $first: Int, $after: String) {\n    moderationQueue(councilId: $councilId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ModerationItemFields\n        }\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  mutation ApproveOpportunity($input: ApproveOpportunityInput!) {\n    approveOpportunity(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveOpportunityDocument,
    "\n  mutation RejectOpportunity($input: RejectOpportunityInput!) {\n    rejectOpportunity(input: $input) {\n      id\n      status\n      moderationNote\n    }\n  }\n": typeof types.RejectOpportunityDocument,
    "\n  mutation ApproveProvider($input: ApproveProviderInput!) {\n    approveProvider(input: $input) {\n      createdAt\n      provider {\n        id\n      }\n    }\n  }\n": typeof types.ApproveProviderDocument,
    "\n  fragment SdgChipFields on Sdg {\n    number\n    shortTitle\n    colour\n  }\n": typeof types.SdgChipFieldsFragmentDoc,
    "\n  fragment SessionFields on OpportunitySession {\n    id\n    startsAt\n    endsAt\n    timeZone\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  fragment CostFields on Cost {\n    free\n    amountMinor\n    currency\n  }\n": typeof types.CostFieldsFragmentDoc,
    "\n  query Opportunities(\n    $near: NearInput\n    $radiusKm: Float\n    $bbox: BoundingBoxInput\n    $filter: OpportunityFilterInput\n    $first: Int!\n    $after: String\n  ) {\n    opportunities(\n      near: $near\n      radiusKm: $radiusKm\n      bbox: $bbox\n      filter: $filter\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        distanceKm\n        node {\n          id\n          title\n          kind\n          location {\n            latitude\n            longitude\n          }\n          provider {\n            id\n            name\n          }\n          nextSession {\n            ...SessionFields\n          }\n          cost {\n            ...CostFields\n          }\n          sdgs {\n            ...SdgChipFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.OpportunitiesDocument,
    "\n  fragment OpportunityFactsFields on Opportunity {\n    id\n    title\n    summary\n    description\n    kind\n    mode\n    location {\n      latitude\n      longitude\n    }\n    venueName\n    venueAddress\n    place {\n      id\n      name\n    }\n    sessions {\n      ...SessionFields\n    }\n    cost {\n      ...CostFields\n    }\n    minAge\n    maxAge\n    capacity\n    accessibilitySupport\n    accessibilityInformation\n    sdgs {\n      ...SdgChipFields\n    }\n    skills {\n      id\n      name\n      group\n      position\n    }\n    provider {\n      id\n      name\n      website\n    }\n  }\n": typeof types.OpportunityFactsFieldsFragmentDoc,
    "\n  query OpportunityDetail($id: ID!) {\n    opportunity(id: $id) {\n      ...OpportunityFactsFields\n    }\n  }\n": typeof types.OpportunityDetailDocument,
    "\n  query OpportunityPage($id: ID!) {\n    opportunity(id: $id) {\n      ...OpportunityFactsFields\n      status\n      viewerCanEdit\n      achievement {\n        id\n        name\n        description\n        imageUrl\n      }\n    }\n  }\n": typeof types.OpportunityPageDocument,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      slug\n      kind\n      description\n      website\n      viewerRole\n      verified\n      verifiedAt\n    }\n  }\n": typeof types.OrganisationDocument,
    "\n  query OrganisationMembers($id: ID!) {\n    organisation(id: $id) {\n      id\n      members {\n        role\n        joinedAt\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.OrganisationMembersDocument,
    "\n  query OrganisationInvitations($id: ID!) {\n    organisation(id: $id) {\n      id\n      invitations {\n        id\n        email\n        role\n        expiresAt\n        createdAt\n      }\n    }\n  }\n": typeof types.OrganisationInvitationsDocument,
    "\n  query CouncilArea($id: ID!) {\n    organisation(id: $id) {\n      id\n      area\n      approvedProviders {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CouncilAreaDocument,
    "\n  query OrganisationOpportunities(\n    $organisationId: ID!\n    $status: OpportunityStatus\n    $first: Int\n    $after: String\n  ) {\n    organisationOpportunities(\n      organisationId: $organisationId\n      status: $status\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          moderationNote\n          updatedAt\n          sessions {\n            id\n            startsAt\n            endsAt\n            timeZone\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganisationOpportunitiesDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      description\n      website\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      createdAt\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      id\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      role\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      role\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation SetCouncilArea($input: SetCouncilAreaInput!) {\n    setCouncilArea(input: $input) {\n      id\n      area\n    }\n  }\n": typeof types.SetCouncilAreaDocument,
    "\n  query IssuerIdentity($id: ID!) {\n    organisation(id: $id) {\n      id\n      issuerId\n    }\n  }\n": typeof types.IssuerIdentityDocument,
    "\n  mutation RotateIssuerKeys($input: RotateIssuerKeysInput!) {\n    rotateIssuerKeys(input: $input) {\n      id\n      issuerId\n    }\n  }\n": typeof types.RotateIssuerKeysDocument,
    "\n  fragment PathwaySummary on Pathway {\n    id\n    title\n    description\n    status\n    ordered\n    sdgs {\n      number\n      title\n    }\n    myProgress {\n      complete\n      metCount\n      stepCount\n    }\n  }\n": typeof types.PathwaySummaryFragmentDoc,
    "\n  query PathwaysNear($near: NearInput, $radiusKm: Float, $after: String) {\n    pathways(near: $near, radiusKm: $radiusKm, first: 20, after: $after) {\n      edges {\n        distanceKm\n        node {\n          ...PathwaySummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PathwaysNearDocument,
    "\n  query PathwayDetail($id: ID!) {\n    pathway(id: $id) {\n      ...PathwaySummary\n      followedByMe\n      organisation {\n        id\n        name\n        viewerRole\n      }\n      skills {\n        id\n        name\n      }\n      goalAchievement {\n        id\n        name\n        imageUrl\n      }\n      steps {\n        id\n        position\n        title\n        requiredCount\n        options {\n          achievementUri\n          issuerUri\n          name\n          achievement {\n            id\n            name\n          }\n        }\n      }\n      myProgress {\n        complete\n        goalCredentialId\n        steps {\n          stepId\n          state\n          heldCount\n          waitingForStep\n          contributions {\n            achievementUri\n          }\n        }\n      }\n    }\n  }\n": typeof types.PathwayDetailDocument,
    "\n  query PathwayOpportunities(\n    $pathwayId: ID!\n    $near: NearInput\n    $missingOnly: Boolean\n  ) {\n    pathwayOpportunities(\n      pathwayId: $pathwayId\n      near: $near\n      missingOnly: $missingOnly\n      limit: 5\n    ) {\n      stepId\n      position\n      opportunities {\n        distanceKm\n        opportunity {\n          id\n          title\n          location {\n            latitude\n            longitude\n          }\n        }\n      }\n    }\n  }\n": typeof types.PathwayOpportunitiesDocument,
    "\n  mutation FollowPathway($input: PathwayIdInput!) {\n    followPathway(input: $input) {\n      id\n      followedByMe\n    }\n  }\n": typeof types.FollowPathwayDocument,
    "\n  mutation UnfollowPathway($input: PathwayIdInput!) {\n    unfollowPathway(input: $input) {\n      id\n      followedByMe\n    }\n  }\n": typeof types.UnfollowPathwayDocument,
    "\n  query OrganisationPathways($organisationId: ID!, $after: String) {\n    organisationPathways(\n      organisationId: $organisationId\n      first: 50\n      after: $after\n    ) {\n      edges {\n        node {\n          id\n          title\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrganisationPathwaysDocument,
    "\n  query MyPathways($after: String) {\n    myPathways(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          title\n          description\n          organisation {\n            id\n            name\n          }\n          goalAchievement {\n            id\n            name\n            imageUrl\n          }\n          myProgress {\n            complete\n            metCount\n            stepCount\n            goalCredentialId\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyPathwaysDocument,
    "\n  query PathwayBuilderOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      viewerRole\n    }\n  }\n": typeof types.PathwayBuilderOrganisationDocument,
    "\n  query EditablePathway($id: ID!) {\n    pathway(id: $id) {\n      id\n      title\n      description\n      status\n      ordered\n      organisation {\n        id\n      }\n      goalAchievement {\n        id\n        name\n      }\n      sdgs {\n        number\n      }\n      skills {\n        id\n      }\n      steps {\n        id\n        title\n        requiredCount\n        options {\n          achievementUri\n          issuerUri\n          name\n          achievement {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.EditablePathwayDocument,
    "\n  query BadgeDesigns($search: String) {\n    badgeDesigns(search: $search, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.BadgeDesignsDocument,
    "\n  mutation CreatePathway($input: CreatePathwayInput!) {\n    createPathway(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CreatePathwayDocument,
    "\n  mutation UpdatePathway($input: UpdatePathwayInput!) {\n    updatePathway(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.UpdatePathwayDocument,
    "\n  mutation PublishPathway($input: PathwayIdInput!) {\n    publishPathway(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.PublishPathwayDocument,
    "\n  mutation ArchivePathway($input: PathwayIdInput!) {\n    archivePathway(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ArchivePathwayDocument,
    "\n  fragment PlaceFields on Place {\n    id\n    name\n    countryCode\n    adminCode\n    population\n    location {\n      latitude\n      longitude\n    }\n  }\n": typeof types.PlaceFieldsFragmentDoc,
    "\n  query SearchPlaces($search: String!, $first: Int!) {\n    places(search: $search, first: $first) {\n      ...PlaceFields\n    }\n  }\n": typeof types.SearchPlacesDocument,
    "\n  query Place($id: ID!) {\n    place(id: $id) {\n      ...PlaceFields\n    }\n  }\n": typeof types.PlaceDocument,
    "\n  fragment ProposalSummaryFields on Proposal {\n    id\n    kind\n    title\n    status\n    placeName\n    location {\n      latitude\n      longitude\n    }\n    sdgNumbers\n    supportCount\n    commentCount\n    hidden\n  }\n": typeof types.ProposalSummaryFieldsFragmentDoc,
    "\n  query Proposals(\n    $bbox: BoundingBoxInput\n    $filter: ProposalFilterInput\n    $first: Int\n    $after: String\n  ) {\n    proposals(bbox: $bbox, filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ProposalSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    canModerateProposals\n  }\n": typeof types.ProposalsDocument,
    "\n  fragment ProposalCommentFields on ProposalComment {\n    id\n    body\n    authorFirstName\n    organisationName\n    organisationKind\n    hidden\n    hiddenReason\n    viewerIsAuthor\n    createdAt\n  }\n": typeof types.ProposalCommentFieldsFragmentDoc,
    "\n  query ProposalDetail($id: ID!, $after: String) {\n    proposal(id: $id) {\n      ...ProposalSummaryFields\n      description\n      skillIds\n      authorFirstName\n      createdAt\n      hiddenReason\n      viewerIsAuthor\n      viewerSupports\n      viewerCanModerate\n      viewerOrganisations {\n        id\n        name\n        kind\n      }\n      listings {\n        opportunityId\n        title\n        status\n        organisationName\n      }\n      comments(first: 50, after: $after) {\n        edges {\n          node {\n            ...ProposalCommentFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ProposalDetailDocument,
    "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateProposalDocument,
    "\n  mutation WithdrawProposal($input: ProposalIdInput!) {\n    withdrawProposal(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawProposalDocument,
    "\n  mutation SupportProposal($input: ProposalIdInput!) {\n    supportProposal(input: $input) {\n      id\n      supportCount\n      viewerSupports\n    }\n  }\n": typeof types.SupportProposalDocument,
    "\n  mutation RemoveProposalSupport($input: ProposalIdInput!) {\n    removeProposalSupport(input: $input) {\n      id\n      supportCount\n      viewerSupports\n    }\n  }\n": typeof types.RemoveProposalSupportDocument,
    "\n  mutation CommentOnProposal($input: CommentOnProposalInput!) {\n    commentOnProposal(input: $input) {\n      ...ProposalCommentFields\n    }\n  }\n": typeof types.CommentOnProposalDocument,
    "\n  mutation ConvertProposalToListing($input: ConvertProposalToListingInput!) {\n    convertProposalToListing(input: $input) {\n      id\n    }\n  }\n": typeof types.ConvertProposalToListingDocument,
    "\n  mutation HideProposal($input: ModerateProposalInput!) {\n    hideProposal(input: $input) {\n      id\n      hidden\n    }\n  }\n": typeof types.HideProposalDocument,
    "\n  mutation UnhideProposal($input: ModerateProposalInput!) {\n    unhideProposal(input: $input) {\n      id\n      hidden\n    }\n  }\n": typeof types.UnhideProposalDocument,
    "\n  mutation HideProposalComment($input: ModerateProposalCommentInput!) {\n    hideProposalComment(input: $input) {\n      id\n      hidden\n    }\n  }\n": typeof types.HideProposalCommentDocument,
    "\n  mutation UnhideProposalComment($input: ModerateProposalCommentInput!) {\n    unhideProposalComment(input: $input) {\n      id\n      hidden\n    }\n  }\n": typeof types.UnhideProposalCommentDocument,
    "\n  mutation ReportProposal($input: ReportProposalInput!) {\n    reportProposal(input: $input) {\n      id\n    }\n  }\n": typeof types.ReportProposalDocument,
    "\n  query ProposalReports($after: String) {\n    proposalReports(first: 50, after: $after) {\n      edges {\n        node {\n          id\n          proposalId\n          proposalTitle\n          commentId\n          commentBody\n          contentHidden\n          reason\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ProposalReportsDocument,
    "\n  mutation DismissProposalReport($input: DismissProposalReportInput!) {\n    dismissProposalReport(input: $input) {\n      id\n    }\n  }\n": typeof types.DismissProposalReportDocument,
    "\n  fragment ViewerRegistrationFields on Registration {\n    id\n    status\n    waitlistPosition\n  }\n": typeof types.ViewerRegistrationFieldsFragmentDoc,
    "\n  fragment SessionPlacesFields on OpportunitySession {\n    id\n    startsAt\n    endsAt\n    timeZone\n    capacity\n    registeredCount\n    waitlistCount\n    placesLeft\n  }\n": typeof types.SessionPlacesFieldsFragmentDoc,
    "\n  query SessionPlaces($opportunityId: ID!, $signedIn: Boolean!) {\n    opportunity(id: $opportunityId) {\n      id\n      sessions {\n        ...SessionPlacesFields\n        viewerRegistration @include(if: $signedIn) {\n          ...ViewerRegistrationFields\n        }\n      }\n    }\n  }\n": typeof types.SessionPlacesDocument,
    "\n  mutation RegisterForSession($input: RegisterForSessionInput!) {\n    registerForSession(input: $input) {\n      ...ViewerRegistrationFields\n    }\n  }\n": typeof types.RegisterForSessionDocument,
    "\n  mutation WithdrawRegistration($input: WithdrawRegistrationInput!) {\n    withdrawRegistration(input: $input) {\n      ...ViewerRegistrationFields\n    }\n  }\n": typeof types.WithdrawRegistrationDocument,
    "\n  fragment MyRegistrationFields on Registration {\n    id\n    status\n    attendance\n    waitlistPosition\n    createdAt\n    session {\n      id\n      startsAt\n      endsAt\n      timeZone\n    }\n    opportunity {\n      id\n      title\n      provider {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyRegistrationFieldsFragmentDoc,
    "\n  query MyRegistrations($upcoming: Boolean, $first: Int, $after: String) {\n    myRegistrations(upcoming: $upcoming, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MyRegistrationFields\n        }\n      }\n    }\n  }\n": typeof types.MyRegistrationsDocument,
    "\n  fragment SessionRegistrationFields on Registration {\n    id\n    status\n    attendance\n    waitlistPosition\n    createdAt\n    learner {\n      id\n      name\n      email\n    }\n  }\n": typeof types.SessionRegistrationFieldsFragmentDoc,
    "\n  query SessionRegistrations(\n    $sessionId: ID!\n    $status: RegistrationStatus\n    $first: Int\n    $after: String\n  ) {\n    sessionRegistrations(\n      sessionId: $sessionId\n      status: $status\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SessionRegistrationFields\n        }\n      }\n      session {\n        ...SessionPlacesFields\n        attendanceOpensAt\n      }\n      opportunity {\n        id\n        title\n      }\n    }\n  }\n": typeof types.SessionRegistrationsDocument,
    "\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      id\n      attendance\n    }\n  }\n": typeof types.MarkAttendanceDocument,
    "\n  mutation MarkAllAttendance($input: MarkAllAttendanceInput!) {\n    markAllAttendance(input: $input)\n  }\n": typeof types.MarkAllAttendanceDocument,
    "\n  fragment VerificationCheckFields on VerificationCheck {\n    check\n    outcome\n    message\n  }\n": typeof types.VerificationCheckFieldsFragmentDoc,
    "\n  fragment VerificationResultFields on VerificationResult {\n    verified\n    format\n    credentialId\n    name\n    issuerId\n    issuerName\n    issuerKnown\n    achievementName\n    validFrom\n    validUntil\n    checks {\n      ...VerificationCheckFields\n    }\n    endorsements {\n      endorserName\n      endorserId\n      comment\n      verified\n      checks {\n        ...VerificationCheckFields\n      }\n    }\n  }\n": typeof types.VerificationResultFieldsFragmentDoc,
    "\n  mutation VerifyCredential($input: VerifyCredentialInput!) {\n    verifyCredential(input: $input) {\n      ...VerificationResultFields\n    }\n  }\n": typeof types.VerifyCredentialDocument,
};
const documents: Documents = {
    "\n  query MyEmailAddresses {\n    myEmailAddresses {\n      id\n      email\n      primary\n      verified\n    }\n  }\n": types.MyEmailAddressesDocument,
    "\n  mutation AddEmailAddress($input: AddEmailAddressInput!) {\n    addEmailAddress(input: $input) {\n      id\n      email\n      primary\n      verified\n    }\n  }\n": types.AddEmailAddressDocument,
    "\n  mutation ResendEmailAddressVerification($input: EmailAddressInput!) {\n    resendEmailAddressVerification(input: $input)\n  }\n": types.ResendEmailAddressVerificationDocument,
    "\n  mutation RemoveEmailAddress($input: EmailAddressInput!) {\n    removeEmailAddress(input: $input)\n  }\n": types.RemoveEmailAddressDocument,
    "\n  query AccountSettings {\n    me {\n      id\n      email\n      emailVerified\n      name\n      birthYear\n      isMinor\n      profileVisibility\n      employerContact\n      shareLocation\n    }\n  }\n": types.AccountSettingsDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      createdAt\n      lastUsedAt\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      profileVisibility\n      employerContact\n      shareLocation\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) {\n      id\n      email\n      emailVerified\n    }\n  }\n": types.ChangeEmailDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n": types.DeleteAccountDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n    }\n  }\n": types.SignInDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      email\n      primary\n      account {\n        id\n      }\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": types.ResendVerificationEmailDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      emailVerified\n      isMinor\n      isAdmin\n      memberships {\n        role\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment AchievementFields on Achievement {\n    id\n    name\n    description\n    criteriaNarrative\n    achievementType\n    tags\n    validityDays\n    imageUrl\n    imageFileId\n    sdgs {\n      ...SdgChipFields\n    }\n    sdgTargets\n    skills {\n      id\n      name\n    }\n    escoSkillUris\n    archived\n  }\n": types.AchievementFieldsFragmentDoc,
    "\n  query OrganisationAchievements(\n    $organisationId: ID!\n    $includeArchived: Boolean\n    $first: Int\n    $after: String\n  ) {\n    organisationAchievements(\n      organisationId: $organisationId\n      includeArchived: $includeArchived\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AchievementFields\n        }\n      }\n    }\n  }\n": types.OrganisationAchievementsDocument,
    "\n  query BadgeChoices($organisationId: ID!, $first: Int) {\n    organisationAchievements(organisationId: $organisationId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          archived\n        }\n      }\n    }\n  }\n": types.BadgeChoicesDocument,
    "\n  query EditableAchievement($id: ID!) {\n    achievement(id: $id) {\n      ...AchievementFields\n      organisation {\n        id\n        name\n        viewerRole\n      }\n    }\n  }\n": types.EditableAchievementDocument,
    "\n  query BadgeDesignReference {\n    achievementTypes\n    sdgs {\n      number\n      targets\n    }\n  }\n": types.BadgeDesignReferenceDocument,
    "\n  mutation CreateAchievement($input: CreateAchievementInput!) {\n    createAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n": types.CreateAchievementDocument,
    "\n  mutation UpdateAchievement($input: UpdateAchievementInput!) {\n    updateAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n": types.UpdateAchievementDocument,
    "\n  mutation ArchiveAchievement($input: ArchiveAchievementInput!) {\n    archiveAchievement(input: $input) {\n      id\n      archived\n    }\n  }\n": types.ArchiveAchievementDocument,
    "\n  query OrganisationsAwaitingVerification(\n    $kind: OrganisationKind\n    $first: Int\n    $after: String\n  ) {\n    organisationsAwaitingVerification(\n      kind: $kind\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          area\n          createdAt\n        }\n      }\n    }\n  }\n": types.OrganisationsAwaitingVerificationDocument,
    "\n  mutation VerifyOrganisation($input: VerifyOrganisationInput!) {\n    verifyOrganisation(input: $input) {\n      id\n      verified\n      verifiedAt\n    }\n  }\n": types.VerifyOrganisationDocument,
    "\n  mutation RevokeOrganisationVerification(\n    $input: RevokeOrganisationVerificationInput!\n  ) {\n    revokeOrganisationVerification(input: $input) {\n      id\n      verified\n      verifiedAt\n    }\n  }\n": types.RevokeOrganisationVerificationDocument,
    "\n  query AwardAchievement($id: ID!) {\n    achievement(id: $id) {\n      id\n      name\n      archived\n      imageUrl\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.AwardAchievementDocument,
    "\n  query SessionAchievement($sessionId: ID!) {\n    sessionRegistrations(sessionId: $sessionId, first: 1) {\n      opportunity {\n        id\n        provider {\n          id\n        }\n        achievement {\n          id\n          name\n          archived\n        }\n      }\n    }\n  }\n": types.SessionAchievementDocument,
    "\n  query SessionAwards($sessionId: ID!, $achievementId: ID!) {\n    sessionAwards(sessionId: $sessionId, achievementId: $achievementId) {\n      registrationId\n      credentialId\n      status\n    }\n  }\n": types.SessionAwardsDocument,
    "\n  mutation AwardBadge($input: AwardBadgeInput!) {\n    awardBadge(input: $input) {\n      id\n      publicUrl\n    }\n  }\n": types.AwardBadgeDocument,
    "\n  fragment AwardJobFields on AwardJob {\n    id\n    status\n    total\n    succeeded\n    failed\n    failures {\n      recipient\n      code\n      message\n    }\n  }\n": types.AwardJobFieldsFragmentDoc,
    "\n  mutation StartBulkAward($input: StartBulkAwardInput!) {\n    startBulkAward(input: $input) {\n      ...AwardJobFields\n    }\n  }\n": types.StartBulkAwardDocument,
    "\n  query AwardJob($id: ID!) {\n    awardJob(id: $id) {\n      ...AwardJobFields\n    }\n  }\n": types.AwardJobDocument,
    "\n  fragment ClaimCodeFields on ClaimCode {\n    id\n    code\n    claimUrl\n    qrCodeSvg\n    expiresAt\n    maxRedemptions\n    redemptionCount\n    revoked\n  }\n": types.ClaimCodeFieldsFragmentDoc,
    "\n  query AchievementClaimCodes($achievementId: ID!) {\n    achievementClaimCodes(achievementId: $achievementId) {\n      ...ClaimCodeFields\n    }\n  }\n": types.AchievementClaimCodesDocument,
    "\n  mutation CreateClaimCode($input: CreateClaimCodeInput!) {\n    createClaimCode(input: $input) {\n      ...ClaimCodeFields\n    }\n  }\n": types.CreateClaimCodeDocument,
    "\n  mutation RevokeClaimCode($input: RevokeClaimCodeInput!) {\n    revokeClaimCode(input: $input) {\n      ...ClaimCodeFields\n    }\n  }\n": types.RevokeClaimCodeDocument,
    "\n  mutation EndorseAchievement($input: EndorseAchievementInput!) {\n    endorseAchievement(input: $input) {\n      id\n      comment\n    }\n  }\n": types.EndorseAchievementDocument,
    "\n  fragment ImportedBadgeFields on ImportedBadge {\n    id\n    source\n    sourceUrl\n    specVersion\n    credentialUri\n    name\n    description\n    issuerName\n    issuerUri\n    issuedAt\n    expiresAt\n    imageUrl\n    status\n    failureReason\n    checks {\n      check\n      outcome\n      message\n    }\n    verifiedAt\n    importedAt\n    shared\n  }\n": types.ImportedBadgeFieldsFragmentDoc,
    "\n  mutation ImportBadgeText($input: ImportBadgeTextInput!) {\n    importBadgeText(input: $input) {\n      created\n      badge {\n        ...ImportedBadgeFields\n      }\n    }\n  }\n": types.ImportBadgeTextDocument,
    "\n  mutation ImportBadgeUrl($input: ImportBadgeUrlInput!) {\n    importBadgeUrl(input: $input) {\n      created\n      badge {\n        ...ImportedBadgeFields\n      }\n    }\n  }\n": types.ImportBadgeUrlDocument,
    "\n  query ImportedBadge($id: ID!) {\n    importedBadge(id: $id) {\n      ...ImportedBadgeFields\n    }\n  }\n": types.ImportedBadgeDocument,
    "\n  mutation ReverifyImportedBadge($id: ID!) {\n    reverifyImportedBadge(id: $id) {\n      ...ImportedBadgeFields\n    }\n  }\n": types.ReverifyImportedBadgeDocument,
    "\n  mutation ShareImportedBadge($input: ShareImportedBadgeInput!) {\n    shareImportedBadge(input: $input) {\n      id\n      shared\n    }\n  }\n": types.ShareImportedBadgeDocument,
    "\n  mutation DeleteImportedBadge($id: ID!) {\n    deleteImportedBadge(id: $id)\n  }\n": types.DeleteImportedBadgeDocument,
    "\n  query SharedImportedBadge($id: ID!) {\n    sharedImportedBadge(id: $id) {\n      id\n      name\n      description\n      issuerName\n      issuedAt\n      expiresAt\n      imageUrl\n      status\n      verifiedAt\n    }\n  }\n": types.SharedImportedBadgeDocument,
    "\n  query BadgePage($id: ID!) {\n    credential(id: $id) {\n      id\n      issuedAt\n      validUntil\n      expired\n      status\n      statusReason\n      statusChangedAt\n      shared\n      narrative\n      recipientName\n      recipientEmail\n      json\n      publicUrl\n      downloadUrls {\n        json\n        jwt\n        png\n        svg\n      }\n      achievement {\n        id\n        name\n        description\n        criteriaNarrative\n        achievementType\n        imageUrl\n        sdgs {\n          ...SdgChipFields\n        }\n        sdgTargets\n        skills {\n          id\n          name\n          position\n        }\n        escoSkillUris\n      }\n      issuer {\n        id\n        name\n        website\n        issuerId\n      }\n      evidence {\n        id\n        name\n        narrative\n        url\n        contentType\n      }\n      endorsements {\n        id\n        comment\n        issuedAt\n        status\n        endorser {\n          id\n          name\n          website\n        }\n      }\n    }\n  }\n": types.BadgePageDocument,
    "\n  fragment BackpackItemFields on BackpackItem {\n    id\n    kind\n    name\n    imageUrl\n    issuerName\n    issuedAt\n    status\n    shared\n  }\n": types.BackpackItemFieldsFragmentDoc,
    "\n  query MyBackpack(\n    $first: Int\n    $after: String\n    $sort: BackpackSort\n    $filter: BackpackFilterInput\n  ) {\n    myBackpack(first: $first, after: $after, sort: $sort, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...BackpackItemFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyBackpackDocument,
    "\n  query MyBackpackIssuers {\n    myBackpackIssuers {\n      key\n      name\n      badgeCount\n    }\n  }\n": types.MyBackpackIssuersDocument,
    "\n  fragment MyBadgeFields on Credential {\n    id\n    issuedAt\n    validUntil\n    expired\n    status\n    shared\n    publicUrl\n    achievement {\n      id\n      name\n      imageUrl\n    }\n    issuer {\n      id\n      name\n    }\n  }\n": types.MyBadgeFieldsFragmentDoc,
    "\n  query MyCredentials($first: Int, $after: String) {\n    myCredentials(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...MyBadgeFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyCredentialsDocument,
    "\n  mutation ShareCredential($input: ShareCredentialInput!) {\n    shareCredential(input: $input) {\n      id\n      shared\n    }\n  }\n": types.ShareCredentialDocument,
    "\n  mutation RedeemClaimCode($input: RedeemClaimCodeInput!) {\n    redeemClaimCode(input: $input) {\n      ...MyBadgeFields\n    }\n  }\n": types.RedeemClaimCodeDocument,
    "\n  fragment CollectionFields on BadgeCollection {\n    id\n    name\n    description\n    public\n    shareUrl\n    badgeCount\n    badges {\n      ...BackpackItemFields\n    }\n  }\n": types.CollectionFieldsFragmentDoc,
    "\n  query MyCollections {\n    myCollections {\n      id\n      name\n      description\n      public\n      badgeCount\n    }\n  }\n": types.MyCollectionsDocument,
    "\n  query Collection($id: ID!) {\n    collection(id: $id) {\n      ...CollectionFields\n    }\n  }\n": types.CollectionDocument,
    "\n  query PublicCollection($token: String!) {\n    publicCollection(token: $token) {\n      name\n      description\n      ownerName\n      badges {\n        id\n        kind\n        name\n        imageUrl\n        issuerName\n        issuedAt\n        status\n        publicUrl\n      }\n    }\n  }\n": types.PublicCollectionDocument,
    "\n  mutation CreateCollection($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      id\n    }\n  }\n": types.CreateCollectionDocument,
    "\n  mutation UpdateCollection($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) {\n      ...CollectionFields\n    }\n  }\n": types.UpdateCollectionDocument,
    "\n  mutation DeleteCollection($input: CollectionInput!) {\n    deleteCollection(input: $input)\n  }\n": types.DeleteCollectionDocument,
    "\n  mutation AddBadgeToCollection($input: CollectionBadgeInput!) {\n    addBadgeToCollection(input: $input) {\n      ...CollectionFields\n    }\n  }\n": types.AddBadgeToCollectionDocument,
    "\n  mutation RemoveBadgeFromCollection($input: CollectionBadgeInput!) {\n    removeBadgeFromCollection(input: $input) {\n      ...CollectionFields\n    }\n  }\n": types.RemoveBadgeFromCollectionDocument,
    "\n  mutation MoveCollectionBadge($input: MoveCollectionBadgeInput!) {\n    moveCollectionBadge(input: $input) {\n      ...CollectionFields\n    }\n  }\n": types.MoveCollectionBadgeDocument,
    "\n  mutation SetCollectionPublic($input: SetCollectionPublicInput!) {\n    setCollectionPublic(input: $input) {\n      ...CollectionFields\n    }\n  }\n": types.SetCollectionPublicDocument,
    "\n  mutation ReplaceCollectionShareLink($input: CollectionInput!) {\n    replaceCollectionShareLink(input: $input) {\n      ...CollectionFields\n    }\n  }\n": types.ReplaceCollectionShareLinkDocument,
    "\n  query AuthorizationRequest($id: ID!) {\n    oauthAuthorizationRequest(id: $id) {\n      id\n      redirectUri\n      expiresAt\n      client {\n        name\n        clientUri\n        logoUri\n        tosUri\n        policyUri\n      }\n      scopes {\n        uri\n        description\n      }\n    }\n  }\n": types.AuthorizationRequestDocument,
    "\n  mutation ApproveAuthorization($input: DecideOAuthAuthorizationInput!) {\n    approveOAuthAuthorization(input: $input) {\n      redirectUrl\n    }\n  }\n": types.ApproveAuthorizationDocument,
    "\n  mutation DenyAuthorization($input: DecideOAuthAuthorizationInput!) {\n    denyOAuthAuthorization(input: $input) {\n      redirectUrl\n    }\n  }\n": types.DenyAuthorizationDocument,
    "\n  query ConnectedApps {\n    connectedApps {\n      id\n      connectedAt\n      lastUsedAt\n      client {\n        name\n        clientUri\n        policyUri\n      }\n      scopes {\n        uri\n        description\n      }\n    }\n  }\n": types.ConnectedAppsDocument,
    "\n  mutation RevokeConnectedApp($input: RevokeConnectedAppInput!) {\n    revokeConnectedApp(input: $input)\n  }\n": types.RevokeConnectedAppDocument,
    "\n  query LearnerContactSettings {\n    me {\n      id\n      employerContact\n      isMinor\n    }\n    myEmployerContactConsents {\n      createdAt\n      employer {\n        id\n        name\n      }\n    }\n  }\n": types.LearnerContactSettingsDocument,
    "\n  mutation AllowEmployerContact($employerId: ID!) {\n    allowEmployerContact(employerId: $employerId) {\n      createdAt\n      employer {\n        id\n        name\n      }\n    }\n  }\n": types.AllowEmployerContactDocument,
    "\n  mutation WithdrawEmployerContact($employerId: ID!) {\n    withdrawEmployerContact(employerId: $employerId)\n  }\n": types.WithdrawEmployerContactDocument,
    "\n  query MyHomePlace {\n    me {\n      id\n      homePlace {\n        ...PlaceFields\n      }\n    }\n  }\n": types.MyHomePlaceDocument,
    "\n  mutation UpdateHomePlace($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      homePlace {\n        ...PlaceFields\n      }\n    }\n  }\n": types.UpdateHomePlaceDocument,
    "\n  query MySkillNeedMatches($near: NearInput, $first: Int, $after: String) {\n    mySkillNeedMatches(near: $near, first: $first, after: $after) {\n      edges {\n        cursor\n        distanceKm\n        node {\n          ...SkillNeedSummary\n          myMatch {\n            heldSkills {\n              id\n              name\n            }\n            missingSkills {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.MySkillNeedMatchesDocument,
    "\n  fragment SkillNeedSummary on SkillNeed {\n    id\n    title\n    status\n    isOpen\n    closesOn\n    openings\n    placeName\n    radiusKm\n    employer {\n      id\n      name\n    }\n    skills {\n      id\n      name\n    }\n  }\n": types.SkillNeedSummaryFragmentDoc,
    "\n  query OrganisationSkillNeeds(\n    $organisationId: ID!\n    $first: Int\n    $after: String\n  ) {\n    organisationSkillNeeds(\n      organisationId: $organisationId\n      first: $first\n      after: $after\n    ) {\n      edges {\n        cursor\n        node {\n          ...SkillNeedSummary\n          learnerCount {\n            value\n            suppressed\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.OrganisationSkillNeedsDocument,
    "\n  query NeedOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      verified\n      viewerRole\n    }\n  }\n": types.NeedOrganisationDocument,
    "\n  query SkillNeed($id: ID!) {\n    skillNeed(id: $id) {\n      ...SkillNeedSummary\n      description\n      escoSkillUris\n      applyUrl\n      location {\n        latitude\n        longitude\n      }\n      employer {\n        id\n        name\n        kind\n        viewerRole\n      }\n      myMatch {\n        heldSkills {\n          id\n          name\n        }\n        missingSkills {\n          id\n          name\n        }\n        pathways {\n          distanceKm\n          pathway {\n            id\n            title\n            organisation {\n              id\n              name\n            }\n          }\n          addsSkills {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SkillNeedDocument,
    "\n  query SkillNeedMatches($id: ID!, $first: Int, $after: String) {\n    skillNeed(id: $id) {\n      id\n      matches(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            kind\n            distanceKm\n            coveredSkills {\n              id\n              name\n            }\n            opportunity {\n              id\n              title\n              provider {\n                id\n                name\n              }\n            }\n            pathway {\n              id\n              title\n              organisation {\n                id\n                name\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n": types.SkillNeedMatchesDocument,
    "\n  query SkillNeedContacts($id: ID!, $first: Int, $after: String) {\n    skillNeed(id: $id) {\n      id\n      learnerCount {\n        value\n        suppressed\n      }\n      contacts(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            name\n            email\n            isMinor\n            area\n            consentedAt\n            coveredSkills {\n              id\n              name\n            }\n            badges {\n              name\n              issuerName\n              issuedAt\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n": types.SkillNeedContactsDocument,
    "\n  mutation CreateSkillNeed($input: CreateSkillNeedInput!) {\n    createSkillNeed(input: $input) {\n      id\n    }\n  }\n": types.CreateSkillNeedDocument,
    "\n  mutation UpdateSkillNeed($input: UpdateSkillNeedInput!) {\n    updateSkillNeed(input: $input) {\n      id\n      status\n      isOpen\n    }\n  }\n": types.UpdateSkillNeedDocument,
    "\n  query ReferenceData {\n    sdgs {\n      number\n      shortTitle\n      title\n      colour\n    }\n    skills {\n      id\n      name\n      group\n      position\n    }\n  }\n": types.ReferenceDataDocument,
    "\n  fragment InsightFigureFields on InsightFigure {\n    key\n    label\n    opportunities\n    registrations {\n      value\n      suppressed\n    }\n    attendances {\n      value\n      suppressed\n    }\n    badgesIssued {\n      value\n      suppressed\n    }\n  }\n": types.InsightFigureFieldsFragmentDoc,
    "\n  query CouncilInsightsSummary(\n    $councilId: ID!\n    $from: DateTime\n    $to: DateTime\n  ) {\n    councilInsights(councilId: $councilId, from: $from, to: $to) {\n      council {\n        id\n        name\n        area\n      }\n      from\n      to\n      totals {\n        ...InsightFigureFields\n      }\n      bySdg {\n        ...InsightFigureFields\n      }\n      bySkill {\n        ...InsightFigureFields\n      }\n      byPlace {\n        ...InsightFigureFields\n      }\n    }\n  }\n": types.CouncilInsightsSummaryDocument,
    "\n  query CouncilInsightsOverTime(\n    $councilId: ID!\n    $from: DateTime\n    $to: DateTime\n    $period: InsightPeriod\n  ) {\n    councilInsights(councilId: $councilId, from: $from, to: $to) {\n      overTime(period: $period) {\n        periodStart\n        opportunities\n        registrations {\n          value\n          suppressed\n        }\n        attendances {\n          value\n          suppressed\n        }\n        badgesIssued {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": types.CouncilInsightsOverTimeDocument,
    "\n  query CouncilInsightsDensity(\n    $councilId: ID!\n    $from: DateTime\n    $to: DateTime\n    $cellKm: Float\n    $shape: GridShape\n  ) {\n    councilInsights(councilId: $councilId, from: $from, to: $to) {\n      densityGrid(cellKm: $cellKm, shape: $shape) {\n        id\n        polygon\n        opportunities\n      }\n    }\n  }\n": types.CouncilInsightsDensityDocument,
    "\n  query CouncilInsightsGaps(\n    $councilId: ID!\n    $from: DateTime\n    $to: DateTime\n    $gapDistanceKm: Float\n    $fewThreshold: Int\n  ) {\n    councilInsights(councilId: $councilId, from: $from, to: $to) {\n      skillGaps(gapDistanceKm: $gapDistanceKm) {\n        skill {\n          id\n          name\n        }\n        needCount\n        openings\n        needs {\n          id\n          title\n          employer {\n            id\n            name\n          }\n        }\n      }\n      sdgGaps(fewThreshold: $fewThreshold) {\n        sdg {\n          number\n          shortTitle\n          colour\n        }\n        opportunities\n      }\n    }\n  }\n": types.CouncilInsightsGapsDocument,
    "\n  fragment IssuedBadgeFields on Credential {\n    id\n    issuedAt\n    status\n    statusReason\n    statusChangedAt\n    recipientName\n    recipientEmail\n    achievement {\n      id\n      name\n    }\n  }\n": types.IssuedBadgeFieldsFragmentDoc,
    "\n  query IssuedBadgesContext($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n      viewerRole\n    }\n    organisationAchievements(\n      organisationId: $organisationId\n      includeArchived: true\n      first: 100\n    ) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.IssuedBadgesContextDocument,
    "\n  query OrganisationCredentials(\n    $organisationId: ID!\n    $achievementId: ID\n    $first: Int\n    $after: String\n  ) {\n    organisationCredentials(\n      organisationId: $organisationId\n      achievementId: $achievementId\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...IssuedBadgeFields\n        }\n      }\n    }\n  }\n": types.OrganisationCredentialsDocument,
    "\n  mutation RevokeCredential($input: ChangeCredentialStatusInput!) {\n    revokeCredential(input: $input) {\n      ...IssuedBadgeFields\n    }\n  }\n": types.RevokeCredentialDocument,
    "\n  mutation SuspendCredential($input: ChangeCredentialStatusInput!) {\n    suspendCredential(input: $input) {\n      ...IssuedBadgeFields\n    }\n  }\n": types.SuspendCredentialDocument,
    "\n  mutation ReinstateCredential($input: ChangeCredentialStatusInput!) {\n    reinstateCredential(input: $input) {\n      ...IssuedBadgeFields\n    }\n  }\n": types.ReinstateCredentialDocument,
    "\n  fragment ListingFields on Opportunity {\n    id\n    title\n    summary\n    description\n    kind\n    mode\n    location {\n      latitude\n      longitude\n    }\n    venueName\n    venueAddress\n    cost {\n      amountMinor\n      currency\n      free\n    }\n    minAge\n    maxAge\n    capacity\n    accessibilitySupport\n    accessibilityInformation\n    sdgs {\n      number\n    }\n    skills {\n      id\n    }\n    sessions {\n      id\n      startsAt\n      endsAt\n      timeZone\n    }\n    status\n    moderationNote\n    updatedAt\n    viewerCanEdit\n    achievement {\n      id\n      name\n    }\n    provider {\n      id\n      name\n    }\n  }\n": types.ListingFieldsFragmentDoc,
    "\n  query EditableListing($id: ID!) {\n    opportunity(id: $id) {\n      ...ListingFields\n      auditLog {\n        id\n        action\n        actorName\n        changes\n        createdAt\n      }\n    }\n  }\n": types.EditableListingDocument,
    "\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) {\n      ...ListingFields\n    }\n  }\n": types.CreateOpportunityDocument,
    "\n  mutation UpdateOpportunity($input: UpdateOpportunityInput!) {\n    updateOpportunity(input: $input) {\n      ...ListingFields\n    }\n  }\n": types.UpdateOpportunityDocument,
    "\n  mutation SubmitOpportunity($input: SubmitOpportunityInput!) {\n    submitOpportunity(input: $input) {\n      id\n      status\n      moderationNote\n    }\n  }\n": types.SubmitOpportunityDocument,
    "\n  mutation ArchiveOpportunity($input: ArchiveOpportunityInput!) {\n    archiveOpportunity(input: $input) {\n      id\n      status\n    }\n  }\n": types.ArchiveOpportunityDocument,
    "\n  query NearestPlace($latitude: Float!, $longitude: Float!) {\n    nearestPlace(latitude: $latitude, longitude: $longitude) {\n      id\n      name\n      countryCode\n    }\n  }\n": types.NearestPlaceDocument,
    "\n  query AppSettings {\n    appSettings {\n      tileUrl\n      tileAttribution\n    }\n  }\n": types.AppSettingsDocument,
    "\n  query OpportunityMarkers(\n    $near: NearInput\n    $radiusKm: Float\n    $bbox: BoundingBoxInput\n    $filter: OpportunityFilterInput\n    $limit: Int!\n  ) {\n    opportunityMarkers(\n      near: $near\n      radiusKm: $radiusKm\n      bbox: $bbox\n      filter: $filter\n      limit: $limit\n    ) {\n      markers {\n        id\n        latitude\n        longitude\n        title\n        kind\n        sdgNumbers\n      }\n      totalCount\n      truncated\n    }\n  }\n": types.OpportunityMarkersDocument,
    "\n  query SkillNeedMarkers(\n    $near: NearInput\n    $radiusKm: Float\n    $bbox: BoundingBoxInput\n    $filter: SkillNeedFilterInput\n    $limit: Int\n  ) {\n    skillNeedMarkers(\n      near: $near\n      radiusKm: $radiusKm\n      bbox: $bbox\n      filter: $filter\n      limit: $limit\n    ) {\n      id\n      title\n      latitude\n      longitude\n      skillIds\n      employerName\n    }\n  }\n": types.SkillNeedMarkersDocument,
    "\n  query ModerationCouncil($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      area\n      verified\n    }\n  }\n": types.ModerationCouncilDocument,
    "\n  fragment ModerationItemFields on Opportunity {\n    id\n    title\n    summary\n    description\n    kind\n    mode\n    location {\n      latitude\n      longitude\n    }\n    venueName\n    venueAddress\n    place {\n      id\n      name\n    }\n    sessions {\n      ...SessionFields\n    }\n    cost {\n      ...CostFields\n    }\n    minAge\n    maxAge\n    capacity\n    accessibilitySupport\n    accessibilityInformation\n    sdgs {\n      ...SdgChipFields\n    }\n    skills {\n      id\n      name\n      group\n      position\n    }\n    provider {\n      id\n      name\n      website\n    }\n  }\n": types.ModerationItemFieldsFragmentDoc,
    "\n  query ModerationQueue($councilId: ID!, $first: Int, $after: String) {\n    moderationQueue(councilId: $councilId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ModerationItemFields\n        }\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  mutation ApproveOpportunity($input: ApproveOpportunityInput!) {\n    approveOpportunity(input: $input) {\n      id\n      status\n    }\n  }\n": types.ApproveOpportunityDocument,
    "\n  mutation RejectOpportunity($input: RejectOpportunityInput!) {\n    rejectOpportunity(input: $input) {\n      id\n      status\n      moderationNote\n    }\n  }\n": types.RejectOpportunityDocument,
    "\n  mutation ApproveProvider($input: ApproveProviderInput!) {\n    approveProvider(input: $input) {\n      createdAt\n      provider {\n        id\n      }\n    }\n  }\n": types.ApproveProviderDocument,
    "\n  fragment SdgChipFields on Sdg {\n    number\n    shortTitle\n    colour\n  }\n": types.SdgChipFieldsFragmentDoc,
    "\n  fragment SessionFields on OpportunitySession {\n    id\n    startsAt\n    endsAt\n    timeZone\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  fragment CostFields on Cost {\n    free\n    amountMinor\n    currency\n  }\n": types.CostFieldsFragmentDoc,
    "\n  query Opportunities(\n    $near: NearInput\n    $radiusKm: Float\n    $bbox: BoundingBoxInput\n    $filter: OpportunityFilterInput\n    $first: Int!\n    $after: String\n  ) {\n    opportunities(\n      near: $near\n      radiusKm: $radiusKm\n      bbox: $bbox\n      filter: $filter\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        distanceKm\n        node {\n          id\n          title\n          kind\n          location {\n            latitude\n            longitude\n          }\n          provider {\n            id\n            name\n          }\n          nextSession {\n            ...SessionFields\n          }\n          cost {\n            ...CostFields\n          }\n          sdgs {\n            ...SdgChipFields\n          }\n        }\n      }\n    }\n  }\n": types.OpportunitiesDocument,
    "\n  fragment OpportunityFactsFields on Opportunity {\n    id\n    title\n    summary\n    description\n    kind\n    mode\n    location {\n      latitude\n      longitude\n    }\n    venueName\n    venueAddress\n    place {\n      id\n      name\n    }\n    sessions {\n      ...SessionFields\n    }\n    cost {\n      ...CostFields\n    }\n    minAge\n    maxAge\n    capacity\n    accessibilitySupport\n    accessibilityInformation\n    sdgs {\n      ...SdgChipFields\n    }\n    skills {\n      id\n      name\n      group\n      position\n    }\n    provider {\n      id\n      name\n      website\n    }\n  }\n": types.OpportunityFactsFieldsFragmentDoc,
    "\n  query OpportunityDetail($id: ID!) {\n    opportunity(id: $id) {\n      ...OpportunityFactsFields\n    }\n  }\n": types.OpportunityDetailDocument,
    "\n  query OpportunityPage($id: ID!) {\n    opportunity(id: $id) {\n      ...OpportunityFactsFields\n      status\n      viewerCanEdit\n      achievement {\n        id\n        name\n        description\n        imageUrl\n      }\n    }\n  }\n": types.OpportunityPageDocument,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      slug\n      kind\n      description\n      website\n      viewerRole\n      verified\n      verifiedAt\n    }\n  }\n": types.OrganisationDocument,
    "\n  query OrganisationMembers($id: ID!) {\n    organisation(id: $id) {\n      id\n      members {\n        role\n        joinedAt\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.OrganisationMembersDocument,
    "\n  query OrganisationInvitations($id: ID!) {\n    organisation(id: $id) {\n      id\n      invitations {\n        id\n        email\n        role\n        expiresAt\n        createdAt\n      }\n    }\n  }\n": types.OrganisationInvitationsDocument,
    "\n  query CouncilArea($id: ID!) {\n    organisation(id: $id) {\n      id\n      area\n      approvedProviders {\n        id\n        name\n      }\n    }\n  }\n": types.CouncilAreaDocument,
    "\n  query OrganisationOpportunities(\n    $organisationId: ID!\n    $status: OpportunityStatus\n    $first: Int\n    $after: String\n  ) {\n    organisationOpportunities(\n      organisationId: $organisationId\n      status: $status\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          moderationNote\n          updatedAt\n          sessions {\n            id\n            startsAt\n            endsAt\n            timeZone\n          }\n        }\n      }\n    }\n  }\n": types.OrganisationOpportunitiesDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      kind\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      description\n      website\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      createdAt\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      id\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      role\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      role\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation SetCouncilArea($input: SetCouncilAreaInput!) {\n    setCouncilArea(input: $input) {\n      id\n      area\n    }\n  }\n": types.SetCouncilAreaDocument,
    "\n  query IssuerIdentity($id: ID!) {\n    organisation(id: $id) {\n      id\n      issuerId\n    }\n  }\n": types.IssuerIdentityDocument,
    "\n  mutation RotateIssuerKeys($input: RotateIssuerKeysInput!) {\n    rotateIssuerKeys(input: $input) {\n      id\n      issuerId\n    }\n  }\n": types.RotateIssuerKeysDocument,
    "\n  fragment PathwaySummary on Pathway {\n    id\n    title\n    description\n    status\n    ordered\n    sdgs {\n      number\n      title\n    }\n    myProgress {\n      complete\n      metCount\n      stepCount\n    }\n  }\n": types.PathwaySummaryFragmentDoc,
    "\n  query PathwaysNear($near: NearInput, $radiusKm: Float, $after: String) {\n    pathways(near: $near, radiusKm: $radiusKm, first: 20, after: $after) {\n      edges {\n        distanceKm\n        node {\n          ...PathwaySummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PathwaysNearDocument,
    "\n  query PathwayDetail($id: ID!) {\n    pathway(id: $id) {\n      ...PathwaySummary\n      followedByMe\n      organisation {\n        id\n        name\n        viewerRole\n      }\n      skills {\n        id\n        name\n      }\n      goalAchievement {\n        id\n        name\n        imageUrl\n      }\n      steps {\n        id\n        position\n        title\n        requiredCount\n        options {\n          achievementUri\n          issuerUri\n          name\n          achievement {\n            id\n            name\n          }\n        }\n      }\n      myProgress {\n        complete\n        goalCredentialId\n        steps {\n          stepId\n          state\n          heldCount\n          waitingForStep\n          contributions {\n            achievementUri\n          }\n        }\n      }\n    }\n  }\n": types.PathwayDetailDocument,
    "\n  query PathwayOpportunities(\n    $pathwayId: ID!\n    $near: NearInput\n    $missingOnly: Boolean\n  ) {\n    pathwayOpportunities(\n      pathwayId: $pathwayId\n      near: $near\n      missingOnly: $missingOnly\n      limit: 5\n    ) {\n      stepId\n      position\n      opportunities {\n        distanceKm\n        opportunity {\n          id\n          title\n          location {\n            latitude\n            longitude\n          }\n        }\n      }\n    }\n  }\n": types.PathwayOpportunitiesDocument,
    "\n  mutation FollowPathway($input: PathwayIdInput!) {\n    followPathway(input: $input) {\n      id\n      followedByMe\n    }\n  }\n": types.FollowPathwayDocument,
    "\n  mutation UnfollowPathway($input: PathwayIdInput!) {\n    unfollowPathway(input: $input) {\n      id\n      followedByMe\n    }\n  }\n": types.UnfollowPathwayDocument,
    "\n  query OrganisationPathways($organisationId: ID!, $after: String) {\n    organisationPathways(\n      organisationId: $organisationId\n      first: 50\n      after: $after\n    ) {\n      edges {\n        node {\n          id\n          title\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrganisationPathwaysDocument,
    "\n  query MyPathways($after: String) {\n    myPathways(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          title\n          description\n          organisation {\n            id\n            name\n          }\n          goalAchievement {\n            id\n            name\n            imageUrl\n          }\n          myProgress {\n            complete\n            metCount\n            stepCount\n            goalCredentialId\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyPathwaysDocument,
    "\n  query PathwayBuilderOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      viewerRole\n    }\n  }\n": types.PathwayBuilderOrganisationDocument,
    "\n  query EditablePathway($id: ID!) {\n    pathway(id: $id) {\n      id\n      title\n      description\n      status\n      ordered\n      organisation {\n        id\n      }\n      goalAchievement {\n        id\n        name\n      }\n      sdgs {\n        number\n      }\n      skills {\n        id\n      }\n      steps {\n        id\n        title\n        requiredCount\n        options {\n          achievementUri\n          issuerUri\n          name\n          achievement {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.EditablePathwayDocument,
    "\n  query BadgeDesigns($search: String) {\n    badgeDesigns(search: $search, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.BadgeDesignsDocument,
    "\n  mutation CreatePathway($input: CreatePathwayInput!) {\n    createPathway(input: $input) {\n      id\n      status\n    }\n  }\n": types.CreatePathwayDocument,
    "\n  mutation UpdatePathway($input: UpdatePathwayInput!) {\n    updatePathway(input: $input) {\n      id\n      status\n    }\n  }\n": types.UpdatePathwayDocument,
    "\n  mutation PublishPathway($input: PathwayIdInput!) {\n    publishPathway(input: $input) {\n      id\n      status\n    }\n  }\n": types.PublishPathwayDocument,
    "\n  mutation ArchivePathway($input: PathwayIdInput!) {\n    archivePathway(input: $input) {\n      id\n      status\n    }\n  }\n": types.ArchivePathwayDocument,
    "\n  fragment PlaceFields on Place {\n    id\n    name\n    countryCode\n    adminCode\n    population\n    location {\n      latitude\n      longitude\n    }\n  }\n": types.PlaceFieldsFragmentDoc,
    "\n  query SearchPlaces($search: String!, $first: Int!) {\n    places(search: $search, first: $first) {\n      ...PlaceFields\n    }\n  }\n": types.SearchPlacesDocument,
    "\n  query Place($id: ID!) {\n    place(id: $id) {\n      ...PlaceFields\n    }\n  }\n": types.PlaceDocument,
    "\n  fragment ProposalSummaryFields on Proposal {\n    id\n    kind\n    title\n    status\n    placeName\n    location {\n      latitude\n      longitude\n    }\n    sdgNumbers\n    supportCount\n    commentCount\n    hidden\n  }\n": types.ProposalSummaryFieldsFragmentDoc,
    "\n  query Proposals(\n    $bbox: BoundingBoxInput\n    $filter: ProposalFilterInput\n    $first: Int\n    $after: String\n  ) {\n    proposals(bbox: $bbox, filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ProposalSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    canModerateProposals\n  }\n": types.ProposalsDocument,
    "\n  fragment ProposalCommentFields on ProposalComment {\n    id\n    body\n    authorFirstName\n    organisationName\n    organisationKind\n    hidden\n    hiddenReason\n    viewerIsAuthor\n    createdAt\n  }\n": types.ProposalCommentFieldsFragmentDoc,
    "\n  query ProposalDetail($id: ID!, $after: String) {\n    proposal(id: $id) {\n      ...ProposalSummaryFields\n      description\n      skillIds\n      authorFirstName\n      createdAt\n      hiddenReason\n      viewerIsAuthor\n      viewerSupports\n      viewerCanModerate\n      viewerOrganisations {\n        id\n        name\n        kind\n      }\n      listings {\n        opportunityId\n        title\n        status\n        organisationName\n      }\n      comments(first: 50, after: $after) {\n        edges {\n          node {\n            ...ProposalCommentFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ProposalDetailDocument,
    "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      id\n    }\n  }\n": types.CreateProposalDocument,
    "\n  mutation WithdrawProposal($input: ProposalIdInput!) {\n    withdrawProposal(input: $input) {\n      id\n      status\n    }\n  }\n": types.WithdrawProposalDocument,
    "\n  mutation SupportProposal($input: ProposalIdInput!) {\n    supportProposal(input: $input) {\n      id\n      supportCount\n      viewerSupports\n    }\n  }\n": types.SupportProposalDocument,
    "\n  mutation RemoveProposalSupport($input: ProposalIdInput!) {\n    removeProposalSupport(input: $input) {\n      id\n      supportCount\n      viewerSupports\n    }\n  }\n": types.RemoveProposalSupportDocument,
    "\n  mutation CommentOnProposal($input: CommentOnProposalInput!) {\n    commentOnProposal(input: $input) {\n      ...ProposalCommentFields\n    }\n  }\n": types.CommentOnProposalDocument,
    "\n  mutation ConvertProposalToListing($input: ConvertProposalToListingInput!) {\n    convertProposalToListing(input: $input) {\n      id\n    }\n  }\n": types.ConvertProposalToListingDocument,
    "\n  mutation HideProposal($input: ModerateProposalInput!) {\n    hideProposal(input: $input) {\n      id\n      hidden\n    }\n  }\n": types.HideProposalDocument,
    "\n  mutation UnhideProposal($input: ModerateProposalInput!) {\n    unhideProposal(input: $input) {\n      id\n      hidden\n    }\n  }\n": types.UnhideProposalDocument,
    "\n  mutation HideProposalComment($input: ModerateProposalCommentInput!) {\n    hideProposalComment(input: $input) {\n      id\n      hidden\n    }\n  }\n": types.HideProposalCommentDocument,
    "\n  mutation UnhideProposalComment($input: ModerateProposalCommentInput!) {\n    unhideProposalComment(input: $input) {\n      id\n      hidden\n    }\n  }\n": types.UnhideProposalCommentDocument,
    "\n  mutation ReportProposal($input: ReportProposalInput!) {\n    reportProposal(input: $input) {\n      id\n    }\n  }\n": types.ReportProposalDocument,
    "\n  query ProposalReports($after: String) {\n    proposalReports(first: 50, after: $after) {\n      edges {\n        node {\n          id\n          proposalId\n          proposalTitle\n          commentId\n          commentBody\n          contentHidden\n          reason\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ProposalReportsDocument,
    "\n  mutation DismissProposalReport($input: DismissProposalReportInput!) {\n    dismissProposalReport(input: $input) {\n      id\n    }\n  }\n": types.DismissProposalReportDocument,
    "\n  fragment ViewerRegistrationFields on Registration {\n    id\n    status\n    waitlistPosition\n  }\n": types.ViewerRegistrationFieldsFragmentDoc,
    "\n  fragment SessionPlacesFields on OpportunitySession {\n    id\n    startsAt\n    endsAt\n    timeZone\n    capacity\n    registeredCount\n    waitlistCount\n    placesLeft\n  }\n": types.SessionPlacesFieldsFragmentDoc,
    "\n  query SessionPlaces($opportunityId: ID!, $signedIn: Boolean!) {\n    opportunity(id: $opportunityId) {\n      id\n      sessions {\n        ...SessionPlacesFields\n        viewerRegistration @include(if: $signedIn) {\n          ...ViewerRegistrationFields\n        }\n      }\n    }\n  }\n": types.SessionPlacesDocument,
    "\n  mutation RegisterForSession($input: RegisterForSessionInput!) {\n    registerForSession(input: $input) {\n      ...ViewerRegistrationFields\n    }\n  }\n": types.RegisterForSessionDocument,
    "\n  mutation WithdrawRegistration($input: WithdrawRegistrationInput!) {\n    withdrawRegistration(input: $input) {\n      ...ViewerRegistrationFields\n    }\n  }\n": types.WithdrawRegistrationDocument,
    "\n  fragment MyRegistrationFields on Registration {\n    id\n    status\n    attendance\n    waitlistPosition\n    createdAt\n    session {\n      id\n      startsAt\n      endsAt\n      timeZone\n    }\n    opportunity {\n      id\n      title\n      provider {\n        id\n        name\n      }\n    }\n  }\n": types.MyRegistrationFieldsFragmentDoc,
    "\n  query MyRegistrations($upcoming: Boolean, $first: Int, $after: String) {\n    myRegistrations(upcoming: $upcoming, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MyRegistrationFields\n        }\n      }\n    }\n  }\n": types.MyRegistrationsDocument,
    "\n  fragment SessionRegistrationFields on Registration {\n    id\n    status\n    attendance\n    waitlistPosition\n    createdAt\n    learner {\n      id\n      name\n      email\n    }\n  }\n": types.SessionRegistrationFieldsFragmentDoc,
    "\n  query SessionRegistrations(\n    $sessionId: ID!\n    $status: RegistrationStatus\n    $first: Int\n    $after: String\n  ) {\n    sessionRegistrations(\n      sessionId: $sessionId\n      status: $status\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SessionRegistrationFields\n        }\n      }\n      session {\n        ...SessionPlacesFields\n        attendanceOpensAt\n      }\n      opportunity {\n        id\n        title\n      }\n    }\n  }\n": types.SessionRegistrationsDocument,
    "\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      id\n      attendance\n    }\n  }\n": types.MarkAttendanceDocument,
    "\n  mutation MarkAllAttendance($input: MarkAllAttendanceInput!) {\n    markAllAttendance(input: $input)\n  }\n": types.MarkAllAttendanceDocument,
    "\n  fragment VerificationCheckFields on VerificationCheck {\n    check\n    outcome\n    message\n  }\n": types.VerificationCheckFieldsFragmentDoc,
    "\n  fragment VerificationResultFields on VerificationResult {\n    verified\n    format\n    credentialId\n    name\n    issuerId\n    issuerName\n    issuerKnown\n    achievementName\n    validFrom\n    validUntil\n    checks {\n      ...VerificationCheckFields\n    }\n    endorsements {\n      endorserName\n      endorserId\n      comment\n      verified\n      checks {\n        ...VerificationCheckFields\n      }\n    }\n  }\n": types.VerificationResultFieldsFragmentDoc,
    "\n  mutation VerifyCredential($input: VerifyCredentialInput!) {\n    verifyCredential(input: $input) {\n      ...VerificationResultFields\n    }\n  }\n": types.VerifyCredentialDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEmailAddresses {\n    myEmailAddresses {\n      id\n      email\n      primary\n      verified\n    }\n  }\n"): typeof import('./graphql').MyEmailAddressesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEmailAddress($input: AddEmailAddressInput!) {\n    addEmailAddress(input: $input) {\n      id\n      email\n      primary\n      verified\n    }\n  }\n"): typeof import('./graphql').AddEmailAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendEmailAddressVerification($input: EmailAddressInput!) {\n    resendEmailAddressVerification(input: $input)\n  }\n"): typeof import('./graphql').ResendEmailAddressVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveEmailAddress($input: EmailAddressInput!) {\n    removeEmailAddress(input: $input)\n  }\n"): typeof import('./graphql').RemoveEmailAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountSettings {\n    me {\n      id\n      email\n      emailVerified\n      name\n      birthYear\n      isMinor\n      profileVisibility\n      employerContact\n      shareLocation\n    }\n  }\n"): typeof import('./graphql').AccountSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      createdAt\n      lastUsedAt\n      current\n    }\n  }\n"): typeof import('./graphql').MySessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      profileVisibility\n      employerContact\n      shareLocation\n    }\n  }\n"): typeof import('./graphql').UpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) {\n      id\n      email\n      emailVerified\n    }\n  }\n"): typeof import('./graphql').ChangeEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): typeof import('./graphql').SignOutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n"): typeof import('./graphql').DeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      email\n      primary\n      account {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').VerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"): typeof import('./graphql').ResendVerificationEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      emailVerified\n      isMinor\n      isAdmin\n      memberships {\n        role\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AchievementFields on Achievement {\n    id\n    name\n    description\n    criteriaNarrative\n    achievementType\n    tags\n    validityDays\n    imageUrl\n    imageFileId\n    sdgs {\n      ...SdgChipFields\n    }\n    sdgTargets\n    skills {\n      id\n      name\n    }\n    escoSkillUris\n    archived\n  }\n"): typeof import('./graphql').AchievementFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationAchievements(\n    $organisationId: ID!\n    $includeArchived: Boolean\n    $first: Int\n    $after: String\n  ) {\n    organisationAchievements(\n      organisationId: $organisationId\n      includeArchived: $includeArchived\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AchievementFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationAchievementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadgeChoices($organisationId: ID!, $first: Int) {\n    organisationAchievements(organisationId: $organisationId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          archived\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BadgeChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditableAchievement($id: ID!) {\n    achievement(id: $id) {\n      ...AchievementFields\n      organisation {\n        id\n        name\n        viewerRole\n      }\n    }\n  }\n"): typeof import('./graphql').EditableAchievementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadgeDesignReference {\n    achievementTypes\n    sdgs {\n      number\n      targets\n    }\n  }\n"): typeof import('./graphql').BadgeDesignReferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAchievement($input: CreateAchievementInput!) {\n    createAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n"): typeof import('./graphql').CreateAchievementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAchievement($input: UpdateAchievementInput!) {\n    updateAchievement(input: $input) {\n      ...AchievementFields\n    }\n  }\n"): typeof import('./graphql').UpdateAchievementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveAchievement($input: ArchiveAchievementInput!) {\n    archiveAchievement(input: $input) {\n      id\n      archived\n    }\n  }\n"): typeof import('./graphql').ArchiveAchievementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationsAwaitingVerification(\n    $kind: OrganisationKind\n    $first: Int\n    $after: String\n  ) {\n    organisationsAwaitingVerification(\n      kind: $kind\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          area\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationsAwaitingVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyOrganisation($input: VerifyOrganisationInput!) {\n    verifyOrganisation(input: $input) {\n      id\n      verified\n      verifiedAt\n    }\n  }\n"): typeof import('./graphql').VerifyOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeOrganisationVerification(\n    $input: RevokeOrganisationVerificationInput!\n  ) {\n    revokeOrganisationVerification(input: $input) {\n      id\n      verified\n      verifiedAt\n    }\n  }\n"): typeof import('./graphql').RevokeOrganisationVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwardAchievement($id: ID!) {\n    achievement(id: $id) {\n      id\n      name\n      archived\n      imageUrl\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AwardAchievementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionAchievement($sessionId: ID!) {\n    sessionRegistrations(sessionId: $sessionId, first: 1) {\n      opportunity {\n        id\n        provider {\n          id\n        }\n        achievement {\n          id\n          name\n          archived\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SessionAchievementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionAwards($sessionId: ID!, $achievementId: ID!) {\n    sessionAwards(sessionId: $sessionId, achievementId: $achievementId) {\n      registrationId\n      credentialId\n      status\n    }\n  }\n"): typeof import('./graphql').SessionAwardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwardBadge($input: AwardBadgeInput!) {\n    awardBadge(input: $input) {\n      id\n      publicUrl\n    }\n  }\n"): typeof import('./graphql').AwardBadgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AwardJobFields on AwardJob {\n    id\n    status\n    total\n    succeeded\n    failed\n    failures {\n      recipient\n      code\n      message\n    }\n  }\n"): typeof import('./graphql').AwardJobFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartBulkAward($input: StartBulkAwardInput!) {\n    startBulkAward(input: $input) {\n      ...AwardJobFields\n    }\n  }\n"): typeof import('./graphql').StartBulkAwardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwardJob($id: ID!) {\n    awardJob(id: $id) {\n      ...AwardJobFields\n    }\n  }\n"): typeof import('./graphql').AwardJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClaimCodeFields on ClaimCode {\n    id\n    code\n    claimUrl\n    qrCodeSvg\n    expiresAt\n    maxRedemptions\n    redemptionCount\n    revoked\n  }\n"): typeof import('./graphql').ClaimCodeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AchievementClaimCodes($achievementId: ID!) {\n    achievementClaimCodes(achievementId: $achievementId) {\n      ...ClaimCodeFields\n    }\n  }\n"): typeof import('./graphql').AchievementClaimCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClaimCode($input: CreateClaimCodeInput!) {\n    createClaimCode(input: $input) {\n      ...ClaimCodeFields\n    }\n  }\n"): typeof import('./graphql').CreateClaimCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeClaimCode($input: RevokeClaimCodeInput!) {\n    revokeClaimCode(input: $input) {\n      ...ClaimCodeFields\n    }\n  }\n"): typeof import('./graphql').RevokeClaimCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndorseAchievement($input: EndorseAchievementInput!) {\n    endorseAchievement(input: $input) {\n      id\n      comment\n    }\n  }\n"): typeof import('./graphql').EndorseAchievementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportedBadgeFields on ImportedBadge {\n    id\n    source\n    sourceUrl\n    specVersion\n    credentialUri\n    name\n    description\n    issuerName\n    issuerUri\n    issuedAt\n    expiresAt\n    imageUrl\n    status\n    failureReason\n    checks {\n      check\n      outcome\n      message\n    }\n    verifiedAt\n    importedAt\n    shared\n  }\n"): typeof import('./graphql').ImportedBadgeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportBadgeText($input: ImportBadgeTextInput!) {\n    importBadgeText(input: $input) {\n      created\n      badge {\n        ...ImportedBadgeFields\n      }\n    }\n  }\n"): typeof import('./graphql').ImportBadgeTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportBadgeUrl($input: ImportBadgeUrlInput!) {\n    importBadgeUrl(input: $input) {\n      created\n      badge {\n        ...ImportedBadgeFields\n      }\n    }\n  }\n"): typeof import('./graphql').ImportBadgeUrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportedBadge($id: ID!) {\n    importedBadge(id: $id) {\n      ...ImportedBadgeFields\n    }\n  }\n"): typeof import('./graphql').ImportedBadgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReverifyImportedBadge($id: ID!) {\n    reverifyImportedBadge(id: $id) {\n      ...ImportedBadgeFields\n    }\n  }\n"): typeof import('./graphql').ReverifyImportedBadgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareImportedBadge($input: ShareImportedBadgeInput!) {\n    shareImportedBadge(input: $input) {\n      id\n      shared\n    }\n  }\n"): typeof import('./graphql').ShareImportedBadgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteImportedBadge($id: ID!) {\n    deleteImportedBadge(id: $id)\n  }\n"): typeof import('./graphql').DeleteImportedBadgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedImportedBadge($id: ID!) {\n    sharedImportedBadge(id: $id) {\n      id\n      name\n      description\n      issuerName\n      issuedAt\n      expiresAt\n      imageUrl\n      status\n      verifiedAt\n    }\n  }\n"): typeof import('./graphql').SharedImportedBadgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadgePage($id: ID!) {\n    credential(id: $id) {\n      id\n      issuedAt\n      validUntil\n      expired\n      status\n      statusReason\n      statusChangedAt\n      shared\n      narrative\n      recipientName\n      recipientEmail\n      json\n      publicUrl\n      downloadUrls {\n        json\n        jwt\n        png\n        svg\n      }\n      achievement {\n        id\n        name\n        description\n        criteriaNarrative\n        achievementType\n        imageUrl\n        sdgs {\n          ...SdgChipFields\n        }\n        sdgTargets\n        skills {\n          id\n          name\n          position\n        }\n        escoSkillUris\n      }\n      issuer {\n        id\n        name\n        website\n        issuerId\n      }\n      evidence {\n        id\n        name\n        narrative\n        url\n        contentType\n      }\n      endorsements {\n        id\n        comment\n        issuedAt\n        status\n        endorser {\n          id\n          name\n          website\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BadgePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BackpackItemFields on BackpackItem {\n    id\n    kind\n    name\n    imageUrl\n    issuerName\n    issuedAt\n    status\n    shared\n  }\n"): typeof import('./graphql').BackpackItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBackpack(\n    $first: Int\n    $after: String\n    $sort: BackpackSort\n    $filter: BackpackFilterInput\n  ) {\n    myBackpack(first: $first, after: $after, sort: $sort, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...BackpackItemFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').MyBackpackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBackpackIssuers {\n    myBackpackIssuers {\n      key\n      name\n      badgeCount\n    }\n  }\n"): typeof import('./graphql').MyBackpackIssuersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyBadgeFields on Credential {\n    id\n    issuedAt\n    validUntil\n    expired\n    status\n    shared\n    publicUrl\n    achievement {\n      id\n      name\n      imageUrl\n    }\n    issuer {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').MyBadgeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCredentials($first: Int, $after: String) {\n    myCredentials(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...MyBadgeFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').MyCredentialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareCredential($input: ShareCredentialInput!) {\n    shareCredential(input: $input) {\n      id\n      shared\n    }\n  }\n"): typeof import('./graphql').ShareCredentialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeemClaimCode($input: RedeemClaimCodeInput!) {\n    redeemClaimCode(input: $input) {\n      ...MyBadgeFields\n    }\n  }\n"): typeof import('./graphql').RedeemClaimCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CollectionFields on BadgeCollection {\n    id\n    name\n    description\n    public\n    shareUrl\n    badgeCount\n    badges {\n      ...BackpackItemFields\n    }\n  }\n"): typeof import('./graphql').CollectionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCollections {\n    myCollections {\n      id\n      name\n      description\n      public\n      badgeCount\n    }\n  }\n"): typeof import('./graphql').MyCollectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Collection($id: ID!) {\n    collection(id: $id) {\n      ...CollectionFields\n    }\n  }\n"): typeof import('./graphql').CollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicCollection($token: String!) {\n    publicCollection(token: $token) {\n      name\n      description\n      ownerName\n      badges {\n        id\n        kind\n        name\n        imageUrl\n        issuerName\n        issuedAt\n        status\n        publicUrl\n      }\n    }\n  }\n"): typeof import('./graphql').PublicCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCollection($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCollection($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) {\n      ...CollectionFields\n    }\n  }\n"): typeof import('./graphql').UpdateCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCollection($input: CollectionInput!) {\n    deleteCollection(input: $input)\n  }\n"): typeof import('./graphql').DeleteCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddBadgeToCollection($input: CollectionBadgeInput!) {\n    addBadgeToCollection(input: $input) {\n      ...CollectionFields\n    }\n  }\n"): typeof import('./graphql').AddBadgeToCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveBadgeFromCollection($input: CollectionBadgeInput!) {\n    removeBadgeFromCollection(input: $input) {\n      ...CollectionFields\n    }\n  }\n"): typeof import('./graphql').RemoveBadgeFromCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveCollectionBadge($input: MoveCollectionBadgeInput!) {\n    moveCollectionBadge(input: $input) {\n      ...CollectionFields\n    }\n  }\n"): typeof import('./graphql').MoveCollectionBadgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCollectionPublic($input: SetCollectionPublicInput!) {\n    setCollectionPublic(input: $input) {\n      ...CollectionFields\n    }\n  }\n"): typeof import('./graphql').SetCollectionPublicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplaceCollectionShareLink($input: CollectionInput!) {\n    replaceCollectionShareLink(input: $input) {\n      ...CollectionFields\n    }\n  }\n"): typeof import('./graphql').ReplaceCollectionShareLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationRequest($id: ID!) {\n    oauthAuthorizationRequest(id: $id) {\n      id\n      redirectUri\n      expiresAt\n      client {\n        name\n        clientUri\n        logoUri\n        tosUri\n        policyUri\n      }\n      scopes {\n        uri\n        description\n      }\n    }\n  }\n"): typeof import('./graphql').AuthorizationRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveAuthorization($input: DecideOAuthAuthorizationInput!) {\n    approveOAuthAuthorization(input: $input) {\n      redirectUrl\n    }\n  }\n"): typeof import('./graphql').ApproveAuthorizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DenyAuthorization($input: DecideOAuthAuthorizationInput!) {\n    denyOAuthAuthorization(input: $input) {\n      redirectUrl\n    }\n  }\n"): typeof import('./graphql').DenyAuthorizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectedApps {\n    connectedApps {\n      id\n      connectedAt\n      lastUsedAt\n      client {\n        name\n        clientUri\n        policyUri\n      }\n      scopes {\n        uri\n        description\n      }\n    }\n  }\n"): typeof import('./graphql').ConnectedAppsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeConnectedApp($input: RevokeConnectedAppInput!) {\n    revokeConnectedApp(input: $input)\n  }\n"): typeof import('./graphql').RevokeConnectedAppDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearnerContactSettings {\n    me {\n      id\n      employerContact\n      isMinor\n    }\n    myEmployerContactConsents {\n      createdAt\n      employer {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').LearnerContactSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllowEmployerContact($employerId: ID!) {\n    allowEmployerContact(employerId: $employerId) {\n      createdAt\n      employer {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AllowEmployerContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawEmployerContact($employerId: ID!) {\n    withdrawEmployerContact(employerId: $employerId)\n  }\n"): typeof import('./graphql').WithdrawEmployerContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyHomePlace {\n    me {\n      id\n      homePlace {\n        ...PlaceFields\n      }\n    }\n  }\n"): typeof import('./graphql').MyHomePlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateHomePlace($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      homePlace {\n        ...PlaceFields\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateHomePlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySkillNeedMatches($near: NearInput, $first: Int, $after: String) {\n    mySkillNeedMatches(near: $near, first: $first, after: $after) {\n      edges {\n        cursor\n        distanceKm\n        node {\n          ...SkillNeedSummary\n          myMatch {\n            heldSkills {\n              id\n              name\n            }\n            missingSkills {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').MySkillNeedMatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SkillNeedSummary on SkillNeed {\n    id\n    title\n    status\n    isOpen\n    closesOn\n    openings\n    placeName\n    radiusKm\n    employer {\n      id\n      name\n    }\n    skills {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').SkillNeedSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationSkillNeeds(\n    $organisationId: ID!\n    $first: Int\n    $after: String\n  ) {\n    organisationSkillNeeds(\n      organisationId: $organisationId\n      first: $first\n      after: $after\n    ) {\n      edges {\n        cursor\n        node {\n          ...SkillNeedSummary\n          learnerCount {\n            value\n            suppressed\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').OrganisationSkillNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      verified\n      viewerRole\n    }\n  }\n"): typeof import('./graphql').NeedOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SkillNeed($id: ID!) {\n    skillNeed(id: $id) {\n      ...SkillNeedSummary\n      description\n      escoSkillUris\n      applyUrl\n      location {\n        latitude\n        longitude\n      }\n      employer {\n        id\n        name\n        kind\n        viewerRole\n      }\n      myMatch {\n        heldSkills {\n          id\n          name\n        }\n        missingSkills {\n          id\n          name\n        }\n        pathways {\n          distanceKm\n          pathway {\n            id\n            title\n            organisation {\n              id\n              name\n            }\n          }\n          addsSkills {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SkillNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SkillNeedMatches($id: ID!, $first: Int, $after: String) {\n    skillNeed(id: $id) {\n      id\n      matches(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            kind\n            distanceKm\n            coveredSkills {\n              id\n              name\n            }\n            opportunity {\n              id\n              title\n              provider {\n                id\n                name\n              }\n            }\n            pathway {\n              id\n              title\n              organisation {\n                id\n                name\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql').SkillNeedMatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SkillNeedContacts($id: ID!, $first: Int, $after: String) {\n    skillNeed(id: $id) {\n      id\n      learnerCount {\n        value\n        suppressed\n      }\n      contacts(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            name\n            email\n            isMinor\n            area\n            consentedAt\n            coveredSkills {\n              id\n              name\n            }\n            badges {\n              name\n              issuerName\n              issuedAt\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql').SkillNeedContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSkillNeed($input: CreateSkillNeedInput!) {\n    createSkillNeed(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateSkillNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSkillNeed($input: UpdateSkillNeedInput!) {\n    updateSkillNeed(input: $input) {\n      id\n      status\n      isOpen\n    }\n  }\n"): typeof import('./graphql').UpdateSkillNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferenceData {\n    sdgs {\n      number\n      shortTitle\n      title\n      colour\n    }\n    skills {\n      id\n      name\n      group\n      position\n    }\n  }\n"): typeof import('./graphql').ReferenceDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InsightFigureFields on InsightFigure {\n    key\n    label\n    opportunities\n    registrations {\n      value\n      suppressed\n    }\n    attendances {\n      value\n      suppressed\n    }\n    badgesIssued {\n      value\n      suppressed\n    }\n  }\n"): typeof import('./graphql').InsightFigureFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilInsightsSummary(\n    $councilId: ID!\n    $from: DateTime\n    $to: DateTime\n  ) {\n    councilInsights(councilId: $councilId, from: $from, to: $to) {\n      council {\n        id\n        name\n        area\n      }\n      from\n      to\n      totals {\n        ...InsightFigureFields\n      }\n      bySdg {\n        ...InsightFigureFields\n      }\n      bySkill {\n        ...InsightFigureFields\n      }\n      byPlace {\n        ...InsightFigureFields\n      }\n    }\n  }\n"): typeof import('./graphql').CouncilInsightsSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilInsightsOverTime(\n    $councilId: ID!\n    $from: DateTime\n    $to: DateTime\n    $period: InsightPeriod\n  ) {\n    councilInsights(councilId: $councilId, from: $from, to: $to) {\n      overTime(period: $period) {\n        periodStart\n        opportunities\n        registrations {\n          value\n          suppressed\n        }\n        attendances {\n          value\n          suppressed\n        }\n        badgesIssued {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CouncilInsightsOverTimeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilInsightsDensity(\n    $councilId: ID!\n    $from: DateTime\n    $to: DateTime\n    $cellKm: Float\n    $shape: GridShape\n  ) {\n    councilInsights(councilId: $councilId, from: $from, to: $to) {\n      densityGrid(cellKm: $cellKm, shape: $shape) {\n        id\n        polygon\n        opportunities\n      }\n    }\n  }\n"): typeof import('./graphql').CouncilInsightsDensityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilInsightsGaps(\n    $councilId: ID!\n    $from: DateTime\n    $to: DateTime\n    $gapDistanceKm: Float\n    $fewThreshold: Int\n  ) {\n    councilInsights(councilId: $councilId, from: $from, to: $to) {\n      skillGaps(gapDistanceKm: $gapDistanceKm) {\n        skill {\n          id\n          name\n        }\n        needCount\n        openings\n        needs {\n          id\n          title\n          employer {\n            id\n            name\n          }\n        }\n      }\n      sdgGaps(fewThreshold: $fewThreshold) {\n        sdg {\n          number\n          shortTitle\n          colour\n        }\n        opportunities\n      }\n    }\n  }\n"): typeof import('./graphql').CouncilInsightsGapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IssuedBadgeFields on Credential {\n    id\n    issuedAt\n    status\n    statusReason\n    statusChangedAt\n    recipientName\n    recipientEmail\n    achievement {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').IssuedBadgeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssuedBadgesContext($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n      viewerRole\n    }\n    organisationAchievements(\n      organisationId: $organisationId\n      includeArchived: true\n      first: 100\n    ) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IssuedBadgesContextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationCredentials(\n    $organisationId: ID!\n    $achievementId: ID\n    $first: Int\n    $after: String\n  ) {\n    organisationCredentials(\n      organisationId: $organisationId\n      achievementId: $achievementId\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...IssuedBadgeFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationCredentialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCredential($input: ChangeCredentialStatusInput!) {\n    revokeCredential(input: $input) {\n      ...IssuedBadgeFields\n    }\n  }\n"): typeof import('./graphql').RevokeCredentialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendCredential($input: ChangeCredentialStatusInput!) {\n    suspendCredential(input: $input) {\n      ...IssuedBadgeFields\n    }\n  }\n"): typeof import('./graphql').SuspendCredentialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReinstateCredential($input: ChangeCredentialStatusInput!) {\n    reinstateCredential(input: $input) {\n      ...IssuedBadgeFields\n    }\n  }\n"): typeof import('./graphql').ReinstateCredentialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ListingFields on Opportunity {\n    id\n    title\n    summary\n    description\n    kind\n    mode\n    location {\n      latitude\n      longitude\n    }\n    venueName\n    venueAddress\n    cost {\n      amountMinor\n      currency\n      free\n    }\n    minAge\n    maxAge\n    capacity\n    accessibilitySupport\n    accessibilityInformation\n    sdgs {\n      number\n    }\n    skills {\n      id\n    }\n    sessions {\n      id\n      startsAt\n      endsAt\n      timeZone\n    }\n    status\n    moderationNote\n    updatedAt\n    viewerCanEdit\n    achievement {\n      id\n      name\n    }\n    provider {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ListingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditableListing($id: ID!) {\n    opportunity(id: $id) {\n      ...ListingFields\n      auditLog {\n        id\n        action\n        actorName\n        changes\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').EditableListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) {\n      ...ListingFields\n    }\n  }\n"): typeof import('./graphql').CreateOpportunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOpportunity($input: UpdateOpportunityInput!) {\n    updateOpportunity(input: $input) {\n      ...ListingFields\n    }\n  }\n"): typeof import('./graphql').UpdateOpportunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitOpportunity($input: SubmitOpportunityInput!) {\n    submitOpportunity(input: $input) {\n      id\n      status\n      moderationNote\n    }\n  }\n"): typeof import('./graphql').SubmitOpportunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveOpportunity($input: ArchiveOpportunityInput!) {\n    archiveOpportunity(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ArchiveOpportunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NearestPlace($latitude: Float!, $longitude: Float!) {\n    nearestPlace(latitude: $latitude, longitude: $longitude) {\n      id\n      name\n      countryCode\n    }\n  }\n"): typeof import('./graphql').NearestPlaceDocument;
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
export function graphql(source: "\n  query SkillNeedMarkers(\n    $near: NearInput\n    $radiusKm: Float\n    $bbox: BoundingBoxInput\n    $filter: SkillNeedFilterInput\n    $limit: Int\n  ) {\n    skillNeedMarkers(\n      near: $near\n      radiusKm: $radiusKm\n      bbox: $bbox\n      filter: $filter\n      limit: $limit\n    ) {\n      id\n      title\n      latitude\n      longitude\n      skillIds\n      employerName\n    }\n  }\n"): typeof import('./graphql').SkillNeedMarkersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationCouncil($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      area\n      verified\n    }\n  }\n"): typeof import('./graphql').ModerationCouncilDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationItemFields on Opportunity {\n    id\n    title\n    summary\n    description\n    kind\n    mode\n    location {\n      latitude\n      longitude\n    }\n    venueName\n    venueAddress\n    place {\n      id\n      name\n    }\n    sessions {\n      ...SessionFields\n    }\n    cost {\n      ...CostFields\n    }\n    minAge\n    maxAge\n    capacity\n    accessibilitySupport\n    accessibilityInformation\n    sdgs {\n      ...SdgChipFields\n    }\n    skills {\n      id\n      name\n      group\n      position\n    }\n    provider {\n      id\n      name\n      website\n    }\n  }\n"): typeof import('./graphql').ModerationItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($councilId: ID!, $first: Int, $after: String) {\n    moderationQueue(councilId: $councilId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ModerationItemFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ModerationQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveOpportunity($input: ApproveOpportunityInput!) {\n    approveOpportunity(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ApproveOpportunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectOpportunity($input: RejectOpportunityInput!) {\n    rejectOpportunity(input: $input) {\n      id\n      status\n      moderationNote\n    }\n  }\n"): typeof import('./graphql').RejectOpportunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveProvider($input: ApproveProviderInput!) {\n    approveProvider(input: $input) {\n      createdAt\n      provider {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ApproveProviderDocument;
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
export function graphql(source: "\n  fragment OpportunityFactsFields on Opportunity {\n    id\n    title\n    summary\n    description\n    kind\n    mode\n    location {\n      latitude\n      longitude\n    }\n    venueName\n    venueAddress\n    place {\n      id\n      name\n    }\n    sessions {\n      ...SessionFields\n    }\n    cost {\n      ...CostFields\n    }\n    minAge\n    maxAge\n    capacity\n    accessibilitySupport\n    accessibilityInformation\n    sdgs {\n      ...SdgChipFields\n    }\n    skills {\n      id\n      name\n      group\n      position\n    }\n    provider {\n      id\n      name\n      website\n    }\n  }\n"): typeof import('./graphql').OpportunityFactsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpportunityDetail($id: ID!) {\n    opportunity(id: $id) {\n      ...OpportunityFactsFields\n    }\n  }\n"): typeof import('./graphql').OpportunityDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpportunityPage($id: ID!) {\n    opportunity(id: $id) {\n      ...OpportunityFactsFields\n      status\n      viewerCanEdit\n      achievement {\n        id\n        name\n        description\n        imageUrl\n      }\n    }\n  }\n"): typeof import('./graphql').OpportunityPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      slug\n      kind\n      description\n      website\n      viewerRole\n      verified\n      verifiedAt\n    }\n  }\n"): typeof import('./graphql').OrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationMembers($id: ID!) {\n    organisation(id: $id) {\n      id\n      members {\n        role\n        joinedAt\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationInvitations($id: ID!) {\n    organisation(id: $id) {\n      id\n      invitations {\n        id\n        email\n        role\n        expiresAt\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilArea($id: ID!) {\n    organisation(id: $id) {\n      id\n      area\n      approvedProviders {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CouncilAreaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationOpportunities(\n    $organisationId: ID!\n    $status: OpportunityStatus\n    $first: Int\n    $after: String\n  ) {\n    organisationOpportunities(\n      organisationId: $organisationId\n      status: $status\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          moderationNote\n          updatedAt\n          sessions {\n            id\n            startsAt\n            endsAt\n            timeZone\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationOpportunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      kind\n    }\n  }\n"): typeof import('./graphql').CreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      description\n      website\n    }\n  }\n"): typeof import('./graphql').UpdateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      createdAt\n    }\n  }\n"): typeof import('./graphql').InviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RevokeInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      role\n    }\n  }\n"): typeof import('./graphql').ChangeMemberRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n"): typeof import('./graphql').RemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      role\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCouncilArea($input: SetCouncilAreaInput!) {\n    setCouncilArea(input: $input) {\n      id\n      area\n    }\n  }\n"): typeof import('./graphql').SetCouncilAreaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssuerIdentity($id: ID!) {\n    organisation(id: $id) {\n      id\n      issuerId\n    }\n  }\n"): typeof import('./graphql').IssuerIdentityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateIssuerKeys($input: RotateIssuerKeysInput!) {\n    rotateIssuerKeys(input: $input) {\n      id\n      issuerId\n    }\n  }\n"): typeof import('./graphql').RotateIssuerKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PathwaySummary on Pathway {\n    id\n    title\n    description\n    status\n    ordered\n    sdgs {\n      number\n      title\n    }\n    myProgress {\n      complete\n      metCount\n      stepCount\n    }\n  }\n"): typeof import('./graphql').PathwaySummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathwaysNear($near: NearInput, $radiusKm: Float, $after: String) {\n    pathways(near: $near, radiusKm: $radiusKm, first: 20, after: $after) {\n      edges {\n        distanceKm\n        node {\n          ...PathwaySummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').PathwaysNearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathwayDetail($id: ID!) {\n    pathway(id: $id) {\n      ...PathwaySummary\n      followedByMe\n      organisation {\n        id\n        name\n        viewerRole\n      }\n      skills {\n        id\n        name\n      }\n      goalAchievement {\n        id\n        name\n        imageUrl\n      }\n      steps {\n        id\n        position\n        title\n        requiredCount\n        options {\n          achievementUri\n          issuerUri\n          name\n          achievement {\n            id\n            name\n          }\n        }\n      }\n      myProgress {\n        complete\n        goalCredentialId\n        steps {\n          stepId\n          state\n          heldCount\n          waitingForStep\n          contributions {\n            achievementUri\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PathwayDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathwayOpportunities(\n    $pathwayId: ID!\n    $near: NearInput\n    $missingOnly: Boolean\n  ) {\n    pathwayOpportunities(\n      pathwayId: $pathwayId\n      near: $near\n      missingOnly: $missingOnly\n      limit: 5\n    ) {\n      stepId\n      position\n      opportunities {\n        distanceKm\n        opportunity {\n          id\n          title\n          location {\n            latitude\n            longitude\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PathwayOpportunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowPathway($input: PathwayIdInput!) {\n    followPathway(input: $input) {\n      id\n      followedByMe\n    }\n  }\n"): typeof import('./graphql').FollowPathwayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowPathway($input: PathwayIdInput!) {\n    unfollowPathway(input: $input) {\n      id\n      followedByMe\n    }\n  }\n"): typeof import('./graphql').UnfollowPathwayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationPathways($organisationId: ID!, $after: String) {\n    organisationPathways(\n      organisationId: $organisationId\n      first: 50\n      after: $after\n    ) {\n      edges {\n        node {\n          id\n          title\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationPathwaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPathways($after: String) {\n    myPathways(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          title\n          description\n          organisation {\n            id\n            name\n          }\n          goalAchievement {\n            id\n            name\n            imageUrl\n          }\n          myProgress {\n            complete\n            metCount\n            stepCount\n            goalCredentialId\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').MyPathwaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathwayBuilderOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      viewerRole\n    }\n  }\n"): typeof import('./graphql').PathwayBuilderOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditablePathway($id: ID!) {\n    pathway(id: $id) {\n      id\n      title\n      description\n      status\n      ordered\n      organisation {\n        id\n      }\n      goalAchievement {\n        id\n        name\n      }\n      sdgs {\n        number\n      }\n      skills {\n        id\n      }\n      steps {\n        id\n        title\n        requiredCount\n        options {\n          achievementUri\n          issuerUri\n          name\n          achievement {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EditablePathwayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadgeDesigns($search: String) {\n    badgeDesigns(search: $search, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql').BadgeDesignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePathway($input: CreatePathwayInput!) {\n    createPathway(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CreatePathwayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePathway($input: UpdatePathwayInput!) {\n    updatePathway(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').UpdatePathwayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPathway($input: PathwayIdInput!) {\n    publishPathway(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').PublishPathwayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchivePathway($input: PathwayIdInput!) {\n    archivePathway(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ArchivePathwayDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalSummaryFields on Proposal {\n    id\n    kind\n    title\n    status\n    placeName\n    location {\n      latitude\n      longitude\n    }\n    sdgNumbers\n    supportCount\n    commentCount\n    hidden\n  }\n"): typeof import('./graphql').ProposalSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proposals(\n    $bbox: BoundingBoxInput\n    $filter: ProposalFilterInput\n    $first: Int\n    $after: String\n  ) {\n    proposals(bbox: $bbox, filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ProposalSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    canModerateProposals\n  }\n"): typeof import('./graphql').ProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalCommentFields on ProposalComment {\n    id\n    body\n    authorFirstName\n    organisationName\n    organisationKind\n    hidden\n    hiddenReason\n    viewerIsAuthor\n    createdAt\n  }\n"): typeof import('./graphql').ProposalCommentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalDetail($id: ID!, $after: String) {\n    proposal(id: $id) {\n      ...ProposalSummaryFields\n      description\n      skillIds\n      authorFirstName\n      createdAt\n      hiddenReason\n      viewerIsAuthor\n      viewerSupports\n      viewerCanModerate\n      viewerOrganisations {\n        id\n        name\n        kind\n      }\n      listings {\n        opportunityId\n        title\n        status\n        organisationName\n      }\n      comments(first: 50, after: $after) {\n        edges {\n          node {\n            ...ProposalCommentFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawProposal($input: ProposalIdInput!) {\n    withdrawProposal(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').WithdrawProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportProposal($input: ProposalIdInput!) {\n    supportProposal(input: $input) {\n      id\n      supportCount\n      viewerSupports\n    }\n  }\n"): typeof import('./graphql').SupportProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveProposalSupport($input: ProposalIdInput!) {\n    removeProposalSupport(input: $input) {\n      id\n      supportCount\n      viewerSupports\n    }\n  }\n"): typeof import('./graphql').RemoveProposalSupportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnProposal($input: CommentOnProposalInput!) {\n    commentOnProposal(input: $input) {\n      ...ProposalCommentFields\n    }\n  }\n"): typeof import('./graphql').CommentOnProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertProposalToListing($input: ConvertProposalToListingInput!) {\n    convertProposalToListing(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConvertProposalToListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideProposal($input: ModerateProposalInput!) {\n    hideProposal(input: $input) {\n      id\n      hidden\n    }\n  }\n"): typeof import('./graphql').HideProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideProposal($input: ModerateProposalInput!) {\n    unhideProposal(input: $input) {\n      id\n      hidden\n    }\n  }\n"): typeof import('./graphql').UnhideProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideProposalComment($input: ModerateProposalCommentInput!) {\n    hideProposalComment(input: $input) {\n      id\n      hidden\n    }\n  }\n"): typeof import('./graphql').HideProposalCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideProposalComment($input: ModerateProposalCommentInput!) {\n    unhideProposalComment(input: $input) {\n      id\n      hidden\n    }\n  }\n"): typeof import('./graphql').UnhideProposalCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportProposal($input: ReportProposalInput!) {\n    reportProposal(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReportProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalReports($after: String) {\n    proposalReports(first: 50, after: $after) {\n      edges {\n        node {\n          id\n          proposalId\n          proposalTitle\n          commentId\n          commentBody\n          contentHidden\n          reason\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissProposalReport($input: DismissProposalReportInput!) {\n    dismissProposalReport(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').DismissProposalReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerRegistrationFields on Registration {\n    id\n    status\n    waitlistPosition\n  }\n"): typeof import('./graphql').ViewerRegistrationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionPlacesFields on OpportunitySession {\n    id\n    startsAt\n    endsAt\n    timeZone\n    capacity\n    registeredCount\n    waitlistCount\n    placesLeft\n  }\n"): typeof import('./graphql').SessionPlacesFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionPlaces($opportunityId: ID!, $signedIn: Boolean!) {\n    opportunity(id: $opportunityId) {\n      id\n      sessions {\n        ...SessionPlacesFields\n        viewerRegistration @include(if: $signedIn) {\n          ...ViewerRegistrationFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SessionPlacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForSession($input: RegisterForSessionInput!) {\n    registerForSession(input: $input) {\n      ...ViewerRegistrationFields\n    }\n  }\n"): typeof import('./graphql').RegisterForSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawRegistration($input: WithdrawRegistrationInput!) {\n    withdrawRegistration(input: $input) {\n      ...ViewerRegistrationFields\n    }\n  }\n"): typeof import('./graphql').WithdrawRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyRegistrationFields on Registration {\n    id\n    status\n    attendance\n    waitlistPosition\n    createdAt\n    session {\n      id\n      startsAt\n      endsAt\n      timeZone\n    }\n    opportunity {\n      id\n      title\n      provider {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MyRegistrationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRegistrations($upcoming: Boolean, $first: Int, $after: String) {\n    myRegistrations(upcoming: $upcoming, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MyRegistrationFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyRegistrationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionRegistrationFields on Registration {\n    id\n    status\n    attendance\n    waitlistPosition\n    createdAt\n    learner {\n      id\n      name\n      email\n    }\n  }\n"): typeof import('./graphql').SessionRegistrationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionRegistrations(\n    $sessionId: ID!\n    $status: RegistrationStatus\n    $first: Int\n    $after: String\n  ) {\n    sessionRegistrations(\n      sessionId: $sessionId\n      status: $status\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SessionRegistrationFields\n        }\n      }\n      session {\n        ...SessionPlacesFields\n        attendanceOpensAt\n      }\n      opportunity {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').SessionRegistrationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      id\n      attendance\n    }\n  }\n"): typeof import('./graphql').MarkAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllAttendance($input: MarkAllAttendanceInput!) {\n    markAllAttendance(input: $input)\n  }\n"): typeof import('./graphql').MarkAllAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VerificationCheckFields on VerificationCheck {\n    check\n    outcome\n    message\n  }\n"): typeof import('./graphql').VerificationCheckFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VerificationResultFields on VerificationResult {\n    verified\n    format\n    credentialId\n    name\n    issuerId\n    issuerName\n    issuerKnown\n    achievementName\n    validFrom\n    validUntil\n    checks {\n      ...VerificationCheckFields\n    }\n    endorsements {\n      endorserName\n      endorserId\n      comment\n      verified\n      checks {\n        ...VerificationCheckFields\n      }\n    }\n  }\n"): typeof import('./graphql').VerificationResultFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyCredential($input: VerifyCredentialInput!) {\n    verifyCredential(input: $input) {\n      ...VerificationResultFields\n    }\n  }\n"): typeof import('./graphql').VerifyCredentialDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
