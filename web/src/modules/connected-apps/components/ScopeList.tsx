import { useTranslation } from 'react-i18next';

import { scopeKey } from '../scope-text';

interface ScopeListProps {
  scopes: { uri: string; description: string }[];
  labelledBy: string;
}

/** Lists what an app may do, in plain words. */
export function ScopeList({ scopes, labelledBy }: ScopeListProps) {
  const { t } = useTranslation();

  return (
    <ul aria-labelledby={labelledBy} className="connected-apps-scopes">
      {scopes.map((scope) => {
        const key = scopeKey(scope.uri);

        return (
          <li key={scope.uri}>{key === null ? scope.description : t(key)}</li>
        );
      })}
    </ul>
  );
}
