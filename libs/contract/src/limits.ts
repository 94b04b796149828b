/**
 * Field length limits, shared so that the API's validation and the web forms agree.
 * Lengths count UTF-16 code units, as `String.length` does in both places.
 */
export const LIMITS = {
  email: { max: 254 },
  password: { min: 10, max: 200 },
  displayName: { min: 2, max: 80 },
  roleDescription: { max: 120 },
  networkName: { min: 3, max: 100 },
  networkDescription: { min: 10, max: 1000 },
  networkPurpose: { max: 2000 },
  networkTheme: { min: 2, max: 80 },
  partnerOrganisations: { max: 500 },
  coordinator: { max: 200 },
  threadTitle: { min: 3, max: 150 },
  postBody: { min: 1, max: 20000 },
  motivation: { max: 1000 },
  decisionReason: { max: 500 },
  externalNetworkName: { min: 3, max: 150 },
  url: { max: 500 },
  planTitle: { min: 3, max: 150 },
  planSummary: { max: 600 },
  planBody: { max: 100000 },
  planActionDescription: { min: 2, max: 500 },
  planResponsibleOrganisation: { max: 200 },
  planChangeSummary: { max: 200 },
  planLockReason: { min: 3, max: 300 },
  planStatusNote: { max: 500 },
  planActions: { max: 100 },
  barrierPage: { max: 500 },
  barrierDescription: { min: 10, max: 4000 },
  assistiveTechnology: { max: 200 },
  documentTitle: { min: 3, max: 200 },
  documentSummary: { min: 10, max: 2000 },
  sourceOrganisation: { max: 200 },
  versionNote: { max: 500 },
  archiveReason: { max: 500 },
  deletionReason: { min: 5, max: 500 },
  searchQuery: { max: 200 },
  fileName: { max: 200 },
  codeOfConduct: { min: 10, max: 20000 },
  codeOfConductChangeNote: { max: 200 },
  reportDetails: { max: 1000 },
  moderationReason: { max: 500 },
} as const;

/** Replies deeper than this are shown at this level, with a "reply to" note, as forums flatten deep trees. */
export const MAX_DISPLAY_DEPTH = 4;
