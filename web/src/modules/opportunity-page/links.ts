/** Returns the path of an opportunity's public page, which the API serves with JSON-LD. */
export function opportunityPagePath(opportunityId: string): string {
  return `/opportunities/${encodeURIComponent(opportunityId)}`;
}

/** Returns the path of the iCalendar file with one event per session of an opportunity. */
export function calendarPath(opportunityId: string): string {
  return `/api/opportunities/${encodeURIComponent(opportunityId)}/calendar.ics`;
}
