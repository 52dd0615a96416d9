import { Route } from 'react-router';

import { RequireSignIn } from '@/modules/accounts';

import { CollectionPage } from './components/CollectionPage';
import { MyCollectionsPage } from './components/MyCollectionsPage';
import { PublicCollectionPage } from './components/PublicCollectionPage';

/** The pages of this feature, listed in `AppRoutes`. */
export const collectionRoutes = [
  <Route
    key="my-collections"
    path="/my/collections"
    element={
      <RequireSignIn>
        <MyCollectionsPage />
      </RequireSignIn>
    }
  />,
  <Route
    key="my-collection"
    path="/my/collections/:id"
    element={
      <RequireSignIn>
        <CollectionPage />
      </RequireSignIn>
    }
  />,
  <Route
    key="public-collection"
    path="/collections/:token"
    element={<PublicCollectionPage />}
  />,
];
