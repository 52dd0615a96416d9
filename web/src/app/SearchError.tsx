import { ErrorMessage } from '@/components/ErrorMessage';
import type { useOpportunityMarkers } from '@/modules/map/hooks/useOpportunityMarkers';
import type { useOpportunityList } from '@/modules/opportunities/hooks/useOpportunityList';

interface SearchErrorProps {
  list: ReturnType<typeof useOpportunityList>;
  markers: ReturnType<typeof useOpportunityMarkers>;
}

/**
 * Renders one alert when the result list or the map markers fail to load,
 * with a retry that repeats every failed request. The page shows it between
 * the search bar and the map, so that on a phone it is in view below the
 * search bar and not under the map or at the foot of the list.
 */
export function SearchError({ list, markers }: SearchErrorProps) {
  const listFailed = list.status === 'error';
  const markersFailed = markers.status === 'error';
  if (!listFailed && !markersFailed) return null;

  // Both requests usually fail for the same reason, such as the server being
  // down, so the list's error is shown for both.
  const error = listFailed ? list.error : markers.error;

  function retryFailed() {
    if (listFailed) list.retry();
    if (markersFailed) markers.retry();
  }

  return (
    <ErrorMessage
      error={error}
      summaryKey={listFailed ? 'errors.searchFailed' : 'errors.markersFailed'}
      onRetry={retryFailed}
    />
  );
}
